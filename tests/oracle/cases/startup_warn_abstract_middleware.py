"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get
from litestar.middleware import AbstractMiddleware


class M(AbstractMiddleware):
    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)


@get("/", sync_to_thread=False)
def h() -> str:
    return "x"


def create_app():
    return Litestar([h], middleware=[M])


REQUESTS = [{"method": "GET", "url": "/"}]
