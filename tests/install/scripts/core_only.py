"""Run inside a venv holding only litestar-core: serve a JSON API through plain ASGI."""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from dataclasses import dataclass
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, get, post


@dataclass
class Item:
    name: str
    price: float


@get("/items/{item_id:int}")
async def read_item(item_id: int, q: str, limit: int = 10) -> dict[str, Any]:
    return {"item_id": item_id, "q": q, "limit": limit}


@post("/items")
async def create_item(data: Item) -> Item:
    return Item(name=data.name.upper(), price=data.price * 2)


async def provide_answer() -> int:
    return 42


async def session(client: Any) -> dict[str, Any]:
    return {
        "get": (await client.request("GET", "/items/7?q=shoe&limit=3")).summary(),
        "get_default": (await client.request("GET", "/items/8?q=hat")).summary(),
        "get_missing_query": (await client.request("GET", "/items/8")).status,
        "post": (await client.request("POST", "/items", json_body={"name": "pen", "price": 1.5})).summary(),
        "post_wrong_type": (
            await client.request("POST", "/items", json_body={"name": "pen", "price": "x"})
        ).summary(),
        "unknown_path": (await client.request("GET", "/nowhere")).summary(),
    }


def imports(name: str) -> dict[str, Any]:
    try:
        __import__(name)
    except ImportError as exc:
        return {"ok": False, "type": type(exc).__name__, "name": exc.name}
    return {"ok": True}


def construct_with_dependencies() -> dict[str, Any]:
    try:
        Litestar([read_item], dependencies={"answer": provide_answer})
    except Exception as exc:  # noqa: BLE001  (any construction error is the observation)
        return {
            "raised": True,
            "type": type(exc).__name__,
            "message": str(exc),
            "mro": [c.__name__ for c in type(exc).__mro__],
        }
    return {"raised": False}


def openapi_schema_error() -> dict[str, Any]:
    try:
        Litestar([read_item]).openapi_schema  # noqa: B018  (the access is the observation)
    except Exception as exc:  # noqa: BLE001
        return {"type": type(exc).__name__, "message": str(exc)}
    return {}


async def schema_session(client: Any) -> dict[str, Any]:
    return {"status": (await client.request("GET", "/schema/openapi.json")).status}


result = run(Litestar([read_item, create_item]), session)
result["schema_path"] = run(Litestar([read_item]), schema_session)
result["openapi_schema"] = openapi_schema_error()
result["import_di"] = imports("litestar.di")
result["import_testing"] = imports("litestar.testing")
result["dependencies"] = construct_with_dependencies()
result["middleware_options"] = {}
for option in ("cors_config", "csrf_config", "allowed_hosts", "compression_config"):
    try:
        Litestar([read_item], **{option: ["x"]})
    except Exception as exc:  # noqa: BLE001  (any construction error is the observation)
        result["middleware_options"][option] = str(exc)
    else:
        result["middleware_options"][option] = None
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
