"""``ASGIRoute``: a path served by a plain ASGI application (optionally a mount)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.enums import ScopeType
from litestar.routes.base import BaseRoute

if TYPE_CHECKING:
    from litestar.handlers.asgi_handlers import ASGIRouteHandler
    from litestar.types import Receive, Scope, Send

__all__ = ("ASGIRoute",)


class ASGIRoute(BaseRoute):
    """A route whose handler is an ASGI app, called for every method and scope type."""

    __slots__ = ("route_handler",)

    def __init__(self, *, path: str, route_handler: ASGIRouteHandler) -> None:
        super().__init__(
            handler_names=[route_handler.handler_name],
            path=path,
            scope_type=ScopeType.ASGI,
        )
        self.route_handler = route_handler

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Call the handler's ASGI app."""
        app: Any = getattr(self.route_handler, "_asgi_app", None) or self.route_handler.fn
        await app(scope, receive, send)
