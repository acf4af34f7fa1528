"""Responses: None with text media types, unrenderable content, documentation-only headers, layered cache/etag, cookie and header helpers."""

from typing import Any

from litestar import Controller, Litestar, MediaType, Response, Router, get
from litestar.datastructures import CacheControlHeader, Cookie, ETag, ResponseHeader


@get("/none-text", media_type=MediaType.TEXT, sync_to_thread=False)
def none_text() -> None:
    return None


@get("/none-html", media_type=MediaType.HTML, sync_to_thread=False)
def none_html() -> None:
    return None


@get("/none-json", sync_to_thread=False)
def none_json() -> None:
    return None


@get("/resp-none-text", sync_to_thread=False)
def resp_none_text() -> Response[None]:
    return Response(None, media_type=MediaType.TEXT)


@get("/dict-as-text", media_type=MediaType.TEXT, sync_to_thread=False)
def dict_as_text() -> dict[str, int]:
    return {"a": 1}


@get("/obj-as-json", sync_to_thread=False)
def obj_as_json() -> Any:
    return object()


@get("/bytes-xml", media_type="application/xml", sync_to_thread=False)
def bytes_xml() -> bytes:
    return b"<a/>"


@get("/dict-xml", media_type="application/xml", sync_to_thread=False)
def dict_xml() -> dict[str, int]:
    return {"a": 1}


@get(
    "/doc-header",
    response_headers=[
        ResponseHeader(name="x-doc", documentation_only=True, description="d"),
        ResponseHeader(name="x-real", value="1"),
    ],
    sync_to_thread=False,
)
def doc_header() -> str:
    return "x"


@get("/helpers", sync_to_thread=False)
def helpers() -> Response[str]:
    response = Response("x", headers={"x-a": "1"}, cookies=[Cookie(key="gone", value="v")])
    response.set_header("x-b", "2")
    response.set_cookie("c1", "v1", max_age=10, path="/p", httponly=True)
    response.set_cookie(Cookie(key="c2", value="v2", secure=True, samesite="strict"))
    response.delete_cookie("gone")
    response.delete_cookie("other", path="/o", domain="example.com")
    return response


@get(
    "/override",
    response_headers={"x-layer": "handler"},
    response_cookies=[Cookie(key="k", value="handler")],
    sync_to_thread=False,
)
def override() -> Response[str]:
    return Response("x", headers={"x-layer": "response"}, cookies=[Cookie(key="k", value="response")])


@get("/cached", sync_to_thread=False)
def cached() -> str:
    return "x"


@get(
    "/cached-own",
    cache_control=CacheControlHeader(no_store=True),
    etag=ETag(value="own", weak=True),
    sync_to_thread=False,
)
def cached_own() -> str:
    return "x"


class C(Controller):
    path = "/c"
    cache_control = CacheControlHeader(max_age=5)
    response_headers = [ResponseHeader(name="x-ctrl", value="c"), ResponseHeader(name="x-both", value="ctrl")]
    response_cookies = [Cookie(key="ck", value="c")]

    @get("/", response_headers=[ResponseHeader(name="x-both", value="handler")], sync_to_thread=False)
    def index(self) -> str:
        return "x"


router = Router(
    "/r",
    route_handlers=[cached, cached_own, C],
    etag=ETag(value="router"),
    cache_control=CacheControlHeader(max_age=60, private=True),
    response_headers={"x-router": "r", "x-both": "router"},
    response_cookies=[Cookie(key="rk", value="r"), Cookie(key="ck", value="router")],
)
app = Litestar(
    [
        none_text,
        none_html,
        none_json,
        resp_none_text,
        dict_as_text,
        obj_as_json,
        bytes_xml,
        dict_xml,
        doc_header,
        helpers,
        override,
        router,
    ],
    response_headers=[ResponseHeader(name="x-app", value="a")],
)
REQUESTS = [
    {"method": "GET", "url": "/none-text"},
    {"method": "GET", "url": "/none-html"},
    {"method": "GET", "url": "/none-json"},
    {"method": "GET", "url": "/resp-none-text"},
    {"method": "GET", "url": "/dict-as-text"},
    {"method": "GET", "url": "/obj-as-json"},
    {"method": "GET", "url": "/bytes-xml"},
    {"method": "GET", "url": "/dict-xml"},
    {"method": "GET", "url": "/doc-header"},
    {"method": "GET", "url": "/helpers"},
    {"method": "GET", "url": "/override"},
    {"method": "GET", "url": "/r/cached"},
    {"method": "GET", "url": "/r/cached-own"},
    {"method": "GET", "url": "/r/c"},
]


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    import re

    cookies = resp["headers"].get("set-cookie")
    if isinstance(cookies, list):
        resp["headers"]["set-cookie"] = [re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies]
    elif isinstance(cookies, str):
        resp["headers"]["set-cookie"] = re.sub(r"expires=[^;]+", "expires=<date>", cookies)
    return resp
