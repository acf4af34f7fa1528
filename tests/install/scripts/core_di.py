"""Run inside a venv with litestar-core and litestar-di: dependencies are injected."""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, Router, get
from litestar.di import Provide


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def next(self) -> int:
        self.calls += 1
        return self.calls


COUNTER = Counter()


async def provide_counter() -> Counter:
    return COUNTER


async def provide_prefix() -> str:
    return "item"


async def provide_label(prefix: str, item_id: int) -> str:
    return f"{prefix}-{item_id}"


@get("/items/{item_id:int}", dependencies={"label": Provide(provide_label)})
async def read_item(item_id: int, label: str, counter: Counter) -> dict[str, Any]:
    return {"item_id": item_id, "label": label, "call": counter.next()}


router = Router("/api", route_handlers=[read_item], dependencies={"prefix": Provide(provide_prefix)})
app = Litestar([router], dependencies={"counter": Provide(provide_counter)})


async def session(client: Any) -> dict[str, Any]:
    return {
        "first": (await client.request("GET", "/api/items/1")).summary(),
        "second": (await client.request("GET", "/api/items/2")).summary(),
    }


result = run(app, session)
try:
    import litestar.testing  # noqa: F401
except ImportError as exc:
    result["import_testing"] = {"ok": False, "name": exc.name}
else:
    result["import_testing"] = {"ok": True}
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
