"""``OpenAPIPlugin``: the app plugin that serves the document (2.17's private path)."""

from __future__ import annotations

from litestar.openapi._plugin import OpenAPIPlugin

__all__ = ("OpenAPIPlugin",)
