"""The scenarios on Starlette, validated by hand with msgspec ("Starlette at its best").

Starlette has no validation or dependency injection, so this app does that work by hand
with msgspec: a strict bar. The 300 routes sit under ``Mount("/big")``; the five
middlewares are route-scoped (``Route(..., middleware=...)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
import payloads
from jwt_hs256 import user_for
from msgspec_models import Order, Thing
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ("app",)

_encode = msgspec.json.encode
_decode_order = msgspec.json.Decoder(Order).decode
_THINGS = [Thing(**obj) for obj in payloads.OBJECTS]
_BOOLS = {
    "true": True,
    "1": True,
    "yes": True,
    "on": True,
    "false": False,
    "0": False,
    "no": False,
    "off": False,
}


class MsgspecResponse(Response):
    """JSON response encoded with msgspec."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return _encode(content)


def _bad_request(detail: str) -> MsgspecResponse:
    return MsgspecResponse({"status_code": 400, "detail": detail}, status_code=400)


async def plaintext(request: Request) -> Response:
    return PlainTextResponse(payloads.PLAINTEXT)


async def json_message(request: Request) -> Response:
    return MsgspecResponse(payloads.JSON_MESSAGE)


async def item(request: Request) -> Response:
    return MsgspecResponse({"id": request.path_params["item_id"]})


async def query(request: Request) -> Response:
    params = request.query_params
    a_raw, b = params.get("a"), params.get("b")
    if a_raw is None or b is None:
        return _bad_request("Missing required query parameter")
    try:
        a = int(a_raw)
    except ValueError:
        return _bad_request("Invalid value for query parameter 'a'")
    c_raw = params.get("c")
    c: bool | None = None
    if c_raw is not None:
        c = _BOOLS.get(c_raw.lower())
        if c is None:
            return _bad_request("Invalid value for query parameter 'c'")
    return MsgspecResponse({"a": a, "b": b, "c": c})


async def echo(request: Request) -> Response:
    try:
        order = _decode_order(await request.body())
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        return _bad_request(str(exc))
    return MsgspecResponse(order)


async def objects(request: Request) -> Response:
    return MsgspecResponse(_THINGS)


async def chain(request: Request) -> Response:
    c = await payloads.chain_c(await payloads.chain_b(await payloads.chain_a()))
    return MsgspecResponse({"result": c})


async def independent(request: Request) -> Response:
    x = await payloads.independent_x()
    y = await payloads.independent_y()
    z = await payloads.independent_z()
    return MsgspecResponse({"result": x + y + z})


async def middleware(request: Request) -> Response:
    return MsgspecResponse({"middlewares": request.scope[payloads.MIDDLEWARE_SCOPE_KEY]})


async def auth_me(request: Request) -> Response:
    user = user_for(request.headers.get("authorization"))
    if user is None:
        return MsgspecResponse({"status_code": 401, "detail": "Unauthorized"}, status_code=401)
    return MsgspecResponse({"user": user["name"]})


class CountingMiddleware:
    """Pass-through ASGI middleware that counts itself in the scope."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = payloads.MIDDLEWARE_SCOPE_KEY
        scope[key] = scope.get(key, 0) + 1
        await self.app(scope, receive, send)


def _resource_routes(n: int) -> list[BaseRoute]:
    async def index(request: Request) -> Response:
        return MsgspecResponse({"resource": n})

    async def detail(request: Request) -> Response:
        return MsgspecResponse({"resource": n, "id": request.path_params["item_id"]})

    async def edit(request: Request) -> Response:
        return MsgspecResponse({"resource": n, "id": request.path_params["item_id"], "edit": True})

    return [
        Route(f"/r{n}", index),
        Route(f"/r{n}/{{item_id:int}}", detail),
        Route(f"/r{n}/{{item_id:int}}/edit", edit),
    ]


_big_routes: list[BaseRoute] = []
for _n in range(payloads.BIG_RESOURCES):
    _big_routes += _resource_routes(_n)

app = Starlette(
    routes=[
        Route("/plaintext", plaintext),
        Route("/json", json_message),
        Route("/items/{item_id:int}", item),
        Route("/query", query),
        Route("/echo", echo, methods=["POST"]),
        Route("/objects", objects),
        Route("/deps/chain", chain),
        Route(
            "/middleware",
            middleware,
            middleware=[Middleware(CountingMiddleware)] * payloads.MIDDLEWARE_COUNT,
        ),
        Route("/deps/independent", independent),
        Route("/auth/me", auth_me),
        Mount("/big", routes=_big_routes),
    ],
)
