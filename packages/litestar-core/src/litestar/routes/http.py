"""``HTTPRoute``: the HTTP handlers of one path, keyed by method."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.enums import ScopeType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException, MethodNotAllowedException
from litestar.routes.base import BaseRoute

if TYPE_CHECKING:
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.types.asgi_types import ASGIApp, Scope

__all__ = ("HTTPRoute",)


class HTTPRoute(BaseRoute):
    """All HTTP handlers registered on one path, plus the automatic OPTIONS handler."""

    __slots__ = ("route_handler_map", "route_handlers")

    def __init__(self, *, path: str, route_handlers: list[HTTPRouteHandler]) -> None:
        methods = sorted({m for h in route_handlers for m in h.http_methods})
        super().__init__(
            handler_names=[h.handler_name for h in route_handlers],
            path=path,
            scope_type=ScopeType.HTTP,
            methods=methods,  # type: ignore[arg-type]
        )
        self.route_handlers = list(route_handlers)
        self.route_handler_map: dict[str, HTTPRouteHandler] = {}
        self.create_handler_map()

    def create_handler_map(self) -> None:
        """Map each method to its handler; two handlers for one method is an error."""
        self.route_handler_map = {}
        for handler in self.route_handlers:
            for method in handler.http_methods:
                existing = self.route_handler_map.get(method)
                if existing is not None and existing is not handler:
                    raise ImproperlyConfiguredException(
                        f"Duplicate route: {method} {self.path} is served by both {existing.location} "
                        f"and {handler.location}. Remove one, or give them different paths or methods."
                    )
                self.route_handler_map[method] = handler
        self.methods = set(self.route_handler_map)  # type: ignore[arg-type]
        if "OPTIONS" not in self.route_handler_map:
            self.methods.add("OPTIONS")

    def add_handler(self, handler: HTTPRouteHandler) -> None:
        """Add another handler to this path (checked for duplicate methods)."""
        self.route_handlers.append(handler)
        self.handler_names.append(handler.handler_name)
        self.create_handler_map()

    def create_options_handler(self, path: str) -> HTTPRouteHandler:
        """Build the automatic ``OPTIONS`` handler answering 204 with ``Allow``."""
        from litestar.handlers.http_handlers.base import HTTPRouteHandler
        from litestar.response.base import Response

        allow = ", ".join(sorted(self.methods | {"OPTIONS"}))

        async def options_handler() -> Response[None]:
            return Response(content=None, status_code=204, headers={"Allow": allow})

        handler = HTTPRouteHandler(
            path=path, http_method=["OPTIONS"], include_in_schema=False, sync_to_thread=False
        )
        handler(options_handler)
        handler._is_auto_options = True
        return handler

    def _served_key(self, scope: Scope) -> str:
        return scope["method"]  # type: ignore[typeddict-item]

    def _unserved(self, scope: Scope) -> ASGIApp:
        if self._served:
            raise MethodNotAllowedException()
        return super()._unserved(scope)
