"""Serving static files: ``create_static_files_router`` and the ``StaticFiles`` ASGI app."""

from __future__ import annotations

from litestar.static_files.base import StaticFiles
from litestar.static_files.config import StaticFilesConfig, create_static_files_router

__all__ = ("StaticFiles", "StaticFilesConfig", "create_static_files_router")
