"""``BaseRoute``: a path template with the handlers registered on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar._routing._path import PathParameter, parse_path_template
from litestar.utils.path import normalize_path

if TYPE_CHECKING:
    from litestar.enums import ScopeType
    from litestar.types.asgi_types import ASGIApp, Method, Receive, Scope, Send

__all__ = ("BaseRoute", "handle_is_replaced")


class BaseRoute:
    """A normalised path, its parsed components and the handlers that serve it."""

    __slots__ = (
        "_served",
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
        self._served: dict[str, ASGIApp] = {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one connection with the handler the app compiled for it.

        As in 2.17 this is the innermost step: the handler's middleware has already run
        and exceptions raised here go to the app's exception handlers. While it is the
        original method the app calls the compiled handler directly; an integration
        that replaces it on the class (sentry patches ``HTTPRoute.handle``) is called
        instead, for routes registered after the replacement (see :func:`handle_is_replaced`),
        and is expected to call the original, which serves as the app would have.

        Raises:
            ImproperlyConfiguredException: If the route is not registered on an app.
        """
        app = self._served.get(self._served_key(scope))
        if app is None:
            app = self._unserved(scope)
        await app(scope, receive, send)

    def _served_key(self, scope: Scope) -> str:
        """Which compiled app of this route serves ``scope``."""
        raise NotImplementedError  # pragma: no cover

    def _unserved(self, scope: Scope) -> ASGIApp:
        """The app for a ``scope`` this route has no compiled app for (an error here)."""
        from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

        raise ImproperlyConfiguredException(f"{self!r} is not compiled: register it on a Litestar app first.")

    def _serve_with(self, key: str, app: ASGIApp) -> None:
        """Record ``app``, a handler compiled by the app, as what serves ``key`` here.

        Args:
            key: The HTTP method it serves, or the handler kind (``websocket``, ``asgi``).
            app: The handler's terminal ASGI app (no middleware around it).
        """
        self._served[key] = app

    def _serves(self, key: str) -> bool:
        """Whether a compiled app serves ``key`` (see :meth:`_serve_with`)."""
        return key in self._served

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path} {sorted(self.methods)}>"


_ORIGINAL_HANDLE = BaseRoute.handle


def handle_is_replaced(route: BaseRoute) -> bool:
    """Whether ``handle`` was replaced on ``route``'s class (sentry patches ``HTTPRoute.handle``).

    The app asks when it registers a handler on ``route``, as 2.17 decides it: a
    replaced ``handle`` becomes the innermost app of the routes registered after the
    replacement (inside the handler's middleware); requests to routes registered before
    it never see it. While ``handle`` is the original, requests do not go through it.
    """
    return type(route).handle is not _ORIGINAL_HANDLE
