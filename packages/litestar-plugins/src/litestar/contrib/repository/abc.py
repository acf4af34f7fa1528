"""``litestar.contrib.repository.abc``: the deprecated 2.17 path of ``litestar.repository.abc``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "AbstractAsyncRepository",
    "AbstractSyncRepository",
)

_SOURCES = {
    "AbstractAsyncRepository": "litestar.repository.abc:AbstractAsyncRepository",
    "AbstractSyncRepository": "litestar.repository.abc:AbstractSyncRepository",
}
_DEPRECATED = {name: ("2.1", "litestar.repository.abc") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
