"""Response caching with cache=True / seconds / CACHE_FOREVER and a key builder."""

import itertools

from litestar import Litestar, Response, get
from litestar.config.response_cache import CACHE_FOREVER

counter = itertools.count()


@get("/cached", cache=True)
async def cached() -> dict[str, int]:
    return {"n": next(counter)}


@get("/forever", cache=CACHE_FOREVER)
async def forever() -> Response[dict[str, int]]:
    return Response({"n": next(counter)}, headers={"x-extra": "1"})


@get("/error", cache=10)
async def error() -> Response[dict[str, int]]:
    return Response({"n": next(counter)}, status_code=400)


@get("/keyed", cache=True, cache_key_builder=lambda request: "same")
async def keyed() -> dict[str, int]:
    return {"n": next(counter)}


@get("/live")
async def live() -> dict[str, int]:
    return {"n": next(counter)}


def create_app() -> Litestar:
    global counter
    counter = itertools.count()
    return Litestar([cached, forever, error, keyed, live])


REQUESTS = [
    {"method": "GET", "url": "/cached"},
    {"method": "GET", "url": "/cached", "name": "from cache"},
    {"method": "GET", "url": "/cached?page=2", "name": "other query"},
    {"method": "GET", "url": "/forever"},
    {"method": "GET", "url": "/forever", "name": "from cache with headers"},
    {"method": "GET", "url": "/error"},
    {"method": "GET", "url": "/error", "name": "errors are not cached"},
    {"method": "GET", "url": "/keyed?a=1"},
    {"method": "GET", "url": "/keyed?b=2", "name": "same key"},
    {"method": "GET", "url": "/live"},
    {"method": "GET", "url": "/live"},
]
