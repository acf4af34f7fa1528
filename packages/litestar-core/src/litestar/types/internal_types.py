"""Types used between the framework's own modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from litestar.controller import Controller
    from litestar.handlers.asgi_handlers import ASGIRouteHandler
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
    from litestar.router import Router
    from litestar.types.asgi_types import Method

__all__ = (
    "ControllerRouterHandler",
    "PathParameterDefinition",
    "ReservedKwargs",
    "RouteHandlerMapItem",
    "RouteHandlerType",
)

ReservedKwargs: TypeAlias = Literal["request", "socket", "headers", "query", "cookies", "state", "data"]
"""Handler parameter names with a reserved meaning."""
RouteHandlerType: TypeAlias = "HTTPRouteHandler | WebsocketRouteHandler | ASGIRouteHandler"
ControllerRouterHandler: TypeAlias = "type[Controller] | RouteHandlerType | Router | Callable[..., Any]"
RouteHandlerMapItem: TypeAlias = 'dict[Method | Literal["websocket", "asgi"], RouteHandlerType]'


class PathParameterDefinition(NamedTuple):
    """A parsed ``{name:type}`` path parameter."""

    name: str
    full: str
    type: type
    parser: Callable[[str], Any] | None
