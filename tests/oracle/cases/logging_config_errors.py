"""Logging configuration errors: missing configuration, bad dict configs, deprecated options."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, get
from litestar.exceptions import ImproperlyConfiguredException
from litestar.logging import LoggingConfig


def _describe(exc: Exception) -> dict[str, str]:
    return {"type": type(exc).__name__, "message": str(exc)}


@get("/get-logger")
async def get_logger(request: Request[Any, Any, Any]) -> dict[str, str]:
    try:
        request.app.get_logger("x")
    except (ImproperlyConfiguredException, ValueError) as exc:
        return _describe(exc)
    return {"type": "none"}


@get("/bad-handler")
async def bad_handler() -> dict[str, str]:
    config = LoggingConfig(
        handlers={"broken": {"class": "no.such.Handler"}}, loggers={"x": {"handlers": ["broken"]}}
    )
    try:
        config.configure()
    except (ImproperlyConfiguredException, ValueError) as exc:
        return {"type": type(exc).__name__}
    return {"type": "none"}


@get("/unknown-level")
async def unknown_level() -> dict[str, str]:
    config = LoggingConfig(loggers={"x": {"level": "LOUD"}})
    try:
        config.configure()
    except (ImproperlyConfiguredException, ValueError) as exc:
        return {"type": type(exc).__name__}
    return {"type": "none"}


@get("/deprecated-limit")
async def deprecated_limit() -> dict[str, Any]:
    config = LoggingConfig(traceback_line_limit=5)
    return {"limit": config.traceback_line_limit, "log_exceptions": config.log_exceptions}


@get("/defaults")
async def defaults() -> dict[str, Any]:
    config = LoggingConfig(loggers={"myapp": {"level": "DEBUG"}})
    return {
        "formatters": config.formatters,
        "handlers": sorted(config.handlers),
        "loggers": config.loggers,
        "root": config.root,
        "disable_stack_trace": sorted(config.disable_stack_trace),
    }


def create_app() -> Litestar:
    return Litestar(
        [get_logger, bad_handler, unknown_level, deprecated_limit, defaults],
        logging_config=None,
        openapi_config=None,
    )


REQUESTS = [
    {"method": "GET", "url": "/get-logger"},
    {"method": "GET", "url": "/bad-handler"},
    {"method": "GET", "url": "/unknown-level"},
    {"method": "GET", "url": "/deprecated-limit"},
    {"method": "GET", "url": "/defaults"},
]
