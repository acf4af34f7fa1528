"""``litestar.contrib.htmx.request``: the htmx request classes."""

from __future__ import annotations

from litestar.plugins.htmx import HTMXDetails, HTMXRequest

__all__ = ("HTMXDetails", "HTMXRequest")
