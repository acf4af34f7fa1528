"""OpenTelemetry instrumentation (needs ``pip install 'litestar[opentelemetry]'``)."""

from __future__ import annotations

from litestar.contrib.opentelemetry.config import OpenTelemetryConfig, OpenTelemetryHookHandler
from litestar.contrib.opentelemetry.middleware import OpenTelemetryInstrumentationMiddleware
from litestar.contrib.opentelemetry.plugin import OpenTelemetryPlugin

__all__ = (
    "OpenTelemetryConfig",
    "OpenTelemetryHookHandler",
    "OpenTelemetryInstrumentationMiddleware",
    "OpenTelemetryPlugin",
)
