"""Logging configuration objects: stdlib ``logging`` (dict config) and structlog."""

from __future__ import annotations

import sys
import warnings
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Literal, NoReturn, Union

from litestar.exceptions.base_exceptions import MissingDependencyException
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from logging import Logger as StdLogger
    from typing import TypeAlias

    from litestar.types._callables import GetLogger
    from litestar.types.asgi_types import Scope
    from litestar.types.protocols import Logger

__all__ = ("BaseLoggingConfig", "LoggingConfig", "StructLoggingConfig")

ExceptionLoggingHandler: TypeAlias = "Callable[[Logger, Scope, list[str]], None]"
"""``(logger, scope, traceback_lines)``: logs an unhandled exception."""

default_handlers: dict[str, dict[str, Any]] = {
    "console": {"class": "logging.StreamHandler", "level": "DEBUG", "formatter": "standard"},
    "queue_listener": {
        "class": "litestar.logging.standard.QueueListenerHandler",
        "level": "DEBUG",
        "formatter": "standard",
    },
}
"""The handlers of the default stdlib configuration."""

default_picologging_handlers: dict[str, dict[str, Any]] = {
    "console": {"class": "picologging.StreamHandler", "level": "DEBUG", "formatter": "standard"},
    "queue_listener": {
        "class": "litestar.logging.picologging.QueueListenerHandler",
        "level": "DEBUG",
        "formatter": "standard",
    },
}
"""The handlers of the default picologging configuration."""

_STANDARD_FORMAT = "%(levelname)s - %(asctime)s - %(name)s - %(module)s - %(message)s"
_DICT_CONFIG_KEYS = (
    "version",
    "incremental",
    "disable_existing_loggers",
    "filters",
    "formatters",
    "handlers",
    "loggers",
    "root",
)


def _get_default_handlers() -> dict[str, dict[str, Any]]:
    return {name: dict(handler) for name, handler in default_handlers.items()}


def _get_default_formatters() -> dict[str, dict[str, Any]]:
    return {"standard": {"format": _STANDARD_FORMAT}}


def _get_default_loggers() -> dict[str, dict[str, Any]]:
    return {"litestar": {"level": "INFO", "handlers": ["queue_listener"], "propagate": False}}


def _get_default_root() -> dict[str, Any]:
    return {"handlers": ["queue_listener"], "level": "INFO"}


def get_logger_placeholder(_: str | None = None) -> NoReturn:
    """Stand in for ``get_logger`` when the app has no logging configuration.

    Raises:
        ImproperlyConfiguredException: Always.
    """
    raise ImproperlyConfiguredException(
        "cannot call '.get_logger' without passing 'logging_config' to the Litestar constructor first"
    )


def _default_exception_logging_handler(logger: Logger, scope: Scope, tb: list[str]) -> None:
    """Log an unhandled exception at ERROR level, with its traceback."""
    message = "Uncaught exception (connection_type=%s, path=%r):"
    if sys.exc_info()[0] is not None:
        logger.exception(message, scope["type"], scope.get("path"))
    else:
        # NOTE: called outside the ``except`` block: the traceback text is all we have.
        logger.error(message + "\n%s", scope["type"], scope.get("path"), "".join(tb).rstrip("\n"))


def _warn_traceback_line_limit(value: int) -> None:
    if value != -1:
        warnings.warn(
            "Use of deprecated parameter 'traceback_line_limit'. Deprecated in litestar 2.9.0. This parameter "
            "will be removed in 3.0. The value is ignored. Use a custom 'exception_logging_handler' instead.",
            category=DeprecationWarning,
            stacklevel=4,
        )


class BaseLoggingConfig(ABC):
    """Base of the logging configurations accepted by ``Litestar(logging_config=...)``."""

    log_exceptions: Literal["always", "debug", "never"]
    """When to log unhandled exceptions: always, only in debug mode, or never."""
    traceback_line_limit: int
    """Deprecated and ignored."""
    exception_logging_handler: ExceptionLoggingHandler | None
    """The callable that logs unhandled exceptions."""
    disable_stack_trace: set[Union[int, type[Exception]]]  # noqa: UP007
    """Status codes and exception classes that are never logged."""

    @abstractmethod
    def configure(self) -> GetLogger:
        """Configure logging.

        Returns:
            A ``get_logger(name=None)`` callable.
        """

    @staticmethod
    def set_level(logger: Any, level: int) -> None:
        """Set the level of ``logger``.

        Args:
            logger: A logger of the configured library.
            level: The level, e.g. :data:`logging.DEBUG`.
        """
        logger.setLevel(level)


