"""Prometheus metrics: ``PrometheusConfig``, ``PrometheusMiddleware``, ``PrometheusController``.

Needs ``pip install 'litestar[prometheus]'``.
"""

from __future__ import annotations

from litestar.plugins.prometheus.config import PrometheusConfig
from litestar.plugins.prometheus.controller import PrometheusController
from litestar.plugins.prometheus.middleware import PrometheusMiddleware

__all__ = ("PrometheusConfig", "PrometheusController", "PrometheusMiddleware")
