"""Layered response_headers / response_cookies / opt / type_encoders, and nested Routers with path prefixes."""

from __future__ import annotations

import datetime
from decimal import Decimal

from litestar import Controller, Litestar, Request, Router, get
from litestar.datastructures import Cookie, ResponseHeader


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents


@get("/info")
async def info(request: Request) -> dict:
    return {
        "opt": dict(sorted(request.route_handler.opt.items())),
        "path": request.url.path,
        "template": request.scope.get("path_template"),
    }


@get(
    "/override",
    response_headers=[ResponseHeader(name="X-Layer", value="handler")],
    response_cookies=[Cookie(key="layer", value="handler")],
    opt={"level": "handler"},
)
async def override(request: Request) -> dict:
    return {"opt": dict(sorted(request.route_handler.opt.items()))}


@get("/money")
async def money() -> dict:
    return {"price": Money(250), "when": datetime.date(2020, 1, 1), "dec": Decimal("2.50")}


@get("/money-handler", type_encoders={Money: lambda m: {"cents": m.cents}})
async def money_handler() -> dict:
    return {"price": Money(99)}


class Leaf(Controller):
    path = "/leaf"
    response_headers = [ResponseHeader(name="X-Controller", value="c")]
    opt = {"level": "controller", "controller_only": True}

    @get("/")
    async def leaf_index(self, request: Request) -> dict:
        return {"opt": dict(sorted(request.route_handler.opt.items())), "path": request.url.path}

    @get("/{id:int}")
    async def leaf_item(self, id: int) -> dict:
        return {"id": id}


inner = Router(
    path="/inner",
    route_handlers=[info, Leaf],
    response_headers=[ResponseHeader(name="X-Layer", value="inner")],
    opt={"level": "inner", "inner_only": 1},
)
outer = Router(
    path="/outer/v1",
    route_handlers=[inner, info, override],
    response_headers={"X-Outer": "o"},
    response_cookies=[Cookie(key="layer", value="outer"), Cookie(key="outer", value="1")],
    opt={"level": "outer"},
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[outer, info, money, money_handler],
        response_headers=[
            ResponseHeader(name="X-Layer", value="app"),
            ResponseHeader(name="X-App", value="a"),
        ],
        response_cookies=[Cookie(key="app", value="yes")],
        opt={"level": "app", "app_only": "x"},
        type_encoders={Money: lambda m: f"${m.cents / 100:.2f}"},
    )


REQUESTS = [
    {"method": "GET", "url": "/info"},
    {"method": "GET", "url": "/outer/v1/info"},
    {"method": "GET", "url": "/outer/v1/inner/info"},
    {"method": "GET", "url": "/outer/v1/inner/leaf"},
    {"method": "GET", "url": "/outer/v1/inner/leaf/7"},
    {"method": "GET", "url": "/outer/v1/override"},
    {"method": "GET", "url": "/outer/v1/inner/leaf/x", "name": "404 under nested prefix"},
    {"method": "GET", "url": "/outer/v1", "name": "router prefix alone"},
    {"method": "GET", "url": "/money"},
    {"method": "GET", "url": "/money-handler"},
]
