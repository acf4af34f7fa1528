"""Logging configuration: stdlib ``logging`` (dict config) and structlog."""

from __future__ import annotations

from litestar.logging.config import BaseLoggingConfig, LoggingConfig, StructLoggingConfig

__all__ = ("BaseLoggingConfig", "LoggingConfig", "StructLoggingConfig")
