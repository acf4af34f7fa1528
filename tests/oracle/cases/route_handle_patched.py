"""Integrations replace ``HTTPRoute.handle`` (sentry-sdk does): every routed request goes through it.

The replacement is installed before the app is built (as ``sentry_sdk.init`` usually is);
``handle`` runs inside the handler's middleware and outside its exception handling, and is
not reached for 404/405. WebSocket routes are patched too. (route_handle_patched_late.py:
a replacement installed after the app is built.)
"""

from typing import Any

from litestar import Litestar, Router, get, post, websocket_listener
from litestar.routes import HTTPRoute, WebSocketRoute

LOG: list[Any] = []


class Tag:
    """Middleware of the ``/mw`` router, so both the plain and the middleware path are seen."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        LOG.append(["mw", scope["path"]])
        await self.app(scope, receive, send)


@get("/items/{item_id:int}", name="item", sync_to_thread=False)
def item(item_id: int) -> dict[str, int]:
    LOG.append(["handler", item_id])
    return {"item_id": item_id}


@post("/boom", sync_to_thread=False)
def boom() -> None:
    raise ValueError("boom")


@get("/log", sync_to_thread=False)
def log() -> list[Any]:
    return LOG


@websocket_listener("/ws")
async def echo(data: str) -> str:
    return data


def _patch(cls: Any) -> Any:
    """Replace ``cls.handle``; return what puts the original back (at shutdown: the
    oracle's test run imports every CASE in one process)."""
    original = cls.handle

    async def handle(self: Any, scope: Any, receive: Any, send: Any) -> None:
        handler = scope["route_handler"]
        LOG.append(["handle", type(self).__name__, self.path, scope["path_params"], handler.name])
        try:
            await original(self, scope, receive, send)
        except Exception as exc:
            LOG.append(["raised", type(exc).__name__])
            raise

    cls.handle = handle

    def restore() -> None:
        cls.handle = original

    return restore


def create_app() -> Litestar:
    restore = [_patch(HTTPRoute), _patch(WebSocketRoute)]
    return Litestar(
        [item, boom, log, echo, Router("/mw", route_handlers=[item, boom], middleware=[Tag])],
        openapi_config=None,
        on_shutdown=restore,
    )


REQUESTS = [
    {"method": "GET", "url": "/items/1"},
    {"method": "GET", "url": "/mw/items/2"},
    {"method": "POST", "url": "/boom"},
    {"method": "POST", "url": "/mw/boom"},
    {"method": "GET", "url": "/items/x"},
    {"method": "GET", "url": "/nope"},
    {"method": "OPTIONS", "url": "/mw/items/3"},
    {"method": "GET", "url": "/log"},
]
WEBSOCKETS = [{"url": "/ws", "steps": [["send_text", "hi"], ["receive_text"]]}]