@dataclass
class LoggingConfig(BaseLoggingConfig):
    """Configure the stdlib :mod:`logging` through :func:`logging.config.dictConfig`.

    The defaults log through a queue (so a request never waits for a stream write):
    ``litestar`` and the root logger at ``INFO``. Formatters, handlers and loggers you
    pass are completed with the defaults they do not override.
    """

    logging_module: str = "logging"
    """The logging module: ``"logging"`` or ``"picologging"``."""
    version: Literal[1] = 1
    """The dict config schema version."""
    incremental: bool = False
    """Only change levels of existing loggers and handlers (dict config ``incremental``)."""
    disable_existing_loggers: bool = False
    """Disable the loggers that exist when the configuration is applied."""
    filters: dict[str, dict[str, Any]] | None = None
    """Filter configurations, by name."""
    propagate: bool = True
    """Kept for compatibility; the default ``litestar`` logger does not propagate."""
    formatters: dict[str, dict[str, Any]] = field(default_factory=_get_default_formatters)
    """Formatter configurations, by name."""
    handlers: dict[str, dict[str, Any]] = field(default_factory=_get_default_handlers)
    """Handler configurations, by name."""
    loggers: dict[str, dict[str, Any]] = field(default_factory=_get_default_loggers)
    """Logger configurations, by name."""
    root: dict[str, dict[str, Any] | list[Any] | str] = field(default_factory=_get_default_root)
    """The root logger configuration."""
    configure_root_logger: bool = True
    """Apply :attr:`root`; when ``False`` the root logger is left alone."""
    log_exceptions: Literal["always", "debug", "never"] = "debug"
    """When to log unhandled exceptions: always, only in debug mode, or never."""
    disable_stack_trace: set[Union[int, type[Exception]]] = field(default_factory=set)  # noqa: UP007
    """Status codes and exception classes that are never logged."""
    traceback_line_limit: int = -1
    """Deprecated and ignored."""
    exception_logging_handler: ExceptionLoggingHandler | None = None
    """The callable that logs unhandled exceptions; a default one logs at ERROR level."""

    def __post_init__(self) -> None:
        _warn_traceback_line_limit(self.traceback_line_limit)
        for name, formatter in _get_default_formatters().items():
            self.formatters.setdefault(name, formatter)
        for name, handler in _get_default_handlers().items():
            self.handlers.setdefault(name, handler)
        for name, logger_config in _get_default_loggers().items():
            self.loggers.setdefault(name, logger_config)
        if self.exception_logging_handler is None:
            self.exception_logging_handler = _default_exception_logging_handler

    def configure(self) -> GetLogger:
        """Apply the configuration with ``dictConfig``.

        Returns:
            The logging module's ``getLogger``.

        Raises:
            MissingDependencyException: If ``logging_module`` is ``"picologging"`` and it is not installed.
        """
        if self.logging_module == "picologging":
            try:
                from picologging import config as picologging_config  # type: ignore[import-not-found, unused-ignore]
                from picologging import getLogger as get_picologger  # type: ignore[import-not-found, unused-ignore]
            except ImportError as exc:
                raise MissingDependencyException("picologging") from exc
            picologging_config.dictConfig(self._dict_config())
            return get_picologger  # type: ignore[no-any-return]

        from logging import getLogger

        from litestar.logging._plain_config import apply_plain_config, is_plain_config

        config = self._dict_config()
        if is_plain_config(config):
            apply_plain_config(config)
        else:
            from logging import config as logging_config

            logging_config.dictConfig(config)
        return getLogger

    def _dict_config(self) -> dict[str, Any]:
        config = {key: getattr(self, key) for key in _DICT_CONFIG_KEYS}
        if config["filters"] is None:
            del config["filters"]
        if not self.configure_root_logger:
            del config["root"]
        return config

    @staticmethod
    def set_level(logger: StdLogger, level: int) -> None:
        """Set the level of ``logger``.

        Args:
            logger: A stdlib logger.
            level: The level, e.g. :data:`logging.DEBUG`.
        """
        logger.setLevel(level)


