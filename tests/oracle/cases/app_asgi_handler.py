"""Integrations that wrap ``app.asgi_handler`` (as setup_dishka does) see every HTTP/WebSocket connection."""

from typing import Any

from litestar import Litestar, Request, get, websocket_listener


@get("/", sync_to_thread=False)
def index(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return {"marker": request.scope.get("marker"), "seen": request.app.state.seen}


@websocket_listener("/ws")
async def echo(data: str) -> str:
    return data


def create_app() -> Litestar:
    app = Litestar([index, echo])
    app.state.seen = []
    inner = app.asgi_handler

    async def wrapper(scope: Any, receive: Any, send: Any) -> None:
        app.state.seen.append([scope["type"], scope["app"] is app, "state" in scope])
        scope["marker"] = "wrapped"

        async def tagged_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message["headers"], (b"x-wrapped", b"1")]
            await send(message)

        await inner(scope, receive, tagged_send)

    app.asgi_handler = wrapper
    return app


REQUESTS = [
    {"method": "GET", "url": "/"},
    {"method": "GET", "url": "/missing"},
    {"method": "GET", "url": "/"},
]
WEBSOCKETS = [{"url": "/ws", "steps": [["send_text", "hi"], ["receive_text"]]}]
