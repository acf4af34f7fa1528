"""The base of every authentication middleware and the result it stores in the scope.

An authentication middleware runs before the route handler: it either stores the
authenticated ``user`` and ``auth`` values in the ASGI scope (read back as
``request.user`` / ``request.auth``) or raises ``NotAuthorizedException``, which the
app turns into a 401 (HTTP) or a 4500 close (WebSocket).

Exclusion is decided before any authentication work: the scope type, the path patterns
(compiled once, at construction), the route handler's ``opt[exclude_opt_key]`` and the
HTTP method. Those checks are the whole per-request cost of an excluded route.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.connection import ASGIConnection
from litestar.enums import ScopeType

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Method, Receive, Scope, Scopes, Send

__all__ = ("AbstractAuthenticationMiddleware", "AuthenticationResult")


@dataclass
class AuthenticationResult:
    """What :meth:`AbstractAuthenticationMiddleware.authenticate_request` returns."""

    __slots__ = ("auth", "user")

    user: Any
    """The authenticated user, stored as ``scope["user"]`` (``request.user``)."""
    auth: Any
    """The credentials (e.g. the decoded token), stored as ``scope["auth"]`` (``request.auth``)."""


def _compile_exclude(exclude: str | list[str] | None) -> re.Pattern[str] | None:
    """Join the path patterns into one alternation searched in ``scope["path"]``."""
    if not exclude:
        return None
    return re.compile(exclude if isinstance(exclude, str) else "|".join(exclude))


class AbstractAuthenticationMiddleware(ABC):
    """Authenticate every connection that is not excluded, then call the next app.

    Subclasses implement :meth:`authenticate_request`. A connection is let through
    without authentication when its scope type is not in :attr:`scopes`, its path matches
    :attr:`exclude`, its route handler's ``opt`` has a truthy :attr:`exclude_opt_key`, or
    its method is in :attr:`exclude_http_methods`.
    """

    __slots__ = ("_exclude_pattern", "app", "exclude", "exclude_http_methods", "exclude_opt_key", "scopes")

    def __init__(
        self,
        app: ASGIApp,
        exclude: str | list[str] | None = None,
        exclude_from_auth_key: str = "exclude_from_auth",
        exclude_http_methods: Sequence[Method] | None = None,
        scopes: Scopes | None = None,
    ) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app in the stack.
            exclude: Regular expression(s) of paths that skip authentication.
            exclude_from_auth_key: Route handler ``opt`` key that, when truthy, skips
                authentication for that handler.
            exclude_http_methods: HTTP methods that skip authentication (e.g. ``OPTIONS``).
            scopes: Scope types to authenticate; HTTP and WebSocket by default.
        """
        self.app = app
        self.exclude = exclude
        self.exclude_opt_key = exclude_from_auth_key
        self.exclude_http_methods = exclude_http_methods
        self.scopes: Scopes = scopes or {ScopeType.HTTP, ScopeType.WEBSOCKET}
        self._exclude_pattern = _compile_exclude(exclude)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Authenticate the connection (unless excluded) and call the next app.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        if not self._is_excluded(scope):
            result = await self.authenticate_request(ASGIConnection(scope, receive, send))
            scope["user"] = result.user
            scope["auth"] = result.auth
        await self.app(scope, receive, send)

    def _is_excluded(self, scope: Scope) -> bool:
        if scope["type"] not in self.scopes:
            return True
        pattern = self._exclude_pattern
        if pattern is not None and pattern.search(scope["path"]) is not None:
            return True
        route_handler = scope.get("route_handler")
        if route_handler is not None and route_handler.opt.get(self.exclude_opt_key):
            return True
        methods = self.exclude_http_methods
        return bool(methods) and scope.get("method") in methods  # type: ignore[operator]

    @abstractmethod
    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Authenticate the connection.

        Args:
            connection: The connection (a plain ``ASGIConnection`` over the scope).

        Returns:
            The user and auth values to store in the scope.

        Raises:
            NotAuthorizedException: When the connection cannot be authenticated.
        """
        raise NotImplementedError
