"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, asgi, get
from litestar.types import Receive, Scope, Send


@asgi("/a", is_mount=True)
async def m(scope: Scope, receive: Receive, send: Send) -> None: ...
@get("/a", sync_to_thread=False)
def h() -> str:
    return "x"


def create_app():
    return Litestar([m, h])


REQUESTS = []
