"""CacheControlHeader and ETag on app / router / controller / handler layers, and how responses override them."""

from __future__ import annotations

from litestar import Controller, Litestar, Response, Router, get, post
from litestar.datastructures import CacheControlHeader, ETag


@get("/app-level")
async def app_level() -> str:
    return "app"


@get("/handler-level", cache_control=CacheControlHeader(no_store=True), etag=ETag(value="h", weak=True))
async def handler_level() -> str:
    return "handler"


@get(
    "/full",
    cache_control=CacheControlHeader(
        max_age=10,
        s_maxage=20,
        no_cache=True,
        private=True,
        must_revalidate=True,
        proxy_revalidate=True,
        no_transform=True,
        immutable=True,
        stale_while_revalidate=5,
        must_understand=True,
    ),
)
async def full() -> str:
    return "full"


@get("/public", cache_control=CacheControlHeader(public=True, max_age=0))
async def public() -> str:
    return "public"


@get("/prevent", cache_control=CacheControlHeader.prevent_storing())
async def prevent() -> str:
    return "prevent"


@get("/response-header-wins")
async def response_header_wins() -> Response[str]:
    return Response("resp", headers={"Cache-Control": "max-age=1", "ETag": '"resp"'})


@post("/post-cached", cache_control=CacheControlHeader(max_age=3))
async def post_cached() -> dict:
    return {"posted": True}


@get("/error-cached", cache_control=CacheControlHeader(max_age=3))
async def error_cached() -> None:
    raise ValueError("no cache on errors?")


class Ctl(Controller):
    path = "/ctl"
    cache_control = CacheControlHeader(max_age=300, public=True)
    etag = ETag(value="ctl")

    @get("/")
    async def index(self) -> str:
        return "ctl"

    @get("/override", cache_control=CacheControlHeader(no_cache=True), etag=ETag(value="ovr"))
    async def override(self) -> str:
        return "override"


router = Router(
    path="/router",
    route_handlers=[Ctl, app_level],
    cache_control=CacheControlHeader(max_age=60),
    etag=ETag(value="router", weak=True),
)


def create_app() -> Litestar:
    return Litestar(
        [
            app_level,
            handler_level,
            full,
            public,
            prevent,
            response_header_wins,
            post_cached,
            error_cached,
            router,
        ],
        cache_control=CacheControlHeader(max_age=30, private=True),
        etag=ETag(value="app"),
    )


REQUESTS = [
    {"method": "GET", "url": "/app-level"},
    {"method": "GET", "url": "/handler-level"},
    {"method": "GET", "url": "/full"},
    {"method": "GET", "url": "/public"},
    {"method": "GET", "url": "/prevent"},
    {"method": "GET", "url": "/response-header-wins"},
    {"method": "POST", "url": "/post-cached"},
    {"method": "GET", "url": "/error-cached"},
    {"method": "GET", "url": "/router/app-level", "name": "router layer"},
    {"method": "GET", "url": "/router/ctl"},
    {"method": "GET", "url": "/router/ctl/override"},
    {
        "method": "GET",
        "url": "/app-level",
        "headers": {"If-None-Match": '"app"'},
        "name": "conditional request",
    },
    {"method": "GET", "url": "/nowhere", "name": "404 has no cache headers"},
]
