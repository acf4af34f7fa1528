"""``WebSocketRoute``: a path served by one WebSocket handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.enums import ScopeType
from litestar.routes.base import BaseRoute

if TYPE_CHECKING:
    from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
    from litestar.types.asgi_types import Scope

__all__ = ("WebSocketRoute",)


class WebSocketRoute(BaseRoute):
    """A route whose handler serves WebSocket connections.

    The app compiles the handler (argument plan, guards, middleware) when it is
    registered and dispatches matching ``websocket`` scopes straight to the result;
    :meth:`~litestar.routes.BaseRoute.handle` calls the same compiled app.
    """

    __slots__ = ("handler_parameter_model", "route_handler")

    def __init__(self, *, path: str, route_handler: WebsocketRouteHandler) -> None:
        """Initialise the route.

        Args:
            path: The path template.
            route_handler: The handler serving the path.
        """
        super().__init__(
            handler_names=[route_handler.handler_name],
            path=path,
            scope_type=ScopeType.WEBSOCKET,
        )
        self.route_handler = route_handler
        self.handler_parameter_model: Any = None
        """The handler's compiled argument plan, set once the app compiles the handler."""

    def _served_key(self, scope: Scope) -> str:
        return "websocket"
