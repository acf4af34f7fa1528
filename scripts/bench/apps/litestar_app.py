"""The benchmark scenarios written once against Litestar's public API.

The same file runs on the published litestar 2.17 and on this project's packages: it uses
only ``litestar``, ``litestar.di`` and msgspec (its Structs are shared with the hand-written
apps in ``msgspec_models``). ``app`` is the ASGI app; ``big_route_handlers``
and ``build_big_app`` let the driver time ``Litestar(...)`` for a 300-route app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import payloads
from litestar import Litestar, MediaType, Request, Router, get, post
from litestar.di import Provide
from litestar.security.jwt import JWTAuth, Token
from msgspec_models import Address, Line, Order, Thing

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.types import ASGIApp, Receive, Scope, Send

__all__ = (
    "Address",
    "CountingMiddleware",
    "Line",
    "Order",
    "Thing",
    "app",
    "big_route_handlers",
    "build_app",
    "build_big_app",
)


THINGS = [Thing(**obj) for obj in payloads.OBJECTS]


async def _jwt_user(token: Token, connection: Any) -> Any:
    return payloads.JWT_USERS.get(token.sub)


JWT_AUTH = JWTAuth[Any](token_secret=payloads.JWT_SECRET, retrieve_user_handler=_jwt_user)
"""Scenario (l): JWT header auth, its middleware on that one route only."""


class CountingMiddleware:
    """Pass-through ASGI middleware that counts itself in the scope, for scenario (h)."""

    __slots__ = ("app",)

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = payloads.MIDDLEWARE_SCOPE_KEY
        scope[key] = scope.get(key, 0) + 1  # type: ignore[literal-required]
        await self.app(scope, receive, send)


@get("/plaintext", media_type=MediaType.TEXT)
async def plaintext() -> str:
    """(a) Plain text."""
    return payloads.PLAINTEXT


@get("/json")
async def json_message() -> dict[str, str]:
    """(b) A small JSON object."""
    return payloads.JSON_MESSAGE


@get("/items/{item_id:int}")
async def item(item_id: int) -> dict[str, int]:
    """(c) One typed path parameter."""
    return {"id": item_id}


@get("/query")
async def query(a: int, b: str, c: bool | None = None) -> dict[str, Any]:
    """(d) Typed query parameters; bad values answer 400."""
    return {"a": a, "b": b, "c": c}


@post("/echo", status_code=200)
async def echo(data: Order) -> Order:
    """(e) A JSON body decoded into a Struct and echoed."""
    return data


@get("/objects")
async def objects() -> list[Thing]:
    """(f) 100 typed objects."""
    return THINGS


@get(
    "/deps/chain",
    dependencies={
        "a": Provide(payloads.chain_a),
        "b": Provide(payloads.chain_b),
        "c": Provide(payloads.chain_c),
    },
)
async def chain(c: int) -> dict[str, int]:
    """(g) Three chained async dependencies."""
    return {"result": c}


@get("/middleware", middleware=[CountingMiddleware] * payloads.MIDDLEWARE_COUNT)
async def middleware(request: Request[Any, Any, Any]) -> dict[str, int]:
    """(h) Behind five route-scoped ASGI middlewares."""
    return {"middlewares": request.scope[payloads.MIDDLEWARE_SCOPE_KEY]}  # type: ignore[literal-required]


@get(
    "/deps/independent",
    dependencies={
        "x": Provide(payloads.independent_x),
        "y": Provide(payloads.independent_y),
        "z": Provide(payloads.independent_z),
    },
)
async def independent(x: int, y: int, z: int) -> dict[str, int]:
    """(k) Three independent async dependencies."""
    return {"result": x + y + z}


@get("/auth/me", middleware=[JWT_AUTH.middleware])
async def auth_me(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """Scenario (l): the authenticated user's name."""
    return {"user": request.user["name"]}


def _resource_handlers(n: int) -> list[Callable[..., Any]]:
    async def index() -> dict[str, int]:
        return {"resource": n}

    async def detail(item_id: int) -> dict[str, int]:
        return {"resource": n, "id": item_id}

    async def edit(item_id: int) -> dict[str, Any]:
        return {"resource": n, "id": item_id, "edit": True}

    for fn in (index, detail, edit):
        fn.__name__ = fn.__qualname__ = f"r{n}_{fn.__name__}"
    return [
        get(f"/r{n}")(index),
        get(f"/r{n}/{{item_id:int}}")(detail),
        get(f"/r{n}/{{item_id:int}}/edit")(edit),
    ]


def big_route_handlers() -> list[Any]:
    """Return fresh handlers for the 300 routes under ``/big`` (100 resources x 3)."""
    handlers: list[Any] = []
    for n in range(payloads.BIG_RESOURCES):
        handlers += _resource_handlers(n)
    return handlers


def build_big_app(handlers: list[Any]) -> Litestar:
    """Return an app holding only the 300-route router (what construction time measures)."""
    return Litestar(route_handlers=[Router(path="/big", route_handlers=handlers)])


def build_app() -> Litestar:
    """Return the benchmark app: every scenario plus the 300-route router."""
    return Litestar(
        route_handlers=[
            plaintext,
            json_message,
            item,
            query,
            echo,
            objects,
            chain,
            middleware,
            independent,
            auth_me,
            Router(path="/big", route_handlers=big_route_handlers()),
        ],
    )


app = build_app()
