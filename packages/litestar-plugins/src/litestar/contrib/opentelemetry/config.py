"""``OpenTelemetryConfig``: tracer/meter providers, hooks and exclusions of the middleware."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from litestar.contrib.opentelemetry._utils import get_route_details_from_scope
from litestar.contrib.opentelemetry.middleware import OpenTelemetryInstrumentationMiddleware
from litestar.exceptions import MissingDependencyException
from litestar.middleware.base import DefineMiddleware

try:
    import opentelemetry  # noqa: F401
except ImportError as exc:  # pragma: no cover - the middleware module fails first
    raise MissingDependencyException(
        "opentelemetry", "opentelemetry-instrumentation-asgi", "opentelemetry"
    ) from exc

if TYPE_CHECKING:
    from litestar.types import Scope, Scopes

    from opentelemetry.metrics import Meter, MeterProvider
    from opentelemetry.trace import Span, TracerProvider

__all__ = ("OpenTelemetryConfig", "OpenTelemetryHookHandler")

OpenTelemetryHookHandler = Callable[["Span", dict[Any, Any]], None]
"""``(span, scope_or_message) -> None``: a hook of the ASGI instrumentation."""


@dataclass
class OpenTelemetryConfig:
    """Configure the OpenTelemetry instrumentation (through :class:`OpenTelemetryPlugin`)."""

    scope_span_details_extractor: Callable[[Scope], tuple[str, dict[str, Any]]] = field(
        default=get_route_details_from_scope
    )
    """Names the span of a connection and gives its attributes."""
    server_request_hook_handler: OpenTelemetryHookHandler | None = field(default=None)
    """Called with the server span and the scope of each connection."""
    client_request_hook_handler: OpenTelemetryHookHandler | None = field(default=None)
    """Called with the internal span and each ``receive`` message."""
    client_response_hook_handler: OpenTelemetryHookHandler | None = field(default=None)
    """Called with the internal span and each ``send`` message."""
    meter_provider: MeterProvider | None = field(default=None)
    """The meter provider (the global one by default)."""
    tracer_provider: TracerProvider | None = field(default=None)
    """The tracer provider (the global one by default)."""
    meter: Meter | None = field(default=None)
    """The meter recording the HTTP metrics."""
    exclude: str | list[str] | None = field(default=None)
    """Regular expressions of the paths that are not traced."""
    exclude_opt_key: str | None = field(default=None)
    """Route ``opt`` key that, when truthy, disables tracing."""
    exclude_urls_env_key: str = "LITESTAR"
    """Prefix of the ``{KEY}_EXCLUDED_URLS`` environment variable listing excluded URLs."""
    scopes: Scopes | None = field(default=None)
    """Scope types traced (HTTP and WebSocket by default)."""
    middleware_class: type[OpenTelemetryInstrumentationMiddleware] = field(
        default=OpenTelemetryInstrumentationMiddleware
    )
    """The middleware class."""

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware, with this configuration."""
        return DefineMiddleware(self.middleware_class, config=self)
