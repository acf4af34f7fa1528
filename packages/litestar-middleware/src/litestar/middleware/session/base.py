"""The session middleware and the interfaces of its backends.

:class:`SessionMiddleware` loads the session into ``scope["session"]`` before the
handler runs and lets its backend store it when the response starts: in the cookie
itself (:mod:`~litestar.middleware.session.client_side`) or in a store, keyed by an id
the cookie carries (:mod:`~litestar.middleware.session.server_side`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeAlias, TypeVar

from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.middleware._message import editable_start
from litestar.middleware.base import AbstractMiddleware, DefineMiddleware
from litestar.serialization import decode_json, encode_json
from litestar.utils.scope import get_serializer_from_scope

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from litestar.types import ASGIApp, Message, Receive, Scope, Scopes, Send
    from litestar.types.empty import EmptyType

__all__ = ("BaseBackendConfig", "BaseSessionBackend", "SessionMiddleware")

ONE_DAY_IN_SECONDS = 60 * 60 * 24

ScopeSession: TypeAlias = "dict[str, Any] | EmptyType | None"
ConfigT = TypeVar("ConfigT", bound="BaseBackendConfig[Any]")
BaseSessionBackendT = TypeVar("BaseSessionBackendT", bound="BaseSessionBackend[Any]")


class BaseBackendConfig(Generic[BaseSessionBackendT]):
    """What every session backend configuration has: the cookie and the exclusion rules."""

    _backend_class: type[BaseSessionBackendT]  # pyright: ignore
    key: str
    """The cookie name."""
    max_age: int
    """Lifetime of the session, in seconds."""
    scopes: Scopes = frozenset({ScopeType.HTTP, ScopeType.WEBSOCKET})  # type: ignore[assignment]
    """The scope types the middleware handles."""
    path: str
    """The cookie path."""
    domain: str | None
    """The cookie domain."""
    secure: bool
    """Send the cookie over HTTPS only."""
    httponly: bool
    """Hide the cookie from JavaScript."""
    samesite: Literal["lax", "strict", "none"]
    """The cookie's ``SameSite`` policy."""
    exclude: str | list[str] | None
    """Path patterns the middleware skips."""
    exclude_opt_key: str
    """Route ``opt`` key that, when truthy, skips the middleware."""

    _COOKIE_FIELDS: ClassVar[tuple[str, ...]] = ("path", "domain", "secure", "httponly", "samesite")

    @property
    def middleware(self) -> DefineMiddleware:
        """The session middleware for ``Litestar(middleware=[...])``, with a backend of this config."""
        return DefineMiddleware(SessionMiddleware, backend=self._backend_class(config=self))

    def _cookie_params(self) -> dict[str, Any]:
        params = {name: getattr(self, name) for name in self._COOKIE_FIELDS}
        return {name: value for name, value in params.items() if value is not None}

    def _validate_cookie(self) -> None:
        from litestar.exceptions import ImproperlyConfiguredException

        if not 1 <= len(self.key) <= 256:
            raise ImproperlyConfiguredException("key must be a string with a length between 1-256")
        if self.max_age < 1:
            raise ImproperlyConfiguredException("max_age must be greater than 0")


class BaseSessionBackend(ABC, Generic[ConfigT]):
    """Loads and stores session data for :class:`SessionMiddleware`."""

    __slots__ = ("config",)

    def __init__(self, config: ConfigT) -> None:
        """Initialise the backend.

        Args:
            config: Its configuration.
        """
        self.config = config

    @staticmethod
    def serialize_data(data: ScopeSession, scope: Scope | None = None) -> bytes:
        """Encode session data as JSON, with the type encoders of the route when a scope is given.

        Args:
            data: The session data.
            scope: The connection scope.

        Returns:
            The JSON bytes.
        """
        serializer = (
            get_serializer_from_scope(scope) if scope is not None and scope.get("route_handler") else None
        )
        return encode_json(data, serializer=serializer)

    @staticmethod
    def deserialize_data(data: Any) -> dict[str, Any]:
        """Decode session data written by :meth:`serialize_data`.

        Args:
            data: JSON bytes or text.

        Returns:
            The session data.
        """
        return dict(decode_json(value=data))

    @abstractmethod
    def get_session_id(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
        """Return the id of the connection's session, if the backend has ids."""

    @abstractmethod
    async def store_in_message(
        self,
        scope_session: ScopeSession,
        message: Message,
        connection: ASGIConnection[Any, Any, Any, Any],
    ) -> None:
        """Persist ``scope_session`` and add its cookie headers to the response start ``message``."""

    @abstractmethod
    async def load_from_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """Load the session of ``connection`` (empty when it has none)."""


class SessionMiddleware(AbstractMiddleware, Generic[BaseSessionBackendT]):
    """Puts the session in ``scope["session"]`` and stores it when the response starts."""

    def __init__(self, app: ASGIApp, backend: BaseSessionBackendT) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            backend: The session backend (it carries the configuration).
        """
        config = backend.config
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key, scopes=config.scopes
        )
        self.backend = backend

    def create_send_wrapper(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> Callable[[Message], Awaitable[None]]:
        """Return a ``send`` that stores the session when the response starts.

        Args:
            connection: The connection.

        Returns:
            The wrapped ``send``.
        """
        backend = self.backend
        scope: dict[str, Any] = connection.scope  # type: ignore[assignment]
        send = connection.send

        async def wrapped_send(message: Message) -> None:
            if message["type"] != "http.response.start":
                await send(message)
                return
            if "session" in scope:
                message, _ = editable_start(message)
                await backend.store_in_message(scope["session"], message, connection)
            await send(message)

        return wrapped_send

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Load the session, run the app, store the session with the response."""
        connection: ASGIConnection[Any, Any, Any, Any] = ASGIConnection(scope, receive=receive, send=send)
        scope["session"] = await self.backend.load_from_connection(connection)
        await self.app(scope, receive, self.create_send_wrapper(connection))
