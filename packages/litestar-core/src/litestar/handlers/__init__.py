"""Route handlers: HTTP, WebSocket and ASGI."""

from litestar.handlers.asgi_handlers import ASGIRouteHandler, asgi
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.http_handlers import HTTPRouteHandler, delete, get, head, patch, post, put, route
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
