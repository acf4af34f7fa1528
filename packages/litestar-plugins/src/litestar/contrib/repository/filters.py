"""``litestar.contrib.repository.filters``: the deprecated 2.17 path of ``advanced_alchemy.filters``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "BeforeAfter",
    "CollectionFilter",
    "FilterTypes",
    "LimitOffset",
    "NotInCollectionFilter",
    "NotInSearchFilter",
    "OnBeforeAfter",
    "OrderBy",
    "SearchFilter",
)

_SOURCES = {
    "BeforeAfter": "advanced_alchemy.filters:BeforeAfter",
    "CollectionFilter": "advanced_alchemy.filters:CollectionFilter",
    "FilterTypes": "advanced_alchemy.filters:FilterTypes",
    "LimitOffset": "advanced_alchemy.filters:LimitOffset",
    "NotInCollectionFilter": "advanced_alchemy.filters:NotInCollectionFilter",
    "NotInSearchFilter": "advanced_alchemy.filters:NotInSearchFilter",
    "OnBeforeAfter": "advanced_alchemy.filters:OnBeforeAfter",
    "OrderBy": "advanced_alchemy.filters:OrderBy",
    "SearchFilter": "advanced_alchemy.filters:SearchFilter",
}
_DEPRECATED = {name: ("2.1", "advanced_alchemy.filters") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
