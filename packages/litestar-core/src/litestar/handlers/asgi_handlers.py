"""``@asgi``: serve a path (or, as a mount, a path prefix) with a plain ASGI app."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.base import BaseRouteHandler

if TYPE_CHECKING:
    from litestar.handlers.base import Guard
    from litestar.response._hook_types import ExceptionHandlersMap
    from litestar.types._protocols import AppProtocol, RouteProtocol
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send

__all__ = ("ASGIRouteHandler", "asgi")


class ASGIRouteHandler(BaseRouteHandler):
    """Route handler for an ``async def app(scope, receive, send)`` callable."""

    copy_scope: bool | None
    is_mount: bool
    is_static: bool
    table_slot: ClassVar[Literal["asgi", "http", "websocket"]] = "asgi"

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        *,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        name: str | None = None,
        opt: Mapping[str, Any] | None = None,
        is_mount: bool = False,
        is_static: bool = False,
        signature_namespace: Mapping[str, Any] | None = None,
        copy_scope: bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            path,
            exception_handlers=exception_handlers,
            guards=guards,
            name=name,
            opt=opt,
            signature_namespace=signature_namespace,
            **kwargs,
        )
        self.is_mount = is_mount or is_static
        self.is_static = is_static
        self.copy_scope = copy_scope

    def _validate_fn(self, fn: Any) -> None:
        target = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else getattr(fn, "__call__", fn)  # noqa: B004
        if not inspect.iscoroutinefunction(target):
            raise ImproperlyConfiguredException(
                f"ASGI handler {getattr(fn, '__qualname__', fn)!r} must be an async callable "
                f"taking (scope, receive, send)."
            )
        params = [p for p in inspect.signature(target).parameters if p != "self"]
        missing = {"scope", "receive", "send"} - set(params)
        if missing:
            raise ImproperlyConfiguredException(
                f"ASGI handler {getattr(fn, '__qualname__', fn)!r} must accept the parameters "
                f"'scope', 'receive' and 'send' (missing: {', '.join(sorted(missing))})."
            )
        if self.is_mount and self.copy_scope is None:
            warnings.warn(
                f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', fn)}: 'copy_scope' not set for "
                f"ASGI handler. Leaving 'copy_scope' unset will warn about mounted ASGI applications modifying "
                f"the scope. Set 'copy_scope=True' to ensure calling into mounted ASGI apps does not cause any "
                f"side effects via scope mutations, or set 'copy_scope=False' if those mutations are desired.",
                category=DeprecationWarning,
                stacklevel=3,
            )

    def on_registration(self, app: AppProtocol) -> None:
        """Resolve layered options once the handler is registered."""
        super().on_registration(app)

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """The ASGI app itself, behind the layered guards and a scope copy when asked for."""
        fn: ASGIApp = self.fn
        guards = tuple(self.resolve_guards())
        copy_scope = self.copy_scope
        if not guards and not copy_scope:
            return fn
        request_class = app.request_class
        if request_class is None:
            from litestar.connection.request import Request

            request_class = Request
        handler = self

        async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
            if guards:
                connection = request_class(scope, receive, send)
                for guard in guards:
                    outcome = guard(connection, handler)
                    if inspect.isawaitable(outcome):
                        await outcome
            await fn(dict(scope) if copy_scope else scope, receive, send)  # type: ignore[arg-type]

        return guarded


class asgi(ASGIRouteHandler):
    """Decorator form of :class:`ASGIRouteHandler`."""
