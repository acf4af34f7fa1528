"""Build a middleware stack around an ASGI app, once, at startup."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from litestar._scope_keys import RESPONSE_STARTED

if TYPE_CHECKING:
    from litestar.middleware.base import Middleware
    from litestar.types.asgi_types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("ExceptionResponder", "build_middleware_stack")

ExceptionResponder: TypeAlias = (
    "Callable[[Scope, Receive, Send, Exception, Mapping[Any, Any]], Awaitable[None]]"
)
"""``(scope, receive, send, exc, exception_handlers)``: answers ``exc`` with the app's handlers."""


def build_middleware_stack(
    app: ASGIApp, middleware: Sequence[Middleware], respond_to_exception: ExceptionResponder
) -> ASGIApp:
    """Wrap ``app`` in ``middleware``, the first element being the outermost.

    Each element is called with the next app as the ``app`` keyword: this covers
    middleware classes, factory functions, :class:`~litestar.middleware.DefineMiddleware`
    and :class:`~litestar.middleware.ASGIMiddleware` instances alike.

    When there is middleware, exceptions raised by ``app`` are turned into responses
    right inside the innermost middleware (like Litestar does): middleware sees the error
    response go through its ``send`` and never the exception itself.

    Args:
        app: The innermost ASGI app (usually the route handler's app).
        middleware: The middleware definitions, outermost first.
        respond_to_exception: The app's exception dispatch, called with the layered
            exception handlers of the matched route handler.

    Returns:
        The outermost ASGI app.
    """
    if not middleware:
        return app
    app = _handle_exceptions_inside(app, respond_to_exception)
    for item in reversed(middleware):
        app = item(app=app)
    return app


def _handle_exceptions_inside(app: ASGIApp, respond_to_exception: ExceptionResponder) -> ASGIApp:
    async def handled(scope: Scope, receive: Receive, send: Send) -> None:
        async def marking_send(message: Message) -> None:
            # Middleware may raise after the app started its response: the dispatcher must
            # then know that no error response can follow (as the reference tracks it here).
            if message["type"] == "http.response.start":
                scope[RESPONSE_STARTED] = True  # type: ignore[typeddict-unknown-key]
            await send(message)

        try:
            await app(scope, receive, marking_send)
        except Exception as exc:  # noqa: BLE001  (answered with the layered exception handlers)
            handlers = scope["route_handler"].resolve_exception_handlers()
            await respond_to_exception(scope, receive, send, exc, handlers)

    return handled
