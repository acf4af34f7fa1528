"""Build a middleware stack around an ASGI app, once, at startup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Middleware

__all__ = ("build_middleware_stack",)


def build_middleware_stack(app: ASGIApp, middleware: Sequence[Middleware]) -> ASGIApp:
    """Wrap ``app`` in ``middleware``, the first element being the outermost.

    Each element is called with the next app as the ``app`` keyword: this covers
    middleware classes, factory functions, :class:`~litestar.middleware.DefineMiddleware`
    and :class:`~litestar.middleware.ASGIMiddleware` instances alike.

    Args:
        app: The innermost ASGI app (usually the route handler's app).
        middleware: The middleware definitions, outermost first.

    Returns:
        The outermost ASGI app.
    """
    for item in reversed(middleware):
        app = item(app=app)
    return app
