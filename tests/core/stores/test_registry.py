"""``StoreRegistry`` and ``Litestar(stores=...)``."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.stores.memory import MemoryStore
from litestar.stores.registry import StoreRegistry


def test_unknown_names_get_a_store_from_the_default_factory_once() -> None:
    registry = StoreRegistry()
    first = registry.get("x")
    assert isinstance(first, MemoryStore)
    assert registry.get("x") is first
    assert registry.get("y") is not first


def test_register_refuses_overrides_unless_allowed() -> None:
    registry = StoreRegistry({"a": MemoryStore()})
    with pytest.raises(ValueError, match="Store with the name 'a' already exists"):
        registry.register("a", MemoryStore())
    replacement = MemoryStore()
    registry.register("a", replacement, allow_override=True)
    assert registry.get("a") is replacement


def test_custom_default_factory() -> None:
    shared = MemoryStore()
    registry = StoreRegistry(default_factory=lambda name: shared)
    assert registry.get("a") is registry.get("b") is shared


def test_app_wraps_a_dict_of_stores_and_keeps_a_registry() -> None:
    store = MemoryStore()
    app = Litestar([], stores={"sessions": store})
    assert isinstance(app.stores, StoreRegistry)
    assert app.stores.get("sessions") is store
    registry = StoreRegistry()
    assert Litestar([], stores=registry).stores is registry
    assert isinstance(Litestar([]).stores, StoreRegistry)
