"""``StructlogPlugin``: structured (JSON) logging with structlog, and request logging.

The plugin sets the app's ``logging_config`` to a :class:`~litestar.logging.StructLoggingConfig`
and, with ``enable_middleware_logging``, adds the request/response logging middleware of
litestar-middleware (``litestar.middleware.logging``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from litestar.exceptions import MissingDependencyException
from litestar.logging.config import StructLoggingConfig
from litestar.plugins import InitPlugin

try:
    import structlog  # noqa: F401
except ImportError as exc:
    if exc.name != "structlog":
        raise
    raise MissingDependencyException("structlog", extra="structlog") from exc

if TYPE_CHECKING:
    from litestar.config.app import AppConfig

__all__ = ("StructlogConfig", "StructlogPlugin")

_LOGGING_MIDDLEWARE_MODULE = "litestar.middleware.logging"


def _default_middleware_logging_config() -> Any:
    """``LoggingMiddlewareConfig()`` when litestar-middleware is installed, else ``None``."""
    try:
        module = importlib.import_module(_LOGGING_MIDDLEWARE_MODULE)
    except ImportError as exc:
        if exc.name is not None and _LOGGING_MIDDLEWARE_MODULE.startswith(exc.name):
            return None
        raise
    return module.LoggingMiddlewareConfig()


@dataclass
class StructlogConfig:
    """What :class:`StructlogPlugin` configures."""

    structlog_logging_config: StructLoggingConfig = field(default_factory=StructLoggingConfig)
    """The structlog configuration applied as the app's ``logging_config``."""
    middleware_logging_config: Any = field(default_factory=_default_middleware_logging_config)
    """The ``LoggingMiddlewareConfig`` of the request logging middleware."""
    enable_middleware_logging: bool = True
    """Log every request and response through the logging middleware."""


class StructlogPlugin(InitPlugin):
    """Log with structlog: JSON lines (or a console rendering on a terminal)."""

    __slots__ = ("_config",)

    def __init__(self, config: StructlogConfig | None = None) -> None:
        """Configure the plugin.

        Args:
            config: The configuration; JSON logging and request logging by default.
        """
        self._config = config or StructlogConfig()

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Set the logging configuration and add the request logging middleware.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.

        Raises:
            MissingDependencyException: If request logging is enabled and
                litestar-middleware is not installed.
        """
        config = self._config
        app_config.logging_config = config.structlog_logging_config
        if config.enable_middleware_logging:
            if config.middleware_logging_config is None:
                exc = MissingDependencyException(_LOGGING_MIDDLEWARE_MODULE, "litestar-middleware")
                exc.detail = (
                    "StructlogPlugin logs requests through litestar-middleware: pip install litestar-middleware "
                    "(or pass StructlogConfig(enable_middleware_logging=False))"
                )
                raise exc
            app_config.middleware.append(config.middleware_logging_config.middleware)
        return app_config
