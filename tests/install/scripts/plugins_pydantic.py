"""Run inside a venv with litestar-core, litestar-plugins and pydantic: models just work."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attrs
from _asgi import run
from litestar import Litestar, post
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str = Field(min_length=2)
    price: float


@attrs.define
class Point:
    x: int
    y: int = 0


@post("/items")
async def create_item(data: Item) -> Item:
    return data


@post("/points")
async def create_point(data: Point) -> Point:
    return data


async def session(client: Any) -> dict[str, Any]:
    return {
        "item": (await client.request("POST", "/items", json_body={"name": "pen", "price": 1.5})).summary(),
        "invalid": (await client.request("POST", "/items", json_body={"name": "p", "price": "x"})).summary(),
        "point": (await client.request("POST", "/points", json_body={"x": 1})).summary(),
    }


app = Litestar([create_item, create_point])
result = run(app, session)
result["plugins"] = sorted(type(p).__name__ for p in app.plugins)
print(json.dumps(result))
