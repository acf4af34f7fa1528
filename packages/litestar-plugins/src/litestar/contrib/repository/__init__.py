"""``litestar.contrib.repository``: the deprecated 2.17 path of ``litestar.repository``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (
    "AbstractAsyncRepository",
    "AbstractSyncRepository",
    "ConflictError",
    "FilterTypes",
    "NotFoundError",
    "RepositoryError",
)

_SOURCES = {
    "AbstractAsyncRepository": "litestar.repository:AbstractAsyncRepository",
    "AbstractSyncRepository": "litestar.repository:AbstractSyncRepository",
    "ConflictError": "litestar.repository:ConflictError",
    "FilterTypes": "litestar.repository:FilterTypes",
    "NotFoundError": "litestar.repository:NotFoundError",
    "RepositoryError": "litestar.repository:RepositoryError",
}
_DEPRECATED = {name: ("2.1", "litestar.repository") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
