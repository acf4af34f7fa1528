"""Aliases naming the concrete route handler classes (re-exported by ``litestar.types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from typing import Literal

    from litestar.handlers.asgi_handlers import ASGIRouteHandler
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
    from litestar.types.asgi_types import Method

__all__ = ("RouteHandlerMapItem", "RouteHandlerType")

RouteHandlerType: TypeAlias = "HTTPRouteHandler | WebsocketRouteHandler | ASGIRouteHandler"
RouteHandlerMapItem: TypeAlias = 'dict[Method | Literal["websocket", "asgi"], RouteHandlerType]'
