"""The session authentication middleware and the wrapper that installs it with the sessions.

:class:`MiddlewareWrapper` builds, on its first call, the stack

    SessionMiddleware -> fresh session id on login -> SessionAuthMiddleware -> app

so that the session is loaded before it is read and stored after the handler ran.

Beyond litestar 2.17, the middle layer defeats session fixation: when a request that was
not authenticated by its session (a login route, typically) leaves with new session data,
a server-side session gets a new id, and the id the client came with (possibly planted
by an attacker) is deleted from the store. 2.17 keeps the client's id.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.types.empty import Empty
from litestar.utils.scope.state import ScopeState
from litestar.utils.sync import AsyncCallable, ensure_async_callable

if TYPE_CHECKING:
    from litestar.security.session_auth.auth import SessionAuth
    from litestar.types import ASGIApp, Message, Method, Receive, Scope, Scopes, Send

__all__ = ("MiddlewareWrapper", "SessionAuthMiddleware")


class SessionAuthMiddleware(AbstractAuthenticationMiddleware):
    """Authenticate with the session: ``retrieve_user_handler(session, connection)`` names the user."""

    __slots__ = ("retrieve_user_handler",)

    def __init__(
        self,
        app: ASGIApp,
        exclude: str | list[str] | None,
        exclude_http_methods: Sequence[Method] | None,
        exclude_opt_key: str,
        retrieve_user_handler: Callable[[dict[str, Any], ASGIConnection[Any, Any, Any, Any]], Awaitable[Any]],
        scopes: Scopes | None,
    ) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app in the stack.
            exclude: Path patterns that skip authentication.
            exclude_http_methods: HTTP methods that skip authentication.
            exclude_opt_key: Route handler ``opt`` key that skips authentication.
            retrieve_user_handler: Loads the user for the session data (sync or async).
            scopes: Scope types to authenticate.
        """
        super().__init__(
            app=app,
            exclude=exclude,
            exclude_from_auth_key=exclude_opt_key,
            exclude_http_methods=exclude_http_methods,
            scopes=scopes,
        )
        self.retrieve_user_handler = (
            retrieve_user_handler
            if isinstance(retrieve_user_handler, AsyncCallable)
            else ensure_async_callable(retrieve_user_handler)
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Authenticate (unless excluded); a refused HTTP request also loses its session.

        As in 2.17, the 401 answer goes out through the session middleware with the
        session cleared, so the client's session cookie is deleted along with it.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable (the session middleware's).
        """
        if self._is_excluded(scope):
            await self.app(scope, receive, send)
            return
        try:
            result = await self.authenticate_request(ASGIConnection(scope, receive, send))
        except NotAuthorizedException as exc:
            if scope["type"] != ScopeType.HTTP:
                raise
            scope["session"] = Empty
            await _respond_with_error(scope, receive, send, exc)
            return
        scope["user"] = result.user
        scope["auth"] = result.auth
        await self.app(scope, receive, send)

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Authenticate with the session data.

        Args:
            connection: The connection.

        Returns:
            The user and the session data.

        Raises:
            NotAuthorizedException: If there is no session, or it names no user.
        """
        session: Any = connection.scope.get("session")
        if not session or session is Empty:
            raise NotAuthorizedException("no session data found")
        user = await self.retrieve_user_handler(session, connection)
        if not user:
            raise NotAuthorizedException("no user correlating to session found")
        return AuthenticationResult(user=user, auth=session)


async def _respond_with_error(
    scope: Scope, receive: Receive, send: Send, exc: NotAuthorizedException
) -> None:
    """Answer ``exc`` with the handler's exception handlers (by status, then class), else the default body."""
    from litestar.connection import Request
    from litestar.exceptions.responses import create_exception_response

    request: Request[Any, Any, Any] = Request(scope, receive, send)
    handlers = scope["route_handler"].resolve_exception_handlers()
    handler = handlers.get(exc.status_code)
    if handler is None:
        handler = next((handlers[cls] for cls in type(exc).__mro__ if cls in handlers), None)
    response = handler(request, exc) if handler is not None else create_exception_response(request, exc)
    await response.to_asgi_response(app=scope["app"], request=request)(scope, receive, send)


class _FreshSessionIdOnLogin:
    """Give a server-side session a new id when an unauthenticated request fills it."""

    __slots__ = ("app", "backend")

    def __init__(self, app: ASGIApp, backend: Any) -> None:
        self.app = app
        self.backend = backend

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        entry = scope.get("session")
        snapshot = dict(entry) if isinstance(entry, dict) else None

        async def wrapped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                session = scope.get("session")
                authenticated = entry is not None and scope.get("auth") is entry
                if isinstance(session, dict) and session and session != snapshot and not authenticated:
                    await self._renew_id(scope)
            await send(message)

        await self.app(scope, receive, wrapped_send)

    async def _renew_id(self, scope: Scope) -> None:
        backend = self.backend
        config = backend.config
        old_id = _cookie(scope, config.key)
        ScopeState.from_scope(scope).session_id = backend.generate_session_id()
        if old_id and old_id != "null":
            await backend.delete(old_id, store=config.get_store_from_app(scope["app"]))


def _cookie(scope: Scope, key: str) -> str | None:
    return ASGIConnection(scope).cookies.get(key)


class MiddlewareWrapper:
    """The ASGI app :class:`SessionAuth` installs: sessions, then session authentication."""

    __slots__ = ("app", "config", "has_wrapped_middleware")

    def __init__(self, app: ASGIApp, config: SessionAuth[Any, Any]) -> None:
        """Initialise the wrapper; the stack is built on the first call.

        Args:
            app: The next ASGI app in the stack.
            config: The session auth config.
        """
        self.app = app
        self.config = config
        self.has_wrapped_middleware = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Build the stack once, then run it.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        if not self.has_wrapped_middleware:
            self.app = self._build()
            self.has_wrapped_middleware = True
        await self.app(scope, receive, send)

    def _build(self) -> ASGIApp:
        from litestar.middleware.session import SessionMiddleware

        config = self.config
        backend = config.session_backend
        auth_app: ASGIApp = config.authentication_middleware_class(
            app=self.app,
            exclude=config.exclude,
            exclude_http_methods=config.exclude_http_methods,
            exclude_opt_key=config.exclude_opt_key,
            scopes=config.scopes,
            retrieve_user_handler=config.retrieve_user_handler,  # type: ignore[arg-type]
        )
        if callable(getattr(backend, "generate_session_id", None)):
            auth_app = _FreshSessionIdOnLogin(auth_app, backend)
        session_app: ASGIApp = SessionMiddleware(app=auth_app, backend=backend)
        return session_app
