"""Controller inheritance: inherited handlers, overridden attributes and methods, layered settings."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, Request, delete, get, post
from litestar.connection import ASGIConnection
from litestar.datastructures import ResponseHeader
from litestar.di import Provide
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler


def provide_source() -> str:
    return "base"


def provide_child_source() -> str:
    return "child"


def deny_readonly(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if connection.method != "GET" and handler.opt.get("readonly"):
        raise PermissionDeniedException("read-only resource")


class Base(Controller):
    path = "/base"
    dependencies = {"source": Provide(provide_source, sync_to_thread=False)}
    response_headers = [ResponseHeader(name="X-Ctl", value="base")]
    guards = [deny_readonly]
    tags = ["base"]

    @get("/")
    async def list_items(self, source: str) -> dict[str, Any]:
        return {"handler": "list", "class": type(self).__name__, "source": source}

    @get("/{item_id:int}")
    async def get_item(self, item_id: int, request: Request) -> dict[str, Any]:
        return {"id": item_id, "class": type(self).__name__, "path": request.url.path}

    @post("/")
    async def create(self, data: dict[str, Any]) -> dict[str, Any]:
        return {"created": data, "by": self.label()}

    def label(self) -> str:
        return "base-label"


class Child(Base):
    path = "/child"
    dependencies = {"source": Provide(provide_child_source, sync_to_thread=False)}
    response_headers = [ResponseHeader(name="X-Ctl", value="child")]

    def label(self) -> str:
        return "child-label"

    @delete("/{item_id:int}")
    async def remove(self, item_id: int) -> None:
        return None


class ReadOnly(Base):
    path = "/readonly"
    opt = {"readonly": True}


class Overriding(Base):
    path = "/override"

    @get("/")
    async def list_items(self, source: str) -> dict[str, Any]:
        return {"handler": "overridden list", "source": source}


app = Litestar([Base, Child, ReadOnly, Overriding])

REQUESTS = [
    {"method": "GET", "url": "/base"},
    {"method": "GET", "url": "/base/3"},
    {"method": "POST", "url": "/base", "json": {"a": 1}},
    {"method": "DELETE", "url": "/base/3", "name": "delete only on child"},
    {"method": "GET", "url": "/child"},
    {"method": "GET", "url": "/child/4"},
    {"method": "POST", "url": "/child", "json": {"b": 2}, "name": "overridden helper method"},
    {"method": "DELETE", "url": "/child/4"},
    {"method": "GET", "url": "/readonly"},
    {"method": "POST", "url": "/readonly", "json": {}, "name": "guard reads controller opt"},
    {"method": "GET", "url": "/override"},
    {"method": "GET", "url": "/override/5", "name": "inherited next to overridden"},
]
