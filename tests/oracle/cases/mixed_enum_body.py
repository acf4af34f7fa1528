"""A request body type holding an enum with both str and int values (msgspec cannot decode it)."""

from __future__ import annotations

import enum

import msgspec
from litestar import Litestar, get, post


class Plain(enum.Enum):
    RED = "r"
    BLUE = 2


class Paint(msgspec.Struct):
    color: Plain


@post("/paint")
async def paint(data: Paint) -> dict:
    return {"color": data.color.value}


@get("/ok")
async def ok() -> str:
    return "ok"


app = Litestar([paint, ok])

REQUESTS = [
    {"method": "GET", "url": "/ok", "name": "other routes work"},
    {"method": "POST", "url": "/paint", "json": {"color": "r"}},
]
