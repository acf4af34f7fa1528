"""Annotations naming framework types imported only under TYPE_CHECKING resolve (default signature namespace)."""
# ruff: noqa: F821

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar import Litestar, get, websocket_listener
from litestar.datastructures import State as AppState

if TYPE_CHECKING:
    from litestar import Request, WebSocket
    from litestar.datastructures import State


@get("/state", sync_to_thread=False)
def read_state(state: State, request: Request) -> dict[str, Any]:
    return {"count": state.count, "path": request.url.path}


@get("/headers", sync_to_thread=False)
def read_headers(request: Request[Any, Any, State], token: Optional[str] = None) -> dict[str, Optional[str]]:
    return {"x-a": request.headers.get("x-a"), "token": token}


@websocket_listener("/ws")
async def echo(data: str, socket: WebSocket) -> str:
    return data + socket.url.path


app = Litestar([read_state, read_headers, echo], state=AppState({"count": 3}))
REQUESTS = [
    {"method": "GET", "url": "/state"},
    {"method": "GET", "url": "/headers", "headers": {"x-a": "1"}},
]
WEBSOCKETS = [{"url": "/ws", "steps": [["send_text", "hi"], ["receive_text"]]}]
