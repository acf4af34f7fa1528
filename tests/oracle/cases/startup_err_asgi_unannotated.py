"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, asgi


@asgi("/mount")
async def h(scope, receive, send) -> None: ...
def create_app():
    return Litestar([h])


REQUESTS = []
