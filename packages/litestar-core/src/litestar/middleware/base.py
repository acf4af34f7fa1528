"""The middleware building blocks: base classes, the protocol and ``DefineMiddleware``.

Two styles are supported:

- :class:`AbstractMiddleware` subclasses are ASGI apps that wrap ``app``; the exclusion
  rules (scope types, path patterns, a route ``opt`` key) are applied automatically to
  every ``__call__`` a subclass defines.
- :class:`ASGIMiddleware` subclasses implement :meth:`ASGIMiddleware.handle`; an instance
  is a factory: ``instance(app)`` returns the ASGI app to put in the stack.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeAlias, runtime_checkable

from litestar.enums import ScopeType
from litestar.middleware._exclusion import compile_exclude_pattern, should_bypass

if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar.types._composites import Scopes
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send

__all__ = ("ASGIMiddleware", "AbstractMiddleware", "DefineMiddleware", "Middleware", "MiddlewareProtocol")

_CallMethod = Callable[[Any, "Scope", "Receive", "Send"], Awaitable[None]]

Middleware: TypeAlias = (
    "Callable[..., ASGIApp] | DefineMiddleware | Iterator[tuple[ASGIApp, dict[str, Any]]] | "
    "type[MiddlewareProtocol]"
)
"""What a layer's ``middleware`` accepts: a factory, a ``DefineMiddleware`` or a middleware class."""


@runtime_checkable
class MiddlewareProtocol(Protocol):
    """The shape of a class based middleware: an ASGI app wrapping the next ``app``."""

    app: ASGIApp
    """The next ASGI app in the stack."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""


class DefineMiddleware:
    """Bind arguments to a middleware so the app can build it later with ``app=``."""

    __slots__ = ("args", "kwargs", "middleware")

    def __init__(self, middleware: Callable[..., ASGIApp], *args: Any, **kwargs: Any) -> None:
        """Initialise the definition.

        Args:
            middleware: A middleware class or factory accepting ``app`` as keyword.
            *args: Positional arguments passed to ``middleware``.
            **kwargs: Keyword arguments passed to ``middleware``.
        """
        self.middleware = middleware
        self.args = args
        self.kwargs = kwargs

    def __call__(self, app: ASGIApp) -> ASGIApp:
        """Build the middleware around ``app``.

        Args:
            app: The next ASGI app in the stack.

        Returns:
            The middleware instance (an ASGI app).
        """
        return self.middleware(*self.args, app=app, **self.kwargs)


def _with_exclusion(call: _CallMethod) -> _CallMethod:
    """Wrap a subclass ``__call__`` so excluded connections go straight to ``self.app``."""

    @wraps(call)
    async def __call__(self: AbstractMiddleware, scope: Scope, receive: Receive, send: Send) -> None:
        # PERF: the checks of ``should_bypass``, inlined: this runs on every request.
        exclude_opt_key = self.exclude_opt_key
        exclude_pattern = self.exclude_pattern
        if (
            scope["type"] not in self.scopes
            or (exclude_opt_key and scope["route_handler"].opt.get(exclude_opt_key))
            or (exclude_pattern is not None and exclude_pattern.search(scope["path"]) is not None)
        ):
            await self.app(scope, receive, send)
        else:
            await call(self, scope, receive, send)

    return __call__


class AbstractMiddleware:
    """Base class of ASGI middlewares that are excluded by scope type, path or ``opt`` key.

    Subclasses implement ``__call__``; it is wrapped at class creation so that an
    excluded connection is forwarded to :attr:`app` without running it.
    """

    scopes: Scopes = {ScopeType.HTTP, ScopeType.WEBSOCKET}  # noqa: RUF012
    """The scope types the middleware handles."""
    exclude: str | list[str] | None = None
    """Regular expressions of the paths the middleware skips."""
    exclude_opt_key: str | None = None
    """Key of a route handler's ``opt`` that, when truthy, disables the middleware."""

    def __init__(
        self,
        app: ASGIApp,
        exclude: str | list[str] | None = None,
        exclude_opt_key: str | None = None,
        scopes: Scopes | None = None,
    ) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app in the stack.
            exclude: Path patterns to skip; defaults to the class attribute.
            exclude_opt_key: Route ``opt`` key that disables the middleware.
            scopes: Scope types to handle; defaults to the class attribute.
        """
        self.app = app
        self.scopes = scopes or self.scopes
        self.exclude_opt_key = exclude_opt_key or self.exclude_opt_key
        self.exclude_pattern = compile_exclude_pattern(exclude or self.exclude or None, type(self).__name__)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__module__.startswith("litestar."):
            from litestar.utils.deprecation import warn_deprecation

            warn_deprecation(
                "2.15",
                "AbstractMiddleware",
                "class",
                alternative="litestar.middleware.ASGIMiddleware",
            )
        call = cls.__dict__.get("__call__")
        if call is not None:
            cls.__call__ = _with_exclusion(call)  # type: ignore[assignment, method-assign]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection; subclasses must override this.

        Raises:
            NotImplementedError: Always.
        """
        raise NotImplementedError("abstract method must be implemented")


class ASGIMiddleware(ABC):
    """Base class of middlewares written as a ``handle(scope, receive, send, next_app)`` method.

    Configure exclusion with the class attributes; an instance is called with the next
    app and returns the ASGI app placed in the stack.
    """

    scopes: ClassVar[tuple[ScopeType, ...]] = (ScopeType.HTTP, ScopeType.WEBSOCKET, ScopeType.ASGI)
    """The scope types the middleware handles."""
    exclude_path_pattern: ClassVar[str | tuple[str, ...] | None] = None
    """Regular expression(s) of the paths the middleware skips."""
    exclude_opt_key: ClassVar[str | None] = None
    """Key of a route handler's ``opt`` that, when truthy, disables the middleware."""

    def __call__(self, app: ASGIApp) -> ASGIApp:
        """Wrap ``app`` with this middleware.

        Args:
            app: The next ASGI app in the stack.

        Returns:
            An ASGI app that runs :meth:`handle`, or ``app`` itself for excluded connections.
        """
        handle = self.handle
        scopes = frozenset(self.scopes)
        exclude_opt_key = self.exclude_opt_key
        exclude_pattern = compile_exclude_pattern(self.exclude_path_pattern, type(self).__name__)

        if exclude_opt_key or exclude_pattern is not None:

            async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
                if should_bypass(scope, scopes, exclude_opt_key, exclude_pattern):
                    await app(scope, receive, send)
                else:
                    await handle(scope, receive, send, app)

        else:
            # PERF: without path or opt exclusion only the scope type is checked.
            async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
                if scope["type"] in scopes:
                    await handle(scope, receive, send, app)
                else:
                    await app(scope, receive, send)

        return middleware

    @abstractmethod
    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        """Handle one ASGI connection; call ``next_app`` to continue down the stack.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
            next_app: The next ASGI app in the stack.
        """
        raise NotImplementedError
