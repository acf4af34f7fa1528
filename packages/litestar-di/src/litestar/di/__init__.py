"""Dependency injection for litestar: ``Provide`` and the resolution engine."""

from litestar.di._plugin import DIPlugin
from litestar.di._provide import Provide

__all__ = ("DIPlugin", "Provide")
