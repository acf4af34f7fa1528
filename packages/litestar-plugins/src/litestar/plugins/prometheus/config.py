"""``PrometheusConfig``: what the Prometheus middleware measures and how it labels it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from litestar.exceptions import MissingDependencyException
from litestar.middleware.base import DefineMiddleware

try:
    import prometheus_client  # noqa: F401
except ImportError as exc:
    if exc.name != "prometheus_client":
        raise
    raise MissingDependencyException("prometheus_client", "prometheus-client", "prometheus") from exc

from litestar.plugins.prometheus.middleware import PrometheusMiddleware

if TYPE_CHECKING:
    from litestar.connection import Request
    from litestar.types import Method, Scopes

__all__ = ("PrometheusConfig",)


@dataclass
class PrometheusConfig:
    """Configure the Prometheus metrics of the app (add :attr:`middleware` to the app)."""

    app_name: str = field(default="litestar")
    """The value of the ``app_name`` label."""
    prefix: str = "litestar"
    """Prefix of the metric names."""
    labels: Mapping[str, str | Callable[..., Any]] | None = field(default=None)
    """Extra labels: a value, or a callable computing it from the request."""
    exemplars: Callable[[Request[Any, Any, Any]], dict[str, Any]] | None = field(default=None)
    """Computes the exemplar of a request (shown in the OpenMetrics format)."""
    buckets: list[str | float] | None = field(default=None)
    """Buckets of the request duration histogram (prometheus-client's defaults otherwise)."""
    excluded_http_methods: Method | Sequence[Method] | None = field(default=None)
    """HTTP methods that are not measured."""
    exclude_unhandled_paths: bool = field(default=False)
    """Do not measure requests that no route handles."""
    exclude: str | list[str] | None = field(default=None)
    """Regular expressions of the paths that are not measured."""
    exclude_opt_key: str | None = field(default=None)
    """Route ``opt`` key that, when truthy, disables the measurement."""
    scopes: Scopes | None = field(default=None)
    """Scope types measured (HTTP and WebSocket by default)."""
    middleware_class: type[PrometheusMiddleware] = field(default=PrometheusMiddleware)
    """The middleware class."""
    group_path: bool = field(default=False)
    """Label requests with their route template (``/items/{item_id}``) instead of the path."""

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware to add to the app, with this configuration."""
        return DefineMiddleware(self.middleware_class, config=self)

    def _as_dict(self) -> dict[str, Any]:  # pragma: no cover - debugging aid
        return asdict(self)
