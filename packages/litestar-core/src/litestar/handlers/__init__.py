"""Route handlers: HTTP, WebSocket and ASGI.

The WebSocket handlers are imported on first access (PEP 562), so HTTP-only apps do not
load them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from litestar.handlers.asgi_handlers import ASGIRouteHandler, asgi
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.http_handlers.base import HTTPRouteHandler, route
from litestar.handlers.http_handlers.decorators import delete, get, head, patch, post, put

if TYPE_CHECKING:
    from litestar.handlers.websocket_handlers.listener import (
        WebsocketListener,
        WebsocketListenerRouteHandler,
        websocket_listener,
    )
    from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler, websocket
    from litestar.handlers.websocket_handlers.stream import send_websocket_stream, websocket_stream

__all__ = (
    "ASGIRouteHandler",
    "BaseRouteHandler",
    "HTTPRouteHandler",
    "WebsocketListener",
    "WebsocketListenerRouteHandler",
    "WebsocketRouteHandler",
    "asgi",
    "delete",
    "get",
    "head",
    "patch",
    "post",
    "put",
    "route",
    "send_websocket_stream",
    "websocket",
    "websocket_listener",
    "websocket_stream",
)

_WEBSOCKET_NAMES = frozenset(
    {
        "WebsocketListener",
        "WebsocketListenerRouteHandler",
        "WebsocketRouteHandler",
        "send_websocket_stream",
        "websocket",
        "websocket_listener",
        "websocket_stream",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _WEBSOCKET_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module("litestar.handlers.websocket_handlers"), name)
    globals()[name] = value
    return value
