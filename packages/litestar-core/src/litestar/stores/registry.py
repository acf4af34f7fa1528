"""``StoreRegistry``: the named stores of an application (``app.stores``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from litestar.stores.memory import MemoryStore

if TYPE_CHECKING:
    from litestar.stores.base import Store

__all__ = ("StoreRegistry",)


def default_default_factory(name: str) -> Store:
    """Give every unregistered name a fresh :class:`MemoryStore`.

    Args:
        name: The requested store's name (unused: every store is independent).

    Returns:
        A new memory store.
    """
    return MemoryStore()


class StoreRegistry:
    """Named stores, created on first request by a default factory.

    Features ask the registry for a store by name (``"sessions"``, ``"response_cache"``,
    ``"rate_limit"``); registering a store under that name, or a ``default_factory``
    returning namespaces of one Redis store, moves them all at once.
    """

    __slots__ = ("_default_factory", "_stores")

    def __init__(
        self,
        stores: dict[str, Store] | None = None,
        default_factory: Callable[[str], Store] = default_default_factory,
    ) -> None:
        """Initialise the registry.

        Args:
            stores: Stores to register, by name.
            default_factory: Builds the store of a name asked for but not registered.
        """
        self._stores: dict[str, Store] = dict(stores) if stores else {}
        self._default_factory = default_factory

    def register(self, name: str, store: Store, allow_override: bool = False) -> None:
        """Register ``store`` under ``name``.

        Args:
            name: The name.
            store: The store.
            allow_override: Replace a store already registered under ``name``.

        Raises:
            ValueError: If ``name`` is taken and ``allow_override`` is false.
        """
        if not allow_override and name in self._stores:
            raise ValueError(f"Store with the name {name!r} already exists")
        self._stores[name] = store

    def get(self, name: str) -> Store:
        """Return the store registered as ``name``, creating it with the default factory if needed.

        Args:
            name: The name.

        Returns:
            The store.
        """
        store = self._stores.get(name)
        if store is None:
            store = self._stores[name] = self._default_factory(name)
        return store
