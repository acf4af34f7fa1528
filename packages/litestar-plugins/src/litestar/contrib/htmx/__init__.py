"""The 2.17 ``litestar.contrib.htmx`` import paths (see ``litestar.plugins.htmx``)."""

from __future__ import annotations

__all__ = ()
