"""Calls the type checkers must reject; `tests/typing/test_mypy.py` checks each marked line fails.

Every line ending in `# expect-error` must produce an error; no other line may.
"""

from __future__ import annotations

from typing import Any

from litestar import (
    Controller,
    Litestar,
    Request,
    Router,
    WebSocket,
    asgi,
    delete,
    get,
    head,
    post,
    route,
    websocket,
    websocket_listener,
)
from litestar.connection import ASGIConnection
from litestar.datastructures import Headers
from litestar.handlers import WebsocketListener, websocket_stream


async def check(request: Request[Any, Any, Any]) -> None:
    """Guard the handler (a correct guard signature is not needed for these checks)."""


async def check_guard(connection: ASGIConnection[Any, Any, Any, Any], handler: Any) -> None:
    """A guard with the signature guards must have."""


@get("/ok", status_code=200, guards=[], cache=True, sync_to_thread=False, tags=["a"])
def ok() -> None: ...


@post("/ok", media_type="text/plain", include_in_schema=False, name="n")
async def ok_post() -> str:
    return "x"


get("/bad", status_code="200")  # expect-error
get("/bad", guard=[])  # expect-error
post("/bad", sync_to_thread="yes")  # expect-error
post("/bad", name=1)  # expect-error


def headers_get(headers: Headers) -> str:
    return headers.get("a")  # expect-error


class GoodController(Controller):
    path = "/c"
    guards = [check_guard]
    tags = ["a"]
    include_in_schema = False
    request_max_body_size = None


class BadGuardsController(Controller):
    guards = 3  # expect-error


class BadPathController(Controller):
    path = 1  # expect-error


class BadDependenciesController(Controller):
    dependencies = ["x"]  # expect-error


Router("/r", route_handlers=[ok], guards=[check_guard], tags=["a"])
Router("/r", route_handlers=[ok], guards=3)  # expect-error
Router("/r", route_handlers=[ok], include_in_schema="no")  # expect-error
Router("/r", route_handlers=[ok], request_max_body_size="10")  # expect-error
Router("/r", route_handlers=[ok], middleware=1)  # expect-error
Router("/r", route_handlers=[ok], parameters=1)  # expect-error


@websocket("/ws", guards=[check_guard], name="ws")
async def ws_ok(socket: WebSocket[Any, Any, Any]) -> None: ...


websocket("/ws", guards=3)  # expect-error
websocket("/ws", name=1)  # expect-error
websocket_listener("/ws", receive_mode="bytes")  # expect-error
websocket_listener("/ws", guards=3)  # expect-error
websocket_stream("/ws", mode="json")  # expect-error
websocket_stream("/ws", listen_for_disconnect="yes")  # expect-error


class GoodListener(WebsocketListener):
    path = "/l"
    receive_mode = "binary"

    async def on_receive(self, data: str) -> str:
        return data


class BadListener(WebsocketListener):
    receive_mode = "json"  # expect-error

    async def on_receive(self, data: str) -> str:
        return data


get("/bad", guards=3)  # expect-error
delete("/bad", status_code="204")  # expect-error
head("/bad", response_headers=3)  # expect-error
route("/r", http_method=["GET"], status_code="200")  # expect-error
route("/r", http_method=["GET"], guards=3)  # expect-error
asgi("/a", is_mount="yes")  # expect-error
asgi("/a", guards=3)  # expect-error
Litestar([], debug="yes")  # expect-error
Litestar([], guards=3)  # expect-error
Litestar([], request_max_body_size="1")  # expect-error
