"""Apply a plain stdlib dict config without importing :mod:`logging.config`.

Every app configures logging when it starts, and almost every app uses
:class:`~litestar.logging.LoggingConfig`'s defaults or changes only formats and levels.
:func:`logging.config.dictConfig` would import :mod:`logging.config` and
:mod:`socketserver` for that (about 0.4 MiB of resident memory and 5 ms of startup).
:func:`apply_plain_config` performs the same steps, in the same order and with the same
effects on loggers, handlers and formatters, for configs made only of what it knows:
``%``-style formatters, stream and queue-listener handlers, and loggers with levels,
handler names and ``propagate``. :func:`is_plain_config` tells which configs those are;
anything else goes to ``dictConfig``, which also reports configuration errors.
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ("apply_plain_config", "is_plain_config")

_STREAM_HANDLER = "logging.StreamHandler"
_QUEUE_LISTENER_HANDLER = "litestar.logging.standard.QueueListenerHandler"
_FORMATTER_KEYS = frozenset({"format", "datefmt"})
_HANDLER_KEYS = frozenset({"class", "level", "formatter"})
_LOGGER_KEYS = frozenset({"level", "handlers", "propagate"})
_ROOT_KEYS = frozenset({"level", "handlers"})
_CONFIG_KEYS = frozenset(
    {"version", "incremental", "disable_existing_loggers", "formatters", "handlers", "loggers", "root"}
)


def _is_level(value: Any) -> bool:
    """Whether ``value`` is a level ``dictConfig`` accepts; ``None`` means "leave it as it is"."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return True
    return isinstance(value, str) and value in logging._nameToLevel


def _set_level(target: logging.Logger | logging.Handler, config: dict[str, Any]) -> None:
    if config.get("level") is not None:
        target.setLevel(logging._checkLevel(config["level"]))  # type: ignore[attr-defined]


def _is_plain_logger(config: Any, keys: frozenset[str], handler_names: Any) -> bool:
    if not isinstance(config, dict) or not keys.issuperset(config):
        return False
    if not _is_level(config.get("level")):
        return False
    handlers = config.get("handlers")
    if handlers is not None and (
        not isinstance(handlers, (list, tuple))
        or not all(isinstance(h, str) and h in handler_names for h in handlers)
    ):
        return False
    return "propagate" not in config or isinstance(config["propagate"], bool)


def _is_plain_handler(config: Any, formatter_names: Any) -> bool:
    if not isinstance(config, dict) or not _HANDLER_KEYS.issuperset(config):
        return False
    if config.get("class") not in (_STREAM_HANDLER, _QUEUE_LISTENER_HANDLER):
        return False
    formatter = config.get("formatter")
    if formatter and formatter not in formatter_names:
        return False
    return _is_level(config.get("level"))


def is_plain_config(config: dict[str, Any]) -> bool:
    """Tell whether :func:`apply_plain_config` can apply ``config`` exactly as ``dictConfig`` would.

    Args:
        config: A ``logging.config.dictConfig`` dictionary.

    Returns:
        ``True`` for non-incremental version 1 configs without filters whose formatters,
        handlers and loggers use only the keys and classes this module knows.
    """
    if not _CONFIG_KEYS.issuperset(config) or config.get("version") != 1 or config.get("incremental"):
        return False
    if not isinstance(config.get("disable_existing_loggers", True), bool):
        return False
    formatters = config.get("formatters") or {}
    handlers = config.get("handlers") or {}
    loggers = config.get("loggers") or {}
    if not all(isinstance(c, dict) and _FORMATTER_KEYS.issuperset(c) for c in formatters.values()):
        return False
    if not all(isinstance(name, str) and _is_plain_handler(c, formatters) for name, c in handlers.items()):
        return False
    if not all(_is_plain_logger(c, _LOGGER_KEYS, handlers) for c in loggers.values()):
        return False
    root = config.get("root")
    return not root or _is_plain_logger(root, _ROOT_KEYS, handlers)


def _create_handler(config: dict[str, Any], formatters: dict[str, logging.Formatter]) -> logging.Handler:
    handler: logging.Handler
    if config["class"] == _STREAM_HANDLER:
        handler = logging.StreamHandler()
    else:
        from litestar.logging.standard import QueueListenerHandler

        handler = QueueListenerHandler()
    formatter = config.get("formatter")
    if formatter:
        handler.setFormatter(formatters[formatter])
    _set_level(handler, config)
    return handler


def _configure_logger(
    logger: logging.Logger, config: dict[str, Any], handlers: dict[str, logging.Handler]
) -> None:
    _set_level(logger, config)
    for handler in logger.handlers[:]:
        logger.removeHandler(handler)
    for name in config.get("handlers") or ():
        logger.addHandler(handlers[name])


def _reset_existing_loggers(existing: list[str], children: set[str], disable_existing: bool) -> None:
    """Loggers the config does not name: children of named ones are reset, the rest (dis)abled."""
    logger_dict = logging.root.manager.loggerDict
    for name in existing:
        logger = logger_dict[name]
        if name in children:
            if isinstance(logger, logging.Logger):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            # As dictConfig: placeholders (names only ever seen as parents) get the flag too.
            logger.disabled = disable_existing  # type: ignore[union-attr]


def apply_plain_config(config: dict[str, Any]) -> None:
    """Configure :mod:`logging` from a config for which :func:`is_plain_config` holds.

    The steps are those of ``dictConfig``: close and forget every existing handler; build
    the formatters, then the handlers in name order (each registered under its name);
    configure the named loggers, reset the existing children of named loggers and
    enable (or disable) the other existing loggers; configure the root logger last.

    Args:
        config: The dict config; it is read, never modified.
    """
    with logging._lock:  # type: ignore[attr-defined]
        logging._handlers.clear()  # type: ignore[attr-defined]
        logging.shutdown(logging._handlerList[:])  # type: ignore[attr-defined]
        del logging._handlerList[:]  # type: ignore[attr-defined]

        formatters = {
            name: logging.Formatter(c.get("format"), c.get("datefmt"), "%")
            for name, c in (config.get("formatters") or {}).items()
        }
        handler_configs = config.get("handlers") or {}
        handlers: dict[str, logging.Handler] = {}
        for name in sorted(handler_configs):
            handler = _create_handler(handler_configs[name], formatters)
            handler.name = name
            handlers[name] = handler

        existing = sorted(logging.root.manager.loggerDict)
        children: set[str] = set()
        for name, logger_config in (config.get("loggers") or {}).items():
            if name in existing:
                prefix = name + "."
                children.update(other for other in existing if other.startswith(prefix))
                existing.remove(name)
            logger = logging.getLogger(name)
            _configure_logger(logger, logger_config, handlers)
            logger.disabled = False
            if logger_config.get("propagate") is not None:
                logger.propagate = logger_config["propagate"]
        _reset_existing_loggers(existing, children, config.get("disable_existing_loggers", True))

        root = config.get("root")
        if root:
            _configure_logger(logging.root, root, handlers)
