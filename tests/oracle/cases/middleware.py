"""Middleware: plain ASGI class, AbstractMiddleware (exclude / exclude_opt_key), ASGIMiddleware, DefineMiddleware."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Router, get
from litestar.datastructures import MutableScopeHeaders
from litestar.middleware import AbstractMiddleware, ASGIMiddleware, DefineMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send


def _add_header(send: Send, name: str, value: str) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableScopeHeaders.from_message(message)
            headers.add(name, value)
        await send(message)

    return wrapped


class PlainASGI:
    """A bare ASGI middleware class taking `app`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope.setdefault("state", {})["order"] = [*scope.get("state", {}).get("order", []), "plain"]
            send = _add_header(send, "X-Plain", "1")
        await self.app(scope, receive, send)


class Abstract(AbstractMiddleware):
    exclude = ["^/skip"]
    exclude_opt_key = "no_abstract"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["state"]["order"] = [*scope["state"].get("order", []), "abstract"]
        await self.app(scope, receive, _add_header(send, "X-Abstract", "1"))


class NewStyle(ASGIMiddleware):
    exclude_path_pattern = ("/skip-new",)

    def __init__(self, tag: str = "default") -> None:
        self.tag = tag

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        scope["state"]["order"] = [*scope["state"].get("order", []), f"new:{self.tag}"]
        await next_app(scope, receive, _add_header(send, "X-New", self.tag))


class WithKwargs:
    def __init__(self, app: ASGIApp, header: str, value: str = "default") -> None:
        self.app = app
        self.header = header
        self.value = value

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope.setdefault("state", {})["order"] = [*scope.get("state", {}).get("order", []), "kwargs"]
            send = _add_header(send, self.header, self.value)
        await self.app(scope, receive, send)


def function_middleware(app: ASGIApp) -> ASGIApp:
    async def mw(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            send = _add_header(send, "X-Func", "1")
        await app(scope, receive, send)

    return mw


@get("/order")
async def order(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


@get("/skip")
async def skip(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


@get("/skip-new")
async def skip_new(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


@get("/opt-skip", opt={"no_abstract": True})
async def opt_skip(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


@get("/in-router")
async def in_router(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


@get("/handler-mw", middleware=[DefineMiddleware(WithKwargs, header="X-Handler", value="h")])
async def handler_mw(scope: Any) -> dict:
    return {"order": scope["state"].get("order")}


router = Router(path="/r", route_handlers=[in_router], middleware=[NewStyle("router")])


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[order, skip, skip_new, opt_skip, router, handler_mw],
        middleware=[
            PlainASGI,
            function_middleware,
            Abstract,
            NewStyle("app"),
            DefineMiddleware(WithKwargs, header="X-Kw", value="kw"),
        ],
    )


REQUESTS = [
    {"method": "GET", "url": "/order"},
    {"method": "GET", "url": "/skip", "name": "AbstractMiddleware exclude pattern"},
    {"method": "GET", "url": "/skip-new", "name": "ASGIMiddleware exclude_path_pattern"},
    {"method": "GET", "url": "/opt-skip", "name": "exclude_opt_key"},
    {"method": "GET", "url": "/r/in-router", "name": "router middleware runs after app middleware"},
    {"method": "GET", "url": "/handler-mw", "name": "handler DefineMiddleware"},
    {"method": "GET", "url": "/nowhere", "name": "404 passes app middleware?"},
    {"method": "POST", "url": "/order", "name": "405 passes app middleware?"},
]
