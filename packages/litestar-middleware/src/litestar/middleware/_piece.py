"""The entry point of litestar-middleware: how core gets the app's built-in middleware.

Core calls :meth:`MiddlewarePiece.app_features` once per app (see core's
``litestar.middleware._features``); everything here runs at startup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.middleware.base import DefineMiddleware

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Middleware

__all__ = ("AppFeatures", "MiddlewarePiece")


class AppFeatures:
    """The middleware an app's options ask for, resolved once."""

    __slots__ = ("_app", "_cors", "route_middleware")

    def __init__(self, app: Any) -> None:
        """Resolve the app's ``allowed_hosts``, ``csrf_config``, ``compression_config`` and ``cors_config``.

        Args:
            app: The application being built.
        """
        self._app = app
        self.route_middleware: list[Middleware] = []
        allowed_hosts = app.allowed_hosts
        if allowed_hosts:
            from litestar.config.allowed_hosts import AllowedHostsConfig
            from litestar.middleware.allowed_hosts import AllowedHostsMiddleware

            if not isinstance(allowed_hosts, AllowedHostsConfig):
                allowed_hosts = app.allowed_hosts = AllowedHostsConfig(allowed_hosts=list(allowed_hosts))
            self.route_middleware.append(DefineMiddleware(AllowedHostsMiddleware, config=allowed_hosts))
        if app.csrf_config:
            from litestar.middleware.csrf import CSRFMiddleware

            self.route_middleware.append(DefineMiddleware(CSRFMiddleware, config=app.csrf_config))
        if app.compression_config:
            self.route_middleware.append(app.compression_config.middleware)
        self._cors = app.cors_config

    def wrap_app(self, app: ASGIApp) -> ASGIApp | None:
        """Wrap the app's router in the CORS middleware, if CORS is configured.

        Args:
            app: The router.

        Returns:
            The wrapped app, or ``None``.
        """
        if not self._cors:
            return None
        from litestar.middleware.cors import CORSMiddleware

        return CORSMiddleware(app=app, config=self._cors)

    def cache_middleware(self, handler: Any) -> Middleware:
        """Return the response cache middleware of a handler declaring ``cache=``.

        Args:
            handler: The route handler.

        Returns:
            The middleware definition.
        """
        from litestar.config.response_cache import ResponseCacheConfig
        from litestar.middleware.response_cache import ResponseCacheMiddleware

        config = self._app.response_cache_config
        if not isinstance(config, ResponseCacheConfig):
            config = self._app.response_cache_config = ResponseCacheConfig()
        return DefineMiddleware(ResponseCacheMiddleware, config=config)


class MiddlewarePiece:
    """The ``litestar.plugins`` entry point object of litestar-middleware."""

    @staticmethod
    def app_features(app: Any) -> AppFeatures:
        """Resolve the built-in middleware options of ``app``.

        Args:
            app: The application being built.

        Returns:
            The features.
        """
        return AppFeatures(app)
