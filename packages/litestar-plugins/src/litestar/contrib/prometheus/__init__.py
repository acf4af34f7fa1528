"""Deprecated location of the Prometheus integration: use :mod:`litestar.plugins.prometheus`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.utils.deprecation import warn_deprecation

if TYPE_CHECKING:
    from litestar.plugins.prometheus import PrometheusConfig, PrometheusController, PrometheusMiddleware

__all__ = ("PrometheusConfig", "PrometheusController", "PrometheusMiddleware")


def __getattr__(name: str) -> Any:
    if name in __all__:
        import litestar.plugins.prometheus as prometheus

        warn_deprecation(
            version="2.13.0",
            deprecated_name=f"litestar.contrib.prometheus.{name}",
            kind="import",
            removal_in="3.0",
            info=f"importing {name} from 'litestar.contrib.prometheus' is deprecated, please import it from "
            "'litestar.plugins.prometheus' instead",
        )
        value = getattr(prometheus, name)
        # Cached, so the import system's own look-up of the name does not warn twice.
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
