"""Route handlers: HTTP, WebSocket and ASGI.

The WebSocket handlers are imported on first access (PEP 562), so HTTP-only apps do not
load them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from litestar.handlers.asgi_handlers import ASGIRouteHandler, asgi
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.http_handlers import HTTPRouteHandler, delete, get, head, patch, post, put, route

if TYPE_CHECKING:
    from litestar.handlers.websocket_handlers import (
        WebsocketListener,
        WebsocketListenerRouteHandler,
        WebsocketRouteHandler,
        send_websocket_stream,
        websocket,
        websocket_listener,
        websocket_stream,
    )

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
