"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get
from litestar.middleware.base import ASGIMiddleware


class M(ASGIMiddleware):
    exclude_path_pattern = (".*",)

    async def handle(self, scope, receive, send, next_app) -> None:
        await next_app(scope, receive, send)


@get("/", sync_to_thread=False)
def h() -> str:
    return "x"


def create_app():
    return Litestar([h], middleware=[M()])


REQUESTS = [{"method": "GET", "url": "/"}]
