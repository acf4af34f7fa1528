"""``ASGIRoute``: a path served by a plain ASGI application (optionally a mount)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.enums import ScopeType
from litestar.routes.base import BaseRoute

if TYPE_CHECKING:
    from litestar.handlers.asgi_handlers import ASGIRouteHandler
    from litestar.types.asgi_types import ASGIApp, Scope

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

    def _served_key(self, scope: Scope) -> str:
        return "asgi"

    def _unserved(self, scope: Scope) -> ASGIApp:
        # Before registration the handler's own ASGI app serves: it needs no compilation.
        app: ASGIApp = self.route_handler.fn
        return app
