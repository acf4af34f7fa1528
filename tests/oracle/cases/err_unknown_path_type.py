"""Construction error: an unknown path parameter type (compared by exception type)."""

from __future__ import annotations

from litestar import Litestar, get


@get("/things/{thing_id:integer}")
async def thing(thing_id: int) -> int:
    return thing_id


def create_app() -> Litestar:
    return Litestar(route_handlers=[thing])


REQUESTS = [{"method": "GET", "url": "/things/1"}]
