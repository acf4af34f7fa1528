"""Make the repository filters resolvable in handler signatures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.repository._filters import (
    BeforeAfter,
    CollectionFilter,
    FilterTypes,
    LimitOffset,
    NotInCollectionFilter,
    NotInSearchFilter,
    OnBeforeAfter,
    OrderBy,
    SearchFilter,
)

if TYPE_CHECKING:
    from litestar.config.app import AppConfig

__all__ = ("on_app_init", "signature_namespace_values")

signature_namespace_values: dict[str, Any] = {
    "BeforeAfter": BeforeAfter,
    "OnBeforeAfter": OnBeforeAfter,
    "CollectionFilter": CollectionFilter,
    "LimitOffset": LimitOffset,
    "OrderBy": OrderBy,
    "SearchFilter": SearchFilter,
    "NotInCollectionFilter": NotInCollectionFilter,
    "NotInSearchFilter": NotInSearchFilter,
    "FilterTypes": FilterTypes,
}
"""The filter names added to the signature namespace."""


def on_app_init(app_config: AppConfig) -> AppConfig:
    """Add the filter names to the app's signature namespace (use as ``on_app_init=[...]``).

    Args:
        app_config: The configuration.

    Returns:
        The configuration.
    """
    app_config.signature_namespace.update(signature_namespace_values)
    return app_config
