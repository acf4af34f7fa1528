"""Construction error: a handler without a return annotation (compared by exception type)."""

from __future__ import annotations

from litestar import Litestar, get


@get("/no-annotation")
async def no_annotation():  # type: ignore[no-untyped-def]
    return {"x": 1}


def create_app() -> Litestar:
    return Litestar(route_handlers=[no_annotation])


REQUESTS = [{"method": "GET", "url": "/no-annotation"}]
