"""LoggingConfig and the helpers the app uses to log unhandled exceptions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from litestar.exceptions import ImproperlyConfiguredException, MissingDependencyException, NotFoundException
from litestar.logging import BaseLoggingConfig, LoggingConfig, StructLoggingConfig
from litestar.logging._app import configure_app_logging, log_exception, set_debug_level, should_log_exception
from litestar.logging.config import _structlog_is_installed, get_logger_placeholder
from litestar.logging.standard import QueueListenerHandler

_STANDARD = "%(levelname)s - %(asctime)s - %(name)s - %(module)s - %(message)s"
_QUEUE = {
    "class": "litestar.logging.standard.QueueListenerHandler",
    "level": "DEBUG",
    "formatter": "standard",
}
_CONSOLE = {"class": "logging.StreamHandler", "level": "DEBUG", "formatter": "standard"}


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Put the root and ``litestar`` loggers back as they were."""
    saved = [
        (logger, logger.handlers[:], logger.level, logger.propagate, logger.disabled)
        for logger in (logging.getLogger(), logging.getLogger("litestar"))
    ]
    yield
    for logger, handlers, level, propagate, disabled in saved:
        for handler in logger.handlers:
            if handler not in handlers and isinstance(handler, QueueListenerHandler):
                handler.listener.stop()
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate
        logger.disabled = disabled


class _ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _scope(path: str = "/boom") -> Any:
    return {"type": "http", "path": path}


def test_defaults_match_the_reference() -> None:
    config = LoggingConfig()
    assert config.logging_module == "logging"
    assert config.formatters == {"standard": {"format": _STANDARD}}
    assert config.handlers == {"console": _CONSOLE, "queue_listener": _QUEUE}
    assert config.loggers == {
        "litestar": {"level": "INFO", "handlers": ["queue_listener"], "propagate": False}
    }
    assert config.root == {"handlers": ["queue_listener"], "level": "INFO"}
    assert (config.log_exceptions, config.traceback_line_limit, config.disable_stack_trace) == (
        "debug",
        -1,
        set(),
    )
    assert callable(config.exception_logging_handler)
    assert isinstance(config, BaseLoggingConfig)


def test_user_entries_are_completed_with_the_defaults() -> None:
    config = LoggingConfig(
        formatters={"x": {"format": "%(message)s"}},
        handlers={"console": {"class": "logging.NullHandler"}},
        loggers={"litestar": {"level": "WARNING"}, "app": {"level": "DEBUG"}},
        root={"handlers": ["console"], "level": "WARNING"},
    )
    assert list(config.formatters) == ["x", "standard"]
    assert config.handlers == {"console": {"class": "logging.NullHandler"}, "queue_listener": _QUEUE}
    assert config.loggers == {"litestar": {"level": "WARNING"}, "app": {"level": "DEBUG"}}
    assert config.root == {"handlers": ["console"], "level": "WARNING"}


def test_traceback_line_limit_is_deprecated() -> None:
    with pytest.warns(DeprecationWarning, match="Use of deprecated parameter 'traceback_line_limit'"):
        LoggingConfig(traceback_line_limit=2)


def test_configure_installs_queue_handlers_and_returns_get_logger() -> None:
    get_logger = LoggingConfig().configure()
    assert get_logger is logging.getLogger
    litestar_logger = get_logger("litestar")
    assert [type(h) for h in litestar_logger.handlers] == [QueueListenerHandler]
    assert litestar_logger.propagate is False
    assert litestar_logger.level == logging.INFO
    assert [type(h) for h in logging.getLogger().handlers] == [QueueListenerHandler]


def test_configure_root_logger_false_leaves_root_alone() -> None:
    root = logging.getLogger()
    before = root.handlers[:]
    LoggingConfig(configure_root_logger=False).configure()
    assert root.handlers == before


def test_queue_listener_handler_formats_before_queueing() -> None:
    sink = _ListHandler()
    handler = QueueListenerHandler([sink])
    handler.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
    logger = logging.getLogger("h5.queue")
    logger.addHandler(handler)
    try:
        logger.warning("hello %s", "there")
    finally:
        logger.removeHandler(handler)
        handler.listener.stop()
    (record,) = sink.records
    assert record.getMessage() == "WARNING|hello there"


