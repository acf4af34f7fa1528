"""What core asks of the middleware piece for the app's built-in middleware options.

``Litestar(cors_config=..., csrf_config=..., allowed_hosts=..., compression_config=...)``
and ``cache=`` on route handlers are implemented by the ``litestar-middleware``
distribution. Core reaches it only through :func:`litestar._discovery.require_piece`
and the small protocol below, decided once at startup:

- :attr:`AppMiddlewareFeatures.route_middleware` is put outside every handler's own
  middleware (allowed hosts, CSRF, compression);
- :meth:`AppMiddlewareFeatures.wrap_app` wraps the whole application (CORS, which must
  also answer 404s, 405s and preflight requests for paths without an OPTIONS handler);
- :meth:`AppMiddlewareFeatures.cache_middleware` is the innermost middleware of a
  handler declaring ``cache=``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from litestar._scope_keys import EDGE_PASSED

if TYPE_CHECKING:
    from litestar.middleware.base import Middleware
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send

__all__ = (
    "FEATURE_OPTIONS",
    "AppMiddlewareFeatures",
    "MiddlewarePieceProtocol",
    "build_edge",
    "cache_features",
    "handler_middleware",
    "load_app_features",
)

FEATURE_OPTIONS = ("allowed_hosts", "compression_config", "cors_config", "csrf_config")
"""App options implemented by the middleware piece (besides handler ``cache=``)."""


class AppMiddlewareFeatures(Protocol):
    """The middleware an app gets from its built-in options, resolved at startup."""

    route_middleware: list[Middleware]
    """Middleware placed outside the middleware of every route handler."""

    def wrap_app(self, app: ASGIApp) -> ASGIApp | None:
        """Return ``app`` wrapped in the application-wide middleware, or ``None`` for none."""

    def cache_middleware(self, handler: Any) -> Middleware:
        """Return the response cache middleware of a handler that sets ``cache``."""


class MiddlewarePieceProtocol(Protocol):
    """The entry point object of the middleware piece."""

    def app_features(self, app: Any) -> AppMiddlewareFeatures:
        """Resolve the app's built-in middleware options (called once, at startup)."""


def load_app_features(app: Any, options: Any) -> AppMiddlewareFeatures | None:
    """Load the middleware piece if any built-in middleware option is set.

    Args:
        app: The application being built.
        options: Its :class:`~litestar.config.app.AppConfig`.

    Returns:
        The resolved features, or ``None`` when no option asks for them.
    """
    if not any(getattr(options, name, None) for name in FEATURE_OPTIONS):
        return None
    from litestar._discovery import require_feature

    option = next(name for name in FEATURE_OPTIONS if getattr(options, name, None))
    piece: MiddlewarePieceProtocol = require_feature(option)
    return piece.app_features(app)


def cache_features(app: Any) -> AppMiddlewareFeatures:
    """Return the app's features for a handler declaring ``cache=`` (loading the piece if needed).

    Args:
        app: The application.

    Returns:
        The features.
    """
    features: AppMiddlewareFeatures | None = app._middleware_features
    if features is None:
        from litestar._discovery import require_piece

        piece: MiddlewarePieceProtocol = require_piece("middleware", feature="cache=")
        features = app._middleware_features = piece.app_features(app)
    return features


def build_edge(app: Any, features: AppMiddlewareFeatures | None) -> ASGIApp | None:
    """Wrap the app's router in the application-wide middleware, if there is any.

    The innermost app marks the scope and re-enters the app's dispatcher, which then
    routes instead of calling the wrapper again.

    Args:
        app: The application.
        features: Its resolved middleware features.

    Returns:
        The wrapped app, or ``None``.
    """
    if features is None:
        return None
    dispatch = type(app)._dispatch

    async def routed(scope: Scope, receive: Receive, send: Send) -> None:
        scope[EDGE_PASSED] = app  # type: ignore[typeddict-unknown-key]
        await dispatch(app, scope, receive, send)

    return features.wrap_app(routed)


def handler_middleware(app: Any, handler: Any) -> list[Middleware]:
    """The middleware stack of ``handler``: the app's built-in middleware outermost, response cache innermost.

    Args:
        app: The application (``None``: found by walking the handler's owners).
        handler: The route handler being compiled.

    Returns:
        The middleware definitions, outermost first.
    """
    if app is None:
        app = handler.owner
        while getattr(app, "owner", None) is not None:
            app = app.owner
    middleware: list[Middleware] = handler.resolve_middleware()
    features: AppMiddlewareFeatures | None = getattr(app, "_middleware_features", None)
    if getattr(handler, "cache", False):
        features = cache_features(app)
        middleware = [*middleware, features.cache_middleware(handler)]
    if features is not None and features.route_middleware:
        middleware = [*features.route_middleware, *middleware]
    return middleware
