"""``litestar.contrib.repository.exceptions``: the deprecated 2.17 path of ``advanced_alchemy.exceptions``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "ConflictError",
    "NotFoundError",
    "RepositoryError",
)

_SOURCES = {
    "ConflictError": "advanced_alchemy.exceptions:IntegrityError",
    "NotFoundError": "advanced_alchemy.exceptions:NotFoundError",
    "RepositoryError": "advanced_alchemy.exceptions:RepositoryError",
}
_DEPRECATED = {name: ("2.1", "advanced_alchemy.exceptions") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
