"""Run inside a venv with litestar-core and litestar-openapi only: the schema is served."""

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
async def read_item(item_id: int, q: str = "") -> Item:
    return Item(name=q, price=1.0)


@post("/items")
async def create_item(data: Item) -> Item:
    return data


async def session(client: Any) -> dict[str, Any]:
    schema = await client.request("GET", "/schema/openapi.json")
    yaml = await client.request("GET", "/schema/openapi.yaml")
    swagger = await client.request("GET", "/schema/swagger")
    return {
        "json_status": schema.status,
        "json_type": schema.headers.get("content-type"),
        "paths": sorted(schema.json()["paths"]),
        "components": sorted(schema.json()["components"]["schemas"]),
        "yaml_status": yaml.status,
        "swagger_status": swagger.status,
        "swagger_has_ui": b"SwaggerUIBundle" in swagger.body,
    }


app = Litestar([read_item, create_item])
result = run(app, session)
result["operation_ids"] = sorted(
    op.operation_id for item in app.openapi_schema.paths.values() for op in (item.get, item.post) if op
)
result["no_schema"] = Litestar([read_item], openapi_config=None).openapi_config is None
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
