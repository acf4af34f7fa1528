"""Test client fidelity (sweep 2): cookie jar persistence/deletion/path scoping, redirects, base_url, HEAD/OPTIONS."""

from __future__ import annotations

import re
from typing import Any

from litestar import Litestar, Request, Response, get, head, post, route
from litestar.datastructures import Cookie
from litestar.response import Redirect


@get("/set")
async def set_cookies() -> Response[str]:
    return Response(
        "set",
        cookies=[
            Cookie(key="root", value="r"),
            Cookie(key="scoped", value="s", path="/area"),
            Cookie(key="temp", value="t", max_age=3600),
        ],
    )


@get("/echo-cookies")
async def echo_cookies(request: Request) -> dict[str, Any]:
    return {"cookies": dict(request.cookies), "header": request.headers.get("cookie")}


@get("/area/echo-cookies")
async def area_echo_cookies(request: Request) -> dict[str, Any]:
    return {"cookies": dict(request.cookies)}


@get("/delete")
async def delete_cookie() -> Response[str]:
    response = Response("deleted")
    response.delete_cookie("temp")
    return response


@get("/overwrite")
async def overwrite_cookie() -> Response[str]:
    return Response("over", cookies=[Cookie(key="root", value="r2")])


@get("/expire-zero")
async def expire_zero() -> Response[str]:
    return Response("gone", cookies=[Cookie(key="root", value="", max_age=0)])


@get("/redirect-chain")
async def redirect_chain() -> Redirect:
    return Redirect(path="/redirect-hop")


@get("/redirect-hop")
async def redirect_hop() -> Redirect:
    return Redirect(path="/landing?from=hop", status_code=301)


@get("/landing")
async def landing(request: Request) -> dict[str, Any]:
    return {"url": str(request.url), "from": request.query_params.get("from")}


@post("/post-redirect")
async def post_redirect() -> Redirect:
    return Redirect(path="/landing", status_code=303)


@post("/post-redirect-307")
async def post_redirect_307() -> Redirect:
    return Redirect(path="/post-target", status_code=307)


@post("/post-target")
async def post_target(request: Request) -> dict[str, Any]:
    return {"method": request.method, "body": (await request.body()).decode()}


@get("/redirect-with-cookie")
async def redirect_with_cookie() -> Redirect:
    return Redirect(path="/echo-cookies", cookies=[Cookie(key="hop", value="1")])


@get("/where")
async def where(request: Request) -> dict[str, Any]:
    return {
        "url": str(request.url),
        "base_url": str(request.base_url),
        "host": request.headers.get("host"),
        "scheme": request.url.scheme,
        "server": list(request.scope["server"] or []),
        "client": list(request.scope["client"] or []),
        "root_path": request.scope.get("root_path"),
    }


@head("/only-head")
async def only_head() -> None:
    return None


@get("/get-head", headers=None)
async def get_with_body() -> str:
    return "body text"


@route("/multi", http_method=["GET", "HEAD", "OPTIONS"])
async def multi(request: Request) -> str:
    return f"method={request.method}"


@get("/request-headers")
async def request_headers(request: Request) -> dict[str, Any]:
    return {
        key: request.headers.get(key)
        for key in ("user-agent", "accept", "connection", "content-length", "content-type")
    }


@post("/request-headers-post")
async def request_headers_post(request: Request) -> dict[str, Any]:
    return {key: request.headers.get(key) for key in ("content-length", "content-type")}


def create_app() -> Litestar:
    return Litestar(
        [
            set_cookies,
            echo_cookies,
            area_echo_cookies,
            delete_cookie,
            overwrite_cookie,
            expire_zero,
            redirect_chain,
            redirect_hop,
            landing,
            post_redirect,
            post_redirect_307,
            post_target,
            redirect_with_cookie,
            where,
            only_head,
            get_with_body,
            multi,
            request_headers,
            request_headers_post,
        ]
    )


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    cookies = resp.get("headers", {}).get("set-cookie")
    if cookies:
        resp["headers"]["set-cookie"] = [re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies]
    return resp


CLIENT_KWARGS = {"base_url": "https://api.example.org:8443/"}

REQUESTS = [
    {"method": "GET", "url": "/where"},
    {"method": "GET", "url": "https://api.example.org:8443/where?x=1", "name": "absolute url"},
    {"method": "GET", "url": "/set"},
    {"method": "GET", "url": "/echo-cookies", "name": "jar sends root and temp, not scoped"},
    {"method": "GET", "url": "/area/echo-cookies", "name": "scoped cookie sent under its path"},
    {"method": "GET", "url": "/echo-cookies", "cookies": {"extra": "e"}, "name": "per-request cookie merged"},
    {"method": "GET", "url": "/delete"},
    {"method": "GET", "url": "/echo-cookies", "name": "temp deleted"},
    {"method": "GET", "url": "/overwrite"},
    {"method": "GET", "url": "/echo-cookies", "name": "root overwritten"},
    {"method": "GET", "url": "/expire-zero"},
    {"method": "GET", "url": "/echo-cookies", "name": "root expired by max-age 0"},
    {
        "method": "GET",
        "url": "/echo-cookies",
        "headers": {"Cookie": "manual=1"},
        "name": "explicit cookie header",
    },
    {"method": "GET", "url": "/redirect-chain", "name": "redirects followed by default"},
    {"method": "GET", "url": "/redirect-chain", "follow_redirects": False, "name": "not followed on request"},
    {
        "method": "POST",
        "url": "/post-redirect",
        "content": "abc",
        "follow_redirects": True,
        "name": "303 becomes GET",
    },
    {
        "method": "POST",
        "url": "/post-redirect-307",
        "content": "keep me",
        "follow_redirects": True,
        "name": "307 keeps method and body",
    },
    {
        "method": "GET",
        "url": "/redirect-with-cookie",
        "follow_redirects": True,
        "name": "cookie set on a hop",
    },
    {"method": "HEAD", "url": "/only-head"},
    {"method": "GET", "url": "/only-head", "name": "GET on a HEAD-only route"},
    {"method": "HEAD", "url": "/get-head", "name": "HEAD on a GET-only route"},
    {"method": "GET", "url": "/multi"},
    {"method": "HEAD", "url": "/multi"},
    {"method": "OPTIONS", "url": "/multi"},
    {"method": "OPTIONS", "url": "/get-head", "name": "automatic OPTIONS"},
    {"method": "OPTIONS", "url": "/nowhere", "name": "OPTIONS on unknown path"},
    {"method": "GET", "url": "/request-headers"},
    {"method": "POST", "url": "/request-headers-post", "name": "POST without body"},
    {"method": "POST", "url": "/request-headers-post", "json": {"a": 1}, "name": "POST json"},
    {"method": "POST", "url": "/request-headers-post", "data": {"a": "1"}, "name": "POST form"},
]
