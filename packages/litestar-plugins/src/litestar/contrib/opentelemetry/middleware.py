"""``OpenTelemetryInstrumentationMiddleware``: a server span per connection.

It runs the ``opentelemetry-instrumentation-asgi`` middleware, which records the
semantic HTTP attributes (method, route, status code, URL, peer...) and the request
metrics, with the app's exclusion rules in front of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.exceptions import MissingDependencyException
from litestar.middleware.base import AbstractMiddleware

try:
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
    from opentelemetry.util.http import get_excluded_urls
except ImportError as exc:
    if exc.name is None or not exc.name.startswith("opentelemetry"):
        raise
    raise MissingDependencyException(
        "opentelemetry", "opentelemetry-instrumentation-asgi", "opentelemetry"
    ) from exc

if TYPE_CHECKING:
    from litestar.contrib.opentelemetry.config import OpenTelemetryConfig
    from litestar.types import ASGIApp, Receive, Scope, Send

__all__ = ("OpenTelemetryInstrumentationMiddleware",)


class OpenTelemetryInstrumentationMiddleware(AbstractMiddleware):
    """Trace each connection with the OpenTelemetry ASGI instrumentation."""

    __slots__ = ("open_telemetry_middleware",)

    def __init__(self, app: ASGIApp, config: OpenTelemetryConfig) -> None:
        """Create the middleware.

        Args:
            app: The next ASGI app.
            config: The OpenTelemetry configuration.
        """
        super().__init__(
            app=app, scopes=config.scopes, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key
        )
        self.open_telemetry_middleware = OpenTelemetryMiddleware(
            app=app,
            client_request_hook=config.client_request_hook_handler,  # type: ignore[arg-type]
            client_response_hook=config.client_response_hook_handler,  # type: ignore[arg-type]
            default_span_details=config.scope_span_details_extractor,
            excluded_urls=get_excluded_urls(config.exclude_urls_env_key),
            meter=config.meter,
            meter_provider=config.meter_provider,
            server_request_hook=config.server_request_hook_handler,
            tracer_provider=config.tracer_provider,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Trace one connection.

        Args:
            scope: The ASGI scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        await self.open_telemetry_middleware(scope, receive, send)  # type: ignore[arg-type]
