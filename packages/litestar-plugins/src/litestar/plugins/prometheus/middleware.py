"""``PrometheusMiddleware``: count, time and track the requests of the app.

Metric objects are registered once per name in prometheus-client's default registry
and shared by every middleware instance (one per route), so adding the middleware to
several layers or building several apps in one process never registers a name twice.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, ClassVar

from litestar.connection import Request
from litestar.enums import ScopeType
from litestar.exceptions import MissingDependencyException
from litestar.middleware.base import AbstractMiddleware

try:
    from prometheus_client import Counter, Gauge, Histogram
except ImportError as exc:
    if exc.name != "prometheus_client":
        raise
    raise MissingDependencyException("prometheus_client", "prometheus-client", "prometheus") from exc

if TYPE_CHECKING:
    from litestar.plugins.prometheus.config import PrometheusConfig
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("PrometheusMiddleware",)

_PATH_PARAMETER_TYPE = re.compile(r"{([^:}]+):[^}]*}")


class PrometheusMiddleware(AbstractMiddleware):
    """Record request counts, durations, requests in progress and errors."""

    _metrics: ClassVar[dict[str, Any]] = {}
    """Metric name -> the metric object, shared across instances."""

    def __init__(self, app: ASGIApp, config: PrometheusConfig) -> None:
        """Create the middleware.

        Args:
            app: The next ASGI app.
            config: The Prometheus configuration.
        """
        super().__init__(
            app=app, scopes=config.scopes, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key
        )
        self._config = config
        self._kwargs: dict[str, Any] = {}
        if config.buckets is not None:
            self._kwargs["buckets"] = config.buckets
        methods = config.excluded_http_methods
        self._excluded_methods = frozenset(
            () if methods is None else ((methods,) if isinstance(methods, str) else methods)
        )

    def _metric(
        self, factory: Any, suffix: str, documentation: str, labels: dict[str, Any], **kwargs: Any
    ) -> Any:
        name = f"{self._config.prefix}_{suffix}"
        metric = self._metrics.get(name)
        if metric is None:
            metric = self._metrics[name] = factory(name, documentation, labelnames=[*labels], **kwargs)
        return metric

    def request_count(self, labels: dict[str, str | int | float]) -> Counter:
        """The ``{prefix}_requests_total`` counter.

        Args:
            labels: The labels of the request (their names are fixed on first use).

        Returns:
            The counter.
        """
        return self._metric(Counter, "requests_total", "Total requests", labels)  # type: ignore[no-any-return]

    def request_time(self, labels: dict[str, str | int | float]) -> Histogram:
        """The ``{prefix}_request_duration_seconds`` histogram.

        Args:
            labels: The labels of the request.

        Returns:
            The histogram.
        """
        return self._metric(  # type: ignore[no-any-return]
            Histogram, "request_duration_seconds", "Request duration, in seconds", labels, **self._kwargs
        )

    def requests_in_progress(self, labels: dict[str, str | int | float]) -> Gauge:
        """The ``{prefix}_requests_in_progress`` gauge.

        Args:
            labels: The labels of the request.

        Returns:
            The gauge.
        """
        return self._metric(  # type: ignore[no-any-return]
            Gauge,
            "requests_in_progress",
            "Total requests currently in progress",
            labels,
            multiprocess_mode="livesum",
        )

    def requests_error_count(self, labels: dict[str, str | int | float]) -> Counter:
        """The ``{prefix}_requests_error_total`` counter (requests that raised).

        Args:
            labels: The labels of the request.

        Returns:
            The counter.
        """
        return self._metric(Counter, "requests_error_total", "Total errors", labels)  # type: ignore[no-any-return]

    def _path(self, request: Request[Any, Any, Any]) -> str:
        if self._config.group_path:
            template = request.scope.get("path_template")
            if template:
                return _PATH_PARAMETER_TYPE.sub(r"{\1}", template)
        return request.url.path

    def _labels(self, request: Request[Any, Any, Any]) -> dict[str, str | int | float]:
        labels: dict[str, Any] = {
            "method": request.method if request.scope["type"] == ScopeType.HTTP else request.scope["type"],
            "path": self._path(request),
            "status_code": 200,
            "app_name": self._config.app_name,
        }
        for name, value in (self._config.labels or {}).items():
            labels[name] = value(request) if callable(value) else value
        return dict(sorted(labels.items()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Measure one connection.

        Args:
            scope: The ASGI scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        request: Request[Any, Any, Any] = Request(scope, receive)
        if request.scope["type"] == ScopeType.HTTP and request.method in self._excluded_methods:
            await self.app(scope, receive, send)
            return
        if self._config.exclude_unhandled_paths and not scope.get("route_handler"):
            await self.app(scope, receive, send)
            return
        labels = self._labels(request)
        exemplar = self._config.exemplars(request) if self._config.exemplars else None
        in_progress = self.requests_in_progress(labels).labels(**labels)
        in_progress.inc()
        started = time.perf_counter()
        status: list[int] = [200]

        async def wrapped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, wrapped_send)
        except Exception:
            labels["status_code"] = 500
            self.requests_error_count(labels).labels(**labels).inc(exemplar=exemplar)
            raise
        finally:
            in_progress.dec()
            if labels["status_code"] != 500:
                labels["status_code"] = status[0]
            self.request_count(labels).labels(**labels).inc(exemplar=exemplar)
            self.request_time(labels).labels(**labels).observe(
                time.perf_counter() - started, exemplar=exemplar
            )
