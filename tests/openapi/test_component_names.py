"""Beyond 2.17: component names are readable and never change when unrelated handlers come and go."""

from __future__ import annotations

import random
from dataclasses import make_dataclass
from typing import Any

from _helpers import schema_of
from litestar import get

MODULES = ("shop.orders", "shop.users", "billing.invoices", "billing.users", "catalog")


def _models() -> list[type]:
    """50 dataclasses; some share a class name across modules (``User`` in two packages)."""
    models = []
    for index in range(50):
        module = MODULES[index % len(MODULES)]
        name = f"Model{index // 2}" if index < 20 else f"Thing{index}"
        cls = make_dataclass(name, [("value", int), ("label", str)])
        cls.__module__ = module
        models.append(cls)
    return models


def _handler(index: int, model: type) -> Any:
    def endpoint() -> Any:
        raise NotImplementedError

    endpoint.__annotations__ = {"return": model}
    endpoint.__name__ = f"endpoint_{index}"
    return get(f"/m{index}", sync_to_thread=False)(endpoint)


def _references(document: dict[str, Any]) -> dict[str, str]:
    """Path -> the component its response refers to."""
    return {
        path: item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for path, item in document["paths"].items()
        if path != "/extra"
    }


def test_adding_unrelated_handlers_never_renames_a_component() -> None:
    models = _models()
    handlers = [_handler(i, m) for i, m in enumerate(models)]
    base = schema_of(*handlers)
    names = set(base["components"]["schemas"])
    assert len(names) == 50
    assert "Thing20" in names
    assert {"orders_Model0", "users_Model0", "invoices_Model1", "users_Model1"} <= names
    assert {"catalog_Model2", "orders_Model2"} <= names

    @get("/extra", sync_to_thread=False)
    def extra() -> dict[str, int]:
        return {}

    extended = schema_of(*handlers, extra, _handler(99, make_dataclass("Unrelated", [("x", int)])))
    assert set(extended["components"]["schemas"]) == names | {"Unrelated"}
    assert {k: v for k, v in _references(extended).items() if k in _references(base)} == _references(base)


def test_registration_order_does_not_change_names() -> None:
    models = _models()
    handlers = [_handler(i, m) for i, m in enumerate(models)]
    shuffled = handlers[:]
    random.Random(7).shuffle(shuffled)
    assert _references(schema_of(*handlers)) == _references(schema_of(*shuffled))
