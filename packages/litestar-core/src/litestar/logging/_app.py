"""How the app uses its logging configuration: configure, debug level, exception logs."""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING, Any

from litestar.logging.config import LoggingConfig, get_logger_placeholder

if TYPE_CHECKING:
    from litestar.logging.config import BaseLoggingConfig
    from litestar.types._callables import GetLogger
    from litestar.types.asgi_types import Scope
    from litestar.types.protocols import Logger

__all__ = ("configure_app_logging", "log_exception", "set_debug_level", "should_log_exception")

_APP_LOGGER = "litestar"


def configure_app_logging(
    config: BaseLoggingConfig | None, *, debug: bool
) -> tuple[GetLogger, Logger | None]:
    """Apply the app's logging configuration.

    Args:
        config: The configuration, or ``None`` for "leave logging alone".
        debug: The app's debug flag; puts the ``litestar`` logger at ``DEBUG`` level.

    Returns:
        ``(get_logger, logger)``: without a configuration, a ``get_logger`` that raises
        and no logger; otherwise the configured ``get_logger`` and the ``litestar`` logger.
    """
    if config is None:
        return get_logger_placeholder, None
    if isinstance(config, LoggingConfig):
        _set_config_level(config, debug)
    get_logger = config.configure()
    logger: Logger = get_logger(_APP_LOGGER)
    if debug:
        config.set_level(logger, logging.DEBUG)
    return get_logger, logger


def _set_config_level(config: LoggingConfig, debug: bool) -> None:
    logger_config = config.loggers.setdefault(_APP_LOGGER, {})
    logger_config["level"] = "DEBUG" if debug else "INFO"


def set_debug_level(config: BaseLoggingConfig | None, logger: Logger | None, debug: bool) -> None:
    """Follow a change of ``app.debug``: ``litestar`` logs at ``DEBUG`` or ``INFO`` level.

    Args:
        config: The app's logging configuration.
        logger: The app's ``litestar`` logger.
        debug: The new debug flag.
    """
    if config is None:
        return
    if isinstance(config, LoggingConfig):
        _set_config_level(config, debug)
    if logger is not None:
        config.set_level(logger, logging.DEBUG if debug else logging.INFO)


def should_log_exception(config: BaseLoggingConfig | None, exc: BaseException, *, debug: bool) -> bool:
    """Tell whether an unhandled exception must be logged.

    Args:
        config: The app's logging configuration.
        exc: The exception.
        debug: The app's debug flag.

    Returns:
        ``True`` when ``log_exceptions`` asks for it and neither the exception's class
        nor its ``status_code`` is in ``disable_stack_trace``.
    """
    if config is None or config.exception_logging_handler is None:
        return False
    mode = config.log_exceptions
    if mode != "always" and not (debug and mode == "debug"):
        return False
    disabled: Any = config.disable_stack_trace
    if not disabled:
        return True
    if type(exc) in disabled:
        return False
    status_code = getattr(exc, "status_code", None)
    return status_code is None or status_code not in disabled


def log_exception(
    config: BaseLoggingConfig | None, logger: Logger | None, scope: Scope, exc: BaseException, *, debug: bool
) -> None:
    """Log an unhandled exception through ``config.exception_logging_handler``, if due.

    Call it inside the ``except`` block, so the default handler records ``exc_info``.

    Args:
        config: The app's logging configuration.
        logger: The app's ``litestar`` logger.
        scope: The ASGI scope of the failed connection.
        exc: The exception.
        debug: The app's debug flag.
    """
    if logger is None or not should_log_exception(config, exc, debug=debug):
        return
    handler = config.exception_logging_handler  # type: ignore[union-attr]
    handler(logger, scope, traceback.format_exception(exc))  # type: ignore[misc]
