"""``PrometheusController``: the ``/metrics`` endpoint Prometheus scrapes."""

from __future__ import annotations

import os
from typing import Any

from litestar.controller import Controller
from litestar.exceptions import MissingDependencyException
from litestar.handlers import get
from litestar.response import Response

try:
    from prometheus_client import REGISTRY, CollectorRegistry, multiprocess
    from prometheus_client import generate_latest as generate_text
    from prometheus_client.exposition import CONTENT_TYPE_LATEST
    from prometheus_client.openmetrics.exposition import CONTENT_TYPE_LATEST as OPENMETRICS_CONTENT_TYPE
    from prometheus_client.openmetrics.exposition import generate_latest as generate_openmetrics
except ImportError as exc:
    if exc.name is None or not exc.name.startswith("prometheus_client"):
        raise
    raise MissingDependencyException("prometheus_client", "prometheus-client", "prometheus") from exc

__all__ = ("PrometheusController",)

# Responses append the charset to text media types themselves.
_TEXT_CONTENT_TYPE = CONTENT_TYPE_LATEST.split("; charset=")[0]


class PrometheusController(Controller):
    """Serve the metrics in the Prometheus text format (or OpenMetrics, with exemplars).

    Subclass it to change :attr:`path` or set :attr:`openmetrics_format`. With
    ``PROMETHEUS_MULTIPROC_DIR`` set, the metrics of every worker process are collected.
    """

    path = "/metrics"
    """Where the metrics are served."""
    openmetrics_format: bool = False
    """Serve the OpenMetrics format (which carries exemplars) instead of the text format."""

    @get()
    async def get(self) -> Response[Any]:
        """Render the current metrics."""
        registry: Any = REGISTRY
        if "PROMETHEUS_MULTIPROC_DIR" in os.environ or "prometheus_multiproc_dir" in os.environ:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        if self.openmetrics_format:
            return Response(
                generate_openmetrics(registry),  # type: ignore[no-untyped-call]
                status_code=200,
                media_type=OPENMETRICS_CONTENT_TYPE,
            )
        return Response(generate_text(registry), status_code=200, media_type=_TEXT_CONTENT_TYPE)
