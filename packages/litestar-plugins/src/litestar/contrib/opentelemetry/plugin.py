"""``OpenTelemetryPlugin``: trace every connection of the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.contrib.opentelemetry.config import OpenTelemetryConfig
from litestar.plugins import InitPlugin

if TYPE_CHECKING:
    from litestar.config.app import AppConfig
    from litestar.middleware.base import DefineMiddleware

__all__ = ("OpenTelemetryPlugin",)


class OpenTelemetryPlugin(InitPlugin):
    """Add the OpenTelemetry middleware as the outermost app middleware."""

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
        """The middleware the plugin adds (created once)."""
        if self._middleware is None:
            self._middleware = self.config.middleware
        return self._middleware

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Put the middleware first, so the span covers every other middleware.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.
        """
        app_config.middleware.insert(0, self.middleware)
        return app_config
