"""``OpenTelemetryPlugin``: trace every connection of the app, unrouted ones included."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from litestar.contrib.opentelemetry.config import OpenTelemetryConfig
from litestar.contrib.opentelemetry.middleware import OpenTelemetryInstrumentationMiddleware
from litestar.plugins import InitPlugin

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from litestar.app import Litestar
    from litestar.config.app import AppConfig
    from litestar.middleware.base import DefineMiddleware

__all__ = ("OpenTelemetryPlugin",)


def _is_instrumentation(middleware: Any) -> bool:
    target = getattr(middleware, "middleware", middleware)
    return isinstance(target, type) and issubclass(target, OpenTelemetryInstrumentationMiddleware)


class OpenTelemetryPlugin(InitPlugin):
    """Wrap the app's ``asgi_handler`` in the OpenTelemetry middleware.

    The span of a connection then covers everything the app does with it: routing
    (404 and 405 answers are traced too), every middleware and the handler. An
    instrumentation middleware also listed in the app's ``middleware`` is removed, so
    connections are not traced twice.
    """

    __slots__ = ("_middleware", "config")

    def __init__(self, config: OpenTelemetryConfig | None = None) -> None:
        """Configure the plugin.

        Args:
            config: The configuration; the global tracer and meter providers by default.
        """
        self.config = config or OpenTelemetryConfig()
        self._middleware: DefineMiddleware | None = None

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware definition of this configuration (created once)."""
        if self._middleware is None:
            self._middleware = self.config.middleware
        return self._middleware

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Instrument the app when it starts.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.
        """
        app_config.middleware = [m for m in app_config.middleware if not _is_instrumentation(m)]
        app_config.lifespan.insert(0, self._instrument)
        return app_config

    @asynccontextmanager
    async def _instrument(self, app: Litestar) -> AsyncIterator[None]:
        if not isinstance(app.asgi_handler, OpenTelemetryInstrumentationMiddleware):
            app.asgi_handler = self.config.middleware_class(app=app.asgi_handler, config=self.config)
        yield
