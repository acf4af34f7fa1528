"""Redirect variants: status codes, query params, absolute URLs, headers/cookies, HEAD, followed chains."""

from __future__ import annotations

from litestar import Litestar, Request, get, post
from litestar.datastructures import Cookie
from litestar.response import Redirect


@get("/target")
async def target(request: Request) -> dict:
    return {"query": dict(request.query_params), "cookie": request.cookies.get("via")}


@get("/r/default")
async def r_default() -> Redirect:
    return Redirect(path="/target")


@post("/r/post")
async def r_post() -> Redirect:
    return Redirect(path="/target")


@get("/r/codes/{code:int}")
async def r_codes(code: int) -> Redirect:
    return Redirect(path="/target", status_code=code)  # type: ignore[arg-type]


@get("/r/query")
async def r_query() -> Redirect:
    return Redirect(path="/target?x=1", query_params={"y": "2", "multi": ["a", "b"]})


@get("/r/absolute")
async def r_absolute() -> Redirect:
    return Redirect(path="https://example.com/elsewhere?q=1")


@get("/r/relative")
async def r_relative() -> Redirect:
    return Redirect(path="target")


@get("/r/extras")
async def r_extras() -> Redirect:
    return Redirect(
        path="/target",
        headers={"X-Redirect": "yes"},
        cookies=[Cookie(key="via", value="redirect")],
    )


@get("/r/unicode")
async def r_unicode() -> Redirect:
    return Redirect(path="/target?name=é x")


@get("/r/chain")
async def r_chain() -> Redirect:
    return Redirect(path="/r/default", status_code=301)


@get("/r/media")
async def r_media() -> Redirect:
    return Redirect(path="/target", media_type="application/json")


app = Litestar(
    [
        target,
        r_default,
        r_post,
        r_codes,
        r_query,
        r_absolute,
        r_relative,
        r_extras,
        r_unicode,
        r_chain,
        r_media,
    ]
)

REQUESTS = [
    {"method": "GET", "url": "/r/default", "follow_redirects": False},
    {"method": "POST", "url": "/r/post", "follow_redirects": False},
    {"method": "GET", "url": "/r/codes/301", "follow_redirects": False},
    {"method": "GET", "url": "/r/codes/303", "follow_redirects": False},
    {"method": "GET", "url": "/r/codes/307", "follow_redirects": False},
    {"method": "GET", "url": "/r/codes/308", "follow_redirects": False},
    {"method": "GET", "url": "/r/codes/200", "follow_redirects": False, "name": "non-redirect status"},
    {"method": "GET", "url": "/r/query", "follow_redirects": False},
    {"method": "GET", "url": "/r/absolute", "follow_redirects": False},
    {"method": "GET", "url": "/r/relative", "follow_redirects": False},
    {"method": "GET", "url": "/r/extras", "follow_redirects": False},
    {"method": "GET", "url": "/r/unicode", "follow_redirects": False},
    {"method": "GET", "url": "/r/media", "follow_redirects": False},
    {"method": "HEAD", "url": "/r/default", "follow_redirects": False, "name": "HEAD on redirect route"},
    {"method": "GET", "url": "/r/extras", "follow_redirects": True, "name": "followed, cookie carried"},
    {"method": "GET", "url": "/r/chain", "follow_redirects": True, "name": "followed chain"},
    {"method": "GET", "url": "/r/query", "follow_redirects": True, "name": "followed with query"},
]
