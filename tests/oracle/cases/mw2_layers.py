"""Layered request_class / response_class, signature_namespace / signature_types resolving quoted annotations
(this module deliberately has no `from __future__ import annotations`), and opt merged across layers."""

import dataclasses
from typing import Any

from litestar import Controller, Litestar, Request, Response, Router, get, post


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Token:
    """Resolved through signature_types (by its own name)."""


class AppRequest(Request):
    @property
    def layer(self) -> str:
        return "app"


class RouterRequest(Request):
    @property
    def layer(self) -> str:
        return "router"

    @property
    def shout(self) -> str:
        return self.url.path.upper()


class AppResponse(Response):
    def __init__(self, content: Any, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.headers["x-response-class"] = "app"


class ControllerResponse(Response):
    def __init__(self, content: Any, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.headers["x-response-class"] = "controller"


class HandlerResponse(Response):
    def __init__(self, content: Any, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.headers["x-response-class"] = "handler"
        self.headers["x-status"] = str(self.status_code)


def _opt(request: Request) -> dict:
    return dict(sorted(request.route_handler.opt.items()))


@get("/top", opt={"handler": 1})
async def top(request: Request) -> dict:
    return {"cls": type(request).__name__, "layer": request.layer, "opt": _opt(request)}


@post("/point", signature_namespace={"P": Point})
async def point(data: "P") -> "dict":  # noqa: F821
    return {"sum": data.x + data.y, "type": type(data).__name__}


@get("/explicit", response_class=HandlerResponse, opt={"level": "handler"})
async def explicit(request: Request) -> dict:
    return {"cls": type(request).__name__, "opt": _opt(request)}


@get("/returns-response")
async def returns_response() -> Response:
    return Response({"plain": True}, headers={"x-own": "1"})


@get("/token")
async def token(tok: "Token", request: Request) -> dict:
    return {"tok": type(tok).__name__}


def provide_token() -> Token:
    return Token()


class Ctl(Controller):
    path = "/ctl"
    response_class = ControllerResponse
    opt = {"level": "controller", "controller": True}
    signature_namespace = {"Pt": Point}

    @get("/")
    async def index(self, request: "RouterRequest") -> dict:
        return {"cls": type(request).__name__, "shout": request.shout, "opt": _opt(request)}

    @get("/override", response_class=HandlerResponse, opt={"level": "handler", "extra": [1]})
    async def override(self, request: Request) -> dict:
        return {"opt": _opt(request)}

    @post("/pt")
    async def pt(self, data: "Pt") -> "dict[str, int]":  # noqa: F821
        return {"x": data.x, "y": data.y}

    @get("/created", status_code=201)
    async def created(self) -> "list[int]":
        return [1, 2]


router = Router(
    path="/r",
    route_handlers=[Ctl, top, explicit],
    request_class=RouterRequest,
    opt={"level": "router", "router": "yes"},
    signature_namespace={"RouterRequest": RouterRequest},
)


def create_app() -> Litestar:
    from litestar.di import Provide

    return Litestar(
        route_handlers=[top, point, explicit, returns_response, token, router],
        request_class=AppRequest,
        response_class=AppResponse,
        opt={"level": "app", "app": 0},
        signature_types=[Token],
        dependencies={"tok": Provide(provide_token, sync_to_thread=False)},
    )


REQUESTS = [
    {"method": "GET", "url": "/top", "name": "app request_class and response_class"},
    {"method": "GET", "url": "/r/top", "name": "router request_class overrides app"},
    {"method": "POST", "url": "/point", "json": {"x": 1, "y": 2}, "name": "handler signature_namespace"},
    {"method": "POST", "url": "/point", "json": {"x": "a"}, "name": "signature_namespace type validates"},
    {"method": "GET", "url": "/explicit", "name": "handler response_class over app"},
    {"method": "GET", "url": "/r/explicit", "name": "handler response_class under router"},
    {"method": "GET", "url": "/returns-response", "name": "returned Response bypasses response_class"},
    {"method": "GET", "url": "/token", "name": "signature_types resolves a provided dependency"},
    {"method": "GET", "url": "/r/ctl", "name": "controller response_class, router namespace"},
    {"method": "GET", "url": "/r/ctl/override", "name": "handler over controller response_class; opt merge"},
    {
        "method": "POST",
        "url": "/r/ctl/pt",
        "json": {"x": 3, "y": 4},
        "name": "controller signature_namespace",
    },
    {"method": "GET", "url": "/r/ctl/created", "name": "controller response_class keeps status"},
    {"method": "GET", "url": "/r/nope", "name": "404 is not built with response_class"},
    {
        "method": "POST",
        "url": "/r/ctl/pt",
        "content": b"{",
        "headers": {"content-type": "application/json"},
        "name": "bad body error",
    },
]
