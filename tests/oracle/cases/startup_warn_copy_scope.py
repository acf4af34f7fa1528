"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, asgi
from litestar.response.base import ASGIResponse
from litestar.types import Receive, Scope, Send


@asgi("/mount", is_mount=True)
async def m(scope: Scope, receive: Receive, send: Send) -> None:
    scope["path"] = "/changed"
    await ASGIResponse(body=b"ok")(scope, receive, send)


def create_app():
    return Litestar([m])


REQUESTS = [{"method": "GET", "url": "/mount/x"}]
