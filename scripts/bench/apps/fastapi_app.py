"""The scenarios on FastAPI with pydantic models.

Validation errors answer 400 (FastAPI's default is 422) through one exception handler, so
every app gives the same status codes. The five middlewares are route-scoped: each wraps
the ``/middleware`` route's ASGI app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import payloads
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.routing import APIRoute
from jwt_hs256 import user_for
from pydantic_models import Order, Thing

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ("app",)

_THINGS = [Thing(**obj) for obj in payloads.OBJECTS]

app = FastAPI()


@app.exception_handler(RequestValidationError)
async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"status_code": 400, "detail": "Validation failed"}, status_code=400)


@app.get("/plaintext", response_class=PlainTextResponse)
async def plaintext() -> str:
    return payloads.PLAINTEXT


@app.get("/json")
async def json_message() -> dict[str, str]:
    return payloads.JSON_MESSAGE


@app.get("/items/{item_id}")
async def item(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@app.get("/query")
async def query(a: int, b: str, c: bool | None = None) -> dict[str, Any]:
    return {"a": a, "b": b, "c": c}


@app.post("/echo")
async def echo(data: Order) -> Order:
    return data


@app.get("/objects")
async def objects() -> list[Thing]:
    return _THINGS


async def _dep_a() -> int:
    return await payloads.chain_a()


async def _dep_b(a: Annotated[int, Depends(_dep_a)]) -> int:
    return await payloads.chain_b(a)


async def _dep_c(b: Annotated[int, Depends(_dep_b)]) -> int:
    return await payloads.chain_c(b)


@app.get("/deps/chain")
async def chain(c: Annotated[int, Depends(_dep_c)]) -> dict[str, int]:
    return {"result": c}


@app.get("/deps/independent")
async def independent(
    x: Annotated[int, Depends(payloads.independent_x)],
    y: Annotated[int, Depends(payloads.independent_y)],
    z: Annotated[int, Depends(payloads.independent_z)],
) -> dict[str, int]:
    return {"result": x + y + z}


@app.get("/middleware")
async def middleware(request: Request) -> dict[str, int]:
    return {"middlewares": request.scope[payloads.MIDDLEWARE_SCOPE_KEY]}


class CountingMiddleware:
    """Pass-through ASGI middleware that counts itself in the scope."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = payloads.MIDDLEWARE_SCOPE_KEY
        scope[key] = scope.get(key, 0) + 1
        await self.app(scope, receive, send)


async def _current_user(request: Request) -> dict[str, Any]:
    user = user_for(request.headers.get("authorization"))
    if user is None:
        raise HTTPException(status_code=401, detail="Unauthorized")
    return user


@app.get("/auth/me")
async def auth_me(user: Annotated[dict[str, Any], Depends(_current_user)]) -> dict[str, Any]:
    return {"user": user["name"]}


for _route in app.router.routes:
    if isinstance(_route, APIRoute) and _route.path == "/middleware":
        for _ in range(payloads.MIDDLEWARE_COUNT):
            _route.app = CountingMiddleware(_route.app)


def _add_resource(router: APIRouter, n: int) -> None:
    async def index() -> dict[str, int]:
        return {"resource": n}

    async def detail(item_id: int) -> dict[str, int]:
        return {"resource": n, "id": item_id}

    async def edit(item_id: int) -> dict[str, Any]:
        return {"resource": n, "id": item_id, "edit": True}

    router.add_api_route(f"/r{n}", index, methods=["GET"], name=f"r{n}_index")
    router.add_api_route(f"/r{n}/{{item_id}}", detail, methods=["GET"], name=f"r{n}_detail")
    router.add_api_route(f"/r{n}/{{item_id}}/edit", edit, methods=["GET"], name=f"r{n}_edit")


_big = APIRouter(prefix="/big")
for _n in range(payloads.BIG_RESOURCES):
    _add_resource(_big, _n)
app.include_router(_big)
