"""A user's app type-checked with ``mypy --strict`` in a venv holding litestar-core alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Litestar, Request, Response, Router, get, post
from litestar.config.app import AppConfig
from litestar.datastructures import State
from litestar.exceptions import HTTPException, NotFoundException
from litestar.types import ASGIApp, ExceptionHandlersMap, Guard, Receive, Scope, Send


@dataclass
class Item:
    name: str
    price: float


async def require_header(connection: Any, handler: Any) -> None:
    if "x-token" not in connection.headers:
        raise NotFoundException()


guard: Guard = require_header


class Items(Controller):
    path = "/items"

    @get("/{item_id:int}", guards=[guard])
    async def read(self, item_id: int, q: str | None = None) -> Item:
        return Item(name=q or str(item_id), price=1.0)

    @post("/")
    async def create(self, data: Item) -> Item:
        return data


def on_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[dict[str, str]]:
    return Response({"error": exc.detail}, status_code=exc.status_code)


handlers: ExceptionHandlersMap = {HTTPException: on_error}


def on_init(config: AppConfig) -> AppConfig:
    config.debug = True
    return config


async def startup(app: Litestar) -> None:
    app.state.ready = True


def middleware_factory(app: ASGIApp) -> ASGIApp:
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        await app(scope, receive, send)

    return wrapped


app = Litestar(
    route_handlers=[Router(path="/api", route_handlers=[Items])],
    exception_handlers=handlers,
    on_app_init=[on_init],
    on_startup=[startup],
    middleware=[middleware_factory],
    state=State({"ready": False}),
    debug=False,
)
path: str = app.route_reverse("read", item_id=1)
