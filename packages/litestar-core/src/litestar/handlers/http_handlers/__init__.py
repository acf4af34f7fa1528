"""HTTP route handlers and their method decorators."""

from __future__ import annotations

from litestar.handlers.http_handlers.base import HTTPRouteHandler, route
from litestar.handlers.http_handlers.decorators import delete, get, head, patch, post, put

__all__ = ("HTTPRouteHandler", "delete", "get", "head", "patch", "post", "put", "route")
