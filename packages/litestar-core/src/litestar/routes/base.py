"""``BaseRoute``: a path template with the handlers registered on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar._routing._path import PathParameter, parse_path_template
from litestar.utils.path import normalize_path

if TYPE_CHECKING:
    from litestar.enums import ScopeType
    from litestar.handlers.base import BaseRouteHandler
    from litestar.types.asgi_types import ASGIApp, Method, Receive, Scope, Send

__all__ = ("BaseRoute",)


class BaseRoute:
    """A normalised path, its parsed components and the handlers that serve it."""

    __slots__ = (
        "app",
        "handler_names",
        "methods",
        "path",
        "path_components",
        "path_format",
        "path_parameters",
        "scope_type",
    )

    def __init__(
        self,
        *,
        handler_names: list[str],
        path: str,
        scope_type: ScopeType,
        methods: list[Method] | None = None,
    ) -> None:
        self.path = normalize_path(path)
        self.handler_names = handler_names
        self.scope_type = scope_type
        self.methods = set(methods or ())
        self.path_components: list[str | PathParameter] = parse_path_template(self.path)
        self.path_parameters: dict[str, PathParameter] = {
            c.name: c for c in self.path_components if isinstance(c, PathParameter)
        }
        self.path_format = "/" + "/".join(
            f"{{{c.name}}}" if isinstance(c, PathParameter) else c for c in self.path_components
        )
        self.app: Any = None

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one connection with the ASGI app the app compiled for its handler.

        There is one dispatch engine (the app's routing table); a route only finds the
        handler for ``scope`` and calls what the app compiled for it.

        Raises:
            ImproperlyConfiguredException: If the handler is not registered on an app.
        """
        await self._compiled_app(self._handler_for(scope))(scope, receive, send)

    def _handler_for(self, scope: Scope) -> BaseRouteHandler:
        raise NotImplementedError  # pragma: no cover

    def _compiled_app(self, handler: BaseRouteHandler) -> ASGIApp:
        app = handler._asgi_app
        if app is None:
            from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

            raise ImproperlyConfiguredException(
                f"{handler!r} is not compiled: register it on a Litestar app first."
            )
        return app

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path} {sorted(self.methods)}>"