def test_placeholder_get_logger_raises() -> None:
    with pytest.raises(
        ImproperlyConfiguredException, match=r"cannot call '\.get_logger' without passing 'logging_config'"
    ):
        get_logger_placeholder()


@pytest.mark.parametrize(
    ("mode", "debug", "expected"),
    [
        ("debug", False, False),
        ("debug", True, True),
        ("always", False, True),
        ("never", True, False),
    ],
)
def test_log_exceptions_modes(mode: Any, debug: bool, expected: bool) -> None:
    config = LoggingConfig(log_exceptions=mode)
    assert should_log_exception(config, ValueError(), debug=debug) is expected
    assert should_log_exception(None, ValueError(), debug=True) is False


@pytest.mark.parametrize(
    ("disabled", "exc", "expected"),
    [
        ({ValueError}, ValueError(), False),
        ({ValueError}, NotFoundException(), True),
        ({404}, NotFoundException(), False),
        ({404}, ValueError(), True),
        ({500}, ValueError(), True),
        ({Exception}, ValueError(), True),
        ({NotFoundException}, NotFoundException(), False),
    ],
)
def test_disable_stack_trace_matches_exact_class_or_status_code(
    disabled: Any, exc: Exception, expected: bool
) -> None:
    config = LoggingConfig(log_exceptions="always", disable_stack_trace=disabled)
    assert should_log_exception(config, exc, debug=False) is expected


def test_default_exception_handler_logs_with_exc_info() -> None:
    config = LoggingConfig(log_exceptions="always")
    logger = logging.getLogger("h5.exceptions")
    sink = _ListHandler()
    logger.addHandler(sink)
    try:
        try:
            raise ValueError("kaboom")
        except ValueError as exc:
            log_exception(config, logger, _scope(), exc, debug=False)
        log_exception(config, logger, _scope(), ValueError("outside"), debug=False)
    finally:
        logger.removeHandler(sink)
    inside, outside = sink.records
    assert inside.levelno == logging.ERROR
    assert inside.getMessage() == "Uncaught exception (connection_type=http, path='/boom'):"
    assert inside.exc_info is not None
    assert inside.exc_info[0] is ValueError
    assert outside.getMessage().startswith("Uncaught exception (connection_type=http, path='/boom'):\n")
    assert outside.getMessage().endswith("ValueError: outside")


def test_custom_exception_handler_receives_the_formatted_traceback() -> None:
    calls: list[Any] = []
    config = LoggingConfig(
        log_exceptions="always",
        exception_logging_handler=lambda logger, scope, tb: calls.append((logger, scope, tb)),
    )
    logger = logging.getLogger("h5.custom")
    try:
        raise ValueError("kaboom")
    except ValueError as exc:
        log_exception(config, logger, _scope(), exc, debug=False)
    ((got_logger, got_scope, tb),) = calls
    assert got_logger is logger
    assert got_scope["path"] == "/boom"
    assert tb[0] == "Traceback (most recent call last):\n"
    assert tb[-1] == "ValueError: kaboom\n"
    log_exception(config, None, _scope(), ValueError(), debug=True)
    assert len(calls) == 1


def test_app_logging_follows_debug() -> None:
    config = LoggingConfig(loggers={"litestar": {"level": "WARNING"}})
    get_logger, logger = configure_app_logging(config, debug=True)
    assert logger is logging.getLogger("litestar")
    assert get_logger is logging.getLogger
    assert config.loggers["litestar"]["level"] == "DEBUG"
    assert logger.level == logging.DEBUG
    set_debug_level(config, logger, False)
    assert config.loggers["litestar"]["level"] == "INFO"
    assert logger.level == logging.INFO
    set_debug_level(None, None, True)


def test_app_without_logging_config() -> None:
    get_logger, logger = configure_app_logging(None, debug=True)
    assert logger is None
    with pytest.raises(ImproperlyConfiguredException):
        get_logger()


@pytest.mark.skipif(_structlog_is_installed(), reason="structlog is installed")
def test_struct_logging_needs_structlog() -> None:
    config = StructLoggingConfig()
    assert callable(config.exception_logging_handler)
    with pytest.raises(MissingDependencyException, match="structlog"):
        config.configure()
