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

    def on_registration(self, app: AppProtocol) -> None:
        """Resolve layered options and check the handler once it is part of ``app``.

        Raises:
            ImproperlyConfiguredException: When ``scope``, ``receive`` or ``send`` is not annotated.
        """
        super().on_registration(app)
        fn = self.fn
        target = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else getattr(fn, "__call__", fn)  # noqa: B004
        for name, parameter in inspect.signature(target).parameters.items():
            if name != "self" and parameter.annotation is inspect.Parameter.empty:
                raise ImproperlyConfiguredException(
                    f"{name!r} does not have a type annotation. If it should receive any value, use 'Any'."
                )
        if self.copy_scope is None:
            # As 2.17: when the app is built, not when the function is decorated.
            warnings.warn(
                f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', fn)}: 'copy_scope' not set for "
                f"ASGI handler. Leaving 'copy_scope' unset will warn about mounted ASGI applications modifying "
                f"the scope. Set 'copy_scope=True' to ensure calling into mounted ASGI apps does not cause any "
                f"side effects via scope mutations, or set 'copy_scope=False' if those mutations are desired.",
                category=DeprecationWarning,
                stacklevel=2,
            )

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """The ASGI app itself, behind the layered guards and a scope copy when asked for."""
        fn: ASGIApp = self.fn
        guards = tuple(self.resolve_guards())
        copy_scope = self.copy_scope
        if copy_scope is None:
            fn = _warn_on_scope_mutation(fn, self)
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


def _warn_on_scope_mutation(fn: ASGIApp, handler: ASGIRouteHandler) -> ASGIApp:
    """Warn when an app mounted with ``copy_scope`` unset changes the scope, as 2.17 does."""
    from litestar.exceptions.base_exceptions import LitestarWarning

    name = f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', fn)}"

    async def watched(scope: Scope, receive: Receive, send: Send) -> None:
        before = dict(scope)
        try:
            await fn(scope, receive, send)
        finally:
            if scope != before:
                warnings.warn(
                    f"{name}: Mounted ASGI app {fn} modified 'scope' with 'copy_scope' set to 'None'. Set "
                    "'copy_scope=True' to avoid mutating the original scope or set 'copy_scope=False' if mutating "
                    "the scope from within the mounted ASGI app is intentional. Note: 'copy_scope' will default "
                    "to 'True' by default in Litestar 3",
                    category=LitestarWarning,
                    stacklevel=2,
                )

    watched.__wrapped__ = fn  # type: ignore[attr-defined]
    return watched


class asgi(ASGIRouteHandler):
    """Decorator form of :class:`ASGIRouteHandler`."""
