"""``WebSocketRoute``: a path served by one WebSocket handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.enums import ScopeType
from litestar.routes.base import BaseRoute

if TYPE_CHECKING:
    from litestar.types import Receive, Send, WebSocketScope

__all__ = ("WebSocketRoute",)


class WebSocketRoute(BaseRoute):
    """A route whose handler serves WebSocket connections."""

    __slots__ = ("handler_parameter_model", "route_handler")

    def __init__(self, *, path: str, route_handler: Any) -> None:
        super().__init__(
            handler_names=[route_handler.handler_name],
            path=path,
            scope_type=ScopeType.WEBSOCKET,
        )
        self.route_handler = route_handler
        self.handler_parameter_model: Any = None

    async def handle(self, scope: WebSocketScope, receive: Receive, send: Send) -> None:  # type: ignore[override]
        """Call the handler's compiled app."""
        await self.route_handler._asgi_app(scope, receive, send)  # noqa: SLF001
