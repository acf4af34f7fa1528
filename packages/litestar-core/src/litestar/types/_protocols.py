"""Protocols through which the lower floors name the app and a route handler.

Low modules (the ASGI types, responses, handlers) pass the app along or read a few of
its options; importing :class:`~litestar.app.Litestar` for that, even only for typing,
would tie the bottom of the import ladder to its top. They name these Protocols instead;
the app and the handler classes satisfy them structurally.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ("AppProtocol", "RouteHandlerProtocol", "RouteProtocol")


class AppProtocol(Protocol):
    """The application (:class:`~litestar.app.Litestar`) as the lower floors see it.

    To reach everything of the app from a scope, use ``Litestar.from_scope(scope)``.
    """

    @property
    def debug(self) -> bool:
        """Whether tracebacks are shown in error responses."""
        ...

    @property
    def state(self) -> Any:
        """The app's :class:`~litestar.datastructures.State`."""
        ...

    def url_for(self, name: str, **path_parameters: Any) -> str:
        """The path of the handler called ``name``."""
        ...


class RouteHandlerProtocol(Protocol):
    """A route handler (HTTP, WebSocket or ASGI) as the lower floors see it."""

    name: str | None
    opt: dict[str, Any]
    paths: set[str]

    @property
    def handler_name(self) -> str:
        """The qualified name of the decorated callable."""
        ...

    def resolve_exception_handlers(self) -> Mapping[Any, Any]:
        """Exception handlers of every layer, inner layers winning."""
        ...


class RouteProtocol(Protocol):
    """A route (:class:`~litestar.routes.BaseRoute`) as a handler compiling itself sees it."""

    path: str

    @property
    def path_parameters(self) -> Mapping[str, Any]:
        """``{name: PathParameter}`` of the route's path template, in order."""
        ...
