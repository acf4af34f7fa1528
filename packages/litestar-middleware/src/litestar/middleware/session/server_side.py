"""Sessions kept in a store; the cookie carries only a random session id."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.middleware.session.base import ONE_DAY_IN_SECONDS, BaseBackendConfig, BaseSessionBackend
from litestar.types.empty import Empty
from litestar.utils.scope.state import ScopeState

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.middleware.session.base import ScopeSession
    from litestar.stores.base import Store
    from litestar.types import Message, Scopes

__all__ = ("ServerSideSessionBackend", "ServerSideSessionConfig")


class ServerSideSessionBackend(BaseSessionBackend["ServerSideSessionConfig"]):
    """Stores session data in a store (``app.stores.get(config.store)``) under the cookie's id."""

    __slots__ = ()

    async def get(self, session_id: str, store: Store) -> bytes | None:
        """Read the session ``session_id``, renewing its expiry when ``renew_on_access`` is set.

        Args:
            session_id: The session id.
            store: The store.

        Returns:
            The serialised session, or ``None``.
        """
        max_age = self.config.max_age if self.config.renew_on_access else None
        return await store.get(session_id, renew_for=max_age)

    async def set(self, session_id: str, data: bytes, store: Store) -> None:
        """Write the session ``session_id``, expiring after ``max_age``.

        Args:
            session_id: The session id.
            data: The serialised session.
            store: The store.
        """
        await store.set(session_id, data, expires_in=self.config.max_age)

    async def delete(self, session_id: str, store: Store) -> None:
        """Delete the session ``session_id``.

        Args:
            session_id: The session id.
            store: The store.
        """
        await store.delete(session_id)

    def get_session_id(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        """Return the connection's session id: the cookie's, else a new one (remembered for the request).

        Args:
            connection: The connection.

        Returns:
            The session id.
        """
        state = ScopeState.from_scope(connection.scope)
        session_id = state.session_id
        if isinstance(session_id, str):
            return session_id
        session_id = connection.cookies.get(self.config.key)
        if not session_id or session_id == "null":
            session_id = self.generate_session_id()
        state.session_id = session_id
        return session_id

    def generate_session_id(self) -> str:
        """Return a new random session id (``session_id_bytes`` random bytes, hex encoded).

        Returns:
            The id.
        """
        return secrets.token_hex(self.config.session_id_bytes)

    async def store_in_message(
        self, scope_session: ScopeSession, message: Message, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> None:
        """Write the session to the store and set its cookie; delete both for a cleared session.

        Args:
            scope_session: The session data (``Empty`` after ``clear_session()``).
            message: The ``http.response.start`` message.
            connection: The connection.
        """
        config = self.config
        scope = connection.scope
        store = config.get_store_from_app(scope["app"])
        headers = MutableScopeHeaders.from_message(message)
        params = config._cookie_params()
        if scope_session is Empty:
            old_id = connection.cookies.get(config.key)
            if old_id:
                await self.delete(old_id, store=store)
            cookie = Cookie(value="null", key=config.key, expires=0, max_age=config.max_age, **params)
        else:
            session_id = self.get_session_id(connection)
            await self.set(session_id, self.serialize_data(scope_session, scope), store=store)
            cookie = Cookie(value=session_id, key=config.key, max_age=config.max_age, **params)
        headers.add("Set-Cookie", cookie.to_header(header=""))

    async def load_from_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """Load the session whose id the request's cookie carries.

        Args:
            connection: The connection.

        Returns:
            The session data (empty when there is none).
        """
        session_id = connection.cookies.get(self.config.key)
        if not session_id or session_id == "null":
            return {}
        store = self.config.get_store_from_app(connection.scope["app"])
        data = await self.get(session_id, store=store)
        if data is None:
            return {}
        try:
            return self.deserialize_data(data)
        except Exception:  # noqa: BLE001  (unreadable data is no session)
            return {}


@dataclass
class ServerSideSessionConfig(BaseBackendConfig[ServerSideSessionBackend]):
    """Configuration of server-side sessions."""

    _backend_class = ServerSideSessionBackend

    session_id_bytes: int = field(default=32)
    """Random bytes in a session id."""
    renew_on_access: bool = field(default=False)
    """Push the session's expiry out on every read."""
    key: str = field(default="session")
    """The cookie name."""
    max_age: int = field(default=ONE_DAY_IN_SECONDS * 14)
    """Lifetime of the cookie and of the stored session, in seconds."""
    scopes: Scopes = field(default_factory=lambda: {ScopeType.HTTP, ScopeType.WEBSOCKET})
    """The scope types the middleware handles."""
    path: str = field(default="/")
    """The cookie path."""
    domain: str | None = field(default=None)
    """The cookie domain."""
    secure: bool = field(default=False)
    """Send the cookie over HTTPS only."""
    httponly: bool = field(default=True)
    """Hide the cookie from JavaScript."""
    samesite: Literal["lax", "strict", "none"] = field(default="lax")
    """The cookie's ``SameSite`` policy."""
    exclude: str | list[str] | None = field(default=None)
    """Path patterns the middleware skips."""
    exclude_opt_key: str = field(default="skip_session")
    """Route ``opt`` key that, when truthy, skips the middleware."""
    store: str = "sessions"
    """Name of the store in the app's registry (``app.stores``)."""

    def __post_init__(self) -> None:
        """Validate the cookie settings.

        Raises:
            ImproperlyConfiguredException: For an empty or overlong key, or a ``max_age``
                below one second.
        """
        self._validate_cookie()

    def get_store_from_app(self, app: Any) -> Store:
        """Return the store sessions are kept in.

        Args:
            app: The application.

        Returns:
            ``app.stores.get(self.store)``.
        """
        return app.stores.get(self.store)  # type: ignore[no-any-return]
