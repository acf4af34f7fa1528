"""Sessions: data kept for a client between requests (``request.session``)."""

from __future__ import annotations

from litestar.middleware.session.base import SessionMiddleware

__all__ = ("SessionMiddleware",)
