"""Route handlers: HTTP, WebSocket and ASGI."""

from litestar.handlers.asgi_handlers import ASGIRouteHandler, asgi
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.http_handlers import HTTPRouteHandler, delete, get, head, patch, post, put, route

__all__ = (
    "ASGIRouteHandler",
    "BaseRouteHandler",
    "HTTPRouteHandler",
    "asgi",
    "delete",
    "get",
    "head",
    "patch",
    "post",
    "put",
    "route",
)
