"""The scenarios on BlackSheep with pydantic models.

BlackSheep has no route-scoped ASGI middleware, so (h) wraps the handler in five
pass-through decorators (its closest equivalent); its DI (rodi) resolves services by type
and has no async factories, so (g) and (k) await their dependencies by hand, like Starlette.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import payloads
from blacksheep import Application, FromJSON, Request, Response, json, text
from jwt_hs256 import user_for
from pydantic_models import Order, Thing

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

__all__ = ("app",)

_THINGS = [Thing(**obj) for obj in payloads.OBJECTS]

app = Application()
get = app.router.get
post = app.router.post


@get("/plaintext")
async def plaintext() -> Response:
    return text(payloads.PLAINTEXT)


@get("/json")
async def json_message() -> Response:
    return json(payloads.JSON_MESSAGE)


@get("/items/{int:item_id}")
async def item(item_id: int) -> Response:
    return json({"id": item_id})


@get("/query")
async def query(a: int, b: str, c: bool | None = None) -> Response:
    return json({"a": a, "b": b, "c": c})


@post("/echo")
async def echo(data: FromJSON[Order]) -> Order:
    return data.value


@get("/objects")
async def objects() -> list[Thing]:
    return _THINGS


@get("/deps/chain")
async def chain() -> Response:
    c = await payloads.chain_c(await payloads.chain_b(await payloads.chain_a()))
    return json({"result": c})


@get("/deps/independent")
async def independent() -> Response:
    x = await payloads.independent_x()
    y = await payloads.independent_y()
    z = await payloads.independent_z()
    return json({"result": x + y + z})


def counting(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler in a pass-through layer that counts itself in the ASGI scope."""

    @functools.wraps(handler)
    async def wrapper(request: Request) -> Response:
        scope: dict[str, Any] = request.scope
        key = payloads.MIDDLEWARE_SCOPE_KEY
        scope[key] = scope.get(key, 0) + 1
        return await handler(request)

    return wrapper


async def _middleware(request: Request) -> Response:
    return json({"middlewares": request.scope[payloads.MIDDLEWARE_SCOPE_KEY]})


_wrapped = _middleware
for _ in range(payloads.MIDDLEWARE_COUNT):
    _wrapped = counting(_wrapped)
get("/middleware")(_wrapped)


@get("/auth/me")
async def auth_me(request: Request) -> Response:
    header = request.get_first_header(b"authorization")
    user = user_for(header.decode() if header else None)
    if user is None:
        return json({"status_code": 401, "detail": "Unauthorized"}, status=401)
    return json({"user": user["name"]})


def _add_resource(n: int) -> None:
    async def index() -> Response:
        return json({"resource": n})

    async def detail(item_id: int) -> Response:
        return json({"resource": n, "id": item_id})

    async def edit(item_id: int) -> Response:
        return json({"resource": n, "id": item_id, "edit": True})

    get(f"/big/r{n}")(index)
    get(f"/big/r{n}/{{int:item_id}}")(detail)
    get(f"/big/r{n}/{{int:item_id}}/edit")(edit)


for _n in range(payloads.BIG_RESOURCES):
    _add_resource(_n)
