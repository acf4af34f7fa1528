"""Construction error: a handler declares `Dependency()` without any provider (compared by exception type)."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.params import Dependency


@get("/needs")
async def needs(service: str = Dependency()) -> str:
    return service


def create_app() -> Litestar:
    return Litestar(route_handlers=[needs])


REQUESTS = [{"method": "GET", "url": "/needs"}]
