"""Cookies: Response.set_cookie/delete_cookie options, layered response_cookies, request cookies."""

from __future__ import annotations

import re
from typing import Annotated, Any

from litestar import Controller, Litestar, Request, Response, Router, get
from litestar.datastructures import Cookie
from litestar.params import Parameter


@get("/set")
async def set_cookies() -> Response[str]:
    resp = Response("set")
    resp.set_cookie("plain", "v")
    resp.set_cookie(
        "full",
        "value",
        max_age=60,
        path="/sub",
        domain="example.com",
        secure=True,
        httponly=True,
        samesite="none",
    )
    resp.set_cookie("strict", "s", samesite="strict")
    resp.set_cookie(Cookie(key="obj", value="from-object", partitioned=True, secure=True))
    resp.set_cookie("spaced", "a b;c")
    resp.set_cookie("empty", "")
    resp.set_cookie("expiring", "e", expires=1700000000)
    return resp


@get("/delete")
async def delete_cookies() -> Response[str]:
    resp = Response("deleted")
    resp.delete_cookie("plain")
    resp.delete_cookie("full", path="/sub", domain="example.com")
    return resp


@get("/overwrite")
async def overwrite() -> Response[str]:
    resp = Response("overwrite", cookies=[Cookie(key="dup", value="first")])
    resp.set_cookie("dup", "second")
    return resp


@get("/read")
async def read_cookies(request: Request) -> dict[str, Any]:
    return {"cookies": dict(sorted(request.cookies.items()))}


@get("/param")
async def cookie_param(
    session: Annotated[str, Parameter(cookie="session-id")],
    opt: Annotated[int | None, Parameter(cookie="opt-num")] = None,
) -> dict[str, Any]:
    return {"session": session, "opt": opt}


@get("/handler-layer", response_cookies=[Cookie(key="layer", value="handler"), Cookie(key="h", value="1")])
async def handler_layer() -> str:
    return "handler"


@get(
    "/handler-response-wins",
    response_cookies=[Cookie(key="layer", value="handler")],
)
async def handler_response_wins() -> Response[str]:
    return Response("resp", cookies=[Cookie(key="layer", value="response")])


class Ctl(Controller):
    path = "/ctl"
    response_cookies = [Cookie(key="layer", value="controller", httponly=True)]

    @get("/")
    async def index(self) -> str:
        return "ctl"

    @get("/doc", response_cookies=[Cookie(key="doc", value="x", documentation_only=True)])
    async def doc(self) -> str:
        return "doc"


router = Router(
    path="/router",
    route_handlers=[Ctl, handler_layer],
    response_cookies={"layer": "router", "r": "1"},
)


def create_app() -> Litestar:
    return Litestar(
        [set_cookies, delete_cookies, overwrite, read_cookies, cookie_param, router, handler_response_wins],
        response_cookies=[Cookie(key="app", value="a", max_age=5), Cookie(key="layer", value="app")],
    )


REQUESTS = [
    {"method": "GET", "url": "/set"},
    {"method": "GET", "url": "/read", "name": "jar after /set"},
    {"method": "GET", "url": "/delete"},
    {"method": "GET", "url": "/overwrite"},
    {
        "method": "GET",
        "url": "/read",
        "cookies": {"extra": "1", "quoted": '"q v"'},
        "name": "explicit cookies",
    },
    {
        "method": "GET",
        "url": "/read",
        "headers": {"Cookie": "a=1; b=two; malformed; c=; d=x=y"},
        "name": "raw header",
    },
    {"method": "GET", "url": "/param", "headers": {"Cookie": "session-id=abc; opt-num=3"}},
    {"method": "GET", "url": "/param", "headers": {"Cookie": "opt-num=3"}, "name": "missing required cookie"},
    {
        "method": "GET",
        "url": "/param",
        "headers": {"Cookie": "session-id=abc; opt-num=x"},
        "name": "bad cookie type",
    },
    {"method": "GET", "url": "/router/handler-layer"},
    {"method": "GET", "url": "/router/ctl"},
    {"method": "GET", "url": "/router/ctl/doc"},
    {"method": "GET", "url": "/handler-response-wins"},
]


def NORMALISE(resp: dict) -> dict:
    """`delete_cookie` sets an `expires` date relative to now: blank it out."""
    cookies = resp.get("headers", {}).get("set-cookie")
    if isinstance(cookies, list):
        resp["headers"]["set-cookie"] = sorted(re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies)
    return resp