def _structlog_is_installed() -> bool:
    return find_spec("structlog") is not None


@dataclass
class StructLoggingConfig(BaseLoggingConfig):
    """Configure :mod:`structlog` (needs ``pip install structlog``)."""

    processors: list[Any] | None = None
    """The processor chain; a console or JSON renderer chain by default."""
    standard_lib_logging_config: LoggingConfig | None = None
    """A stdlib configuration applied alongside."""
    wrapper_class: type[Any] | None = None
    """The bound logger class."""
    context_class: dict[str, Any] | None = None
    """The context class of bound loggers."""
    logger_factory: Callable[..., Any] | None = None
    """The factory of the wrapped loggers."""
    cache_logger_on_first_use: bool = True
    """Cache the logger configuration on first use."""
    log_exceptions: Literal["always", "debug", "never"] = "debug"
    """When to log unhandled exceptions: always, only in debug mode, or never."""
    disable_stack_trace: set[Union[int, type[Exception]]] = field(default_factory=set)  # noqa: UP007
    """Status codes and exception classes that are never logged."""
    traceback_line_limit: int = -1
    """Deprecated and ignored."""
    exception_logging_handler: ExceptionLoggingHandler | None = None
    """The callable that logs unhandled exceptions."""
    pretty_print_tty: bool = True
    """Render for humans (instead of JSON) when stderr is a terminal."""

    def __post_init__(self) -> None:
        _warn_traceback_line_limit(self.traceback_line_limit)
        if self.exception_logging_handler is None:
            self.exception_logging_handler = _default_struct_exception_logging_handler

    def as_json(self) -> bool:
        """Tell whether records are rendered as JSON.

        Returns:
            ``False`` only when :attr:`pretty_print_tty` is set and stderr is a terminal.
        """
        return not (sys.stderr.isatty() and self.pretty_print_tty)

    def configure(self) -> GetLogger:
        """Apply the configuration with ``structlog.configure``.

        Returns:
            ``structlog.get_logger``.

        Raises:
            MissingDependencyException: If structlog is not installed.
        """
        if not _structlog_is_installed():
            raise MissingDependencyException("structlog")
        import structlog  # type: ignore[import-not-found, unused-ignore]

        if self.standard_lib_logging_config is not None:
            self.standard_lib_logging_config.configure()
        processors = (
            self.processors if self.processors is not None else _default_structlog_processors(self.as_json())
        )
        settings: dict[str, Any] = {
            "processors": processors,
            "cache_logger_on_first_use": self.cache_logger_on_first_use,
        }
        if self.wrapper_class is not None:
            settings["wrapper_class"] = self.wrapper_class
        if self.context_class is not None:
            settings["context_class"] = self.context_class
        if self.logger_factory is not None:
            settings["logger_factory"] = self.logger_factory
        structlog.configure(**settings)
        return structlog.get_logger  # type: ignore[no-any-return, unused-ignore]

    @staticmethod
    def set_level(logger: Any, level: int) -> None:
        """Set the level of a structlog logger (applies to the stdlib ``litestar`` logger too).

        Args:
            logger: A structlog logger.
            level: The level, e.g. :data:`logging.DEBUG`.
        """
        import structlog  # type: ignore[import-not-found, unused-ignore]

        structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(level))


def _default_structlog_processors(as_json: bool) -> list[Any]:
    import structlog  # type: ignore[import-not-found, unused-ignore]

    renderer: Any = (
        structlog.processors.JSONRenderer()
        if as_json
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.format_exc_info,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        renderer,
    ]


def _default_struct_exception_logging_handler(logger: Logger, scope: Scope, tb: list[str]) -> None:
    """Log an unhandled exception as a structured event."""
    logger.exception(
        "Uncaught exception", connection_type=scope["type"], path=scope.get("path"), traceback="".join(tb)
    )
