"""Construction error: the same provider registered under two keys in one app."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.di import Provide


def provider() -> str:
    return "x"


@get("/x", dependencies={"other": Provide(provider, sync_to_thread=False)})
async def handler(other: str) -> str:
    return other


def create_app() -> Litestar:
    return Litestar(route_handlers=[handler], dependencies={"first": Provide(provider, sync_to_thread=False)})


REQUESTS = [{"method": "GET", "url": "/x"}]
