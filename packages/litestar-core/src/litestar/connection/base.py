"""``ASGIConnection``: what HTTP requests and WebSockets share.

Everything is parsed lazily from the scope and cached on the instance; see
``docs/internals.md`` ("Scope keys") for the keys the app puts in the scope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar, cast

from litestar import _scope_keys
from litestar._parsers import parse_cookie_string, parse_query_string
from litestar.datastructures.headers import Headers
from litestar.datastructures.multi_dicts import MultiDict
from litestar.datastructures.state import State
from litestar.datastructures.url import URL, Address
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty

if TYPE_CHECKING:
    # The one upward name: ``request.app`` is typed as the app itself (typing only).
    from litestar.app import Litestar
    from litestar.types.asgi_types import Message, Receive, Scope, Send
    from litestar.types.empty import EmptyType

__all__ = ("ASGIConnection", "empty_receive", "empty_send")

HandlerT = TypeVar("HandlerT")
UserT = TypeVar("UserT")
AuthT = TypeVar("AuthT")
StateT = TypeVar("StateT", bound=State)

SESSION_ID_SCOPE_KEY = _scope_keys.SESSION_ID
"""Scope key where session middlewares store the session id (see ``get_session_id``)."""


async def empty_receive() -> NoReturn:  # pragma: no cover - trivially raises
    """A placeholder ``receive`` for connections built without one.

    Raises:
        RuntimeError: Always.
    """
    raise RuntimeError()


async def empty_send(_: Message) -> NoReturn:  # pragma: no cover - trivially raises
    """A placeholder ``send`` for connections built without one.

    Raises:
        RuntimeError: Always.
    """
    raise RuntimeError()


class ASGIConnection(Generic[HandlerT, UserT, AuthT, StateT]):
    """The base of :class:`~litestar.connection.Request` and :class:`~litestar.connection.WebSocket`."""

    __slots__ = (
        "_base_url",
        "_cookies",
        "_headers",
        "_query_params",
        "_url",
        "receive",
        "scope",
        "send",
    )

    scope: Scope
    """The ASGI scope of the connection."""
    receive: Receive
    """The ASGI receive callable."""
    send: Send
    """The ASGI send callable."""

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send) -> None:
        """Initialise the connection.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        self.scope = scope
        self.receive = receive
        self.send = send
        self._url: URL | None = None
        self._base_url: URL | None = None
        self._headers: Headers | None = None
        self._query_params: MultiDict[str] | None = None
        self._cookies: dict[str, str] | None = None

    @property
    def app(self) -> Litestar:
        """The :class:`~litestar.app.Litestar` application (``scope["app"]``)."""
        return cast("Litestar", self.scope["app"])

    @property
    def route_handler(self) -> HandlerT:
        """The route handler serving this connection."""
        return cast("HandlerT", self.scope["route_handler"])

    @property
    def state(self) -> StateT:
        """The connection state, a :class:`State` over ``scope["state"]``."""
        scope = cast("dict[str, Any]", self.scope)
        data = scope.get("state")
        if data is None:
            data = scope["state"] = {}
        return cast("StateT", State(data))

    @property
    def url(self) -> URL:
        """The full URL of the request."""
        url = self._url
        if url is None:
            url = self._url = URL.from_scope(self.scope)
        return url

    @property
    def base_url(self) -> URL:
        """The URL of the application root (scheme, host and ``root_path``)."""
        base_url = self._base_url
        if base_url is None:
            scope = cast("dict[str, Any]", self.scope)
            base_url = self._base_url = URL.from_scope(
                {
                    "scheme": scope.get("scheme", "http"),
                    "server": scope.get("server"),
                    "path": "/",
                    "root_path": scope.get("root_path", ""),
                    "headers": scope.get("headers", ()),
                }  # type: ignore[arg-type]
            )
        return base_url

    @property
    def headers(self) -> Headers:
        """The request headers (case-insensitive, decoded lazily)."""
        headers = self._headers
        if headers is None:
            headers = self._headers = Headers.from_scope(self.scope)
        return headers

    @property
    def query_params(self) -> MultiDict[Any]:
        """The parsed query string; blank values are kept."""
        params = self._query_params
        if params is None:
            params = self._query_params = MultiDict._from_list(
                parse_query_string(self.scope.get("query_string", b""))
            )
        return params

    @property
    def path_params(self) -> dict[str, Any]:
        """The converted path parameters of the matched route."""
        return self.scope["path_params"]

    @property
    def cookies(self) -> dict[str, str]:
        """The request cookies."""
        cookies = self._cookies
        if cookies is None:
            cookies = self._cookies = parse_cookie_string(self.headers.get("cookie", ""))
        return cookies

    @property
    def client(self) -> Address | None:
        """The client's address, if the server provided it."""
        client = self.scope.get("client")
        return Address(*client) if client else None

    @property
    def auth(self) -> AuthT:
        """The auth value set by an authentication middleware.

        Raises:
            ImproperlyConfiguredException: If no authentication middleware set it.
        """
        return cast("AuthT", self._set_by_middleware("auth", "an AuthMiddleware"))

    @property
    def user(self) -> UserT:
        """The user set by an authentication middleware.

        Raises:
            ImproperlyConfiguredException: If no authentication middleware set it.
        """
        return cast("UserT", self._set_by_middleware("user", "an AuthMiddleware"))

    @property
    def session(self) -> dict[str, Any]:
        """The session data set by a session middleware.

        Raises:
            ImproperlyConfiguredException: If no session middleware set it.
        """
        return cast("dict[str, Any]", self._set_by_middleware("session", "a SessionMiddleware"))

    def _set_by_middleware(self, key: str, middleware: str) -> Any:
        """The scope value a middleware must have set, or a message naming that middleware."""
        scope = cast("dict[str, Any]", self.scope)
        if key not in scope:
            raise ImproperlyConfiguredException(
                f"'{key}' is not defined in scope, install {middleware} to set it"
            )
        return scope[key]

    @property
    def logger(self) -> Any:
        """The application logger."""
        return self.app.get_logger()

    def set_session(self, value: dict[str, Any] | Any | EmptyType) -> None:
        """Replace the session data (a dict, a data container, or ``Empty`` to clear it).

        Args:
            value: The new session value, stored as is in ``scope["session"]``.
        """
        cast("dict[str, Any]", self.scope)["session"] = value

    def clear_session(self) -> None:
        """Clear the session data and forget the session id."""
        scope = cast("dict[str, Any]", self.scope)
        scope["session"] = Empty
        scope.pop(SESSION_ID_SCOPE_KEY, None)
        scope_state = _scope_state(scope)
        if scope_state is not None:
            scope_state.session_id = Empty

    def get_session_id(self) -> str | None:
        """Return the session id stored by a server-side session middleware, if any.

        The id is read from ``scope["_litestar_session_id"]``, else from the
        connection's :class:`~litestar.utils.scope.state.ScopeState`.
        """
        scope = cast("dict[str, Any]", self.scope)
        session_id = scope.get(SESSION_ID_SCOPE_KEY)
        if session_id is None:
            scope_state = _scope_state(scope)
            if scope_state is not None and scope_state.session_id is not Empty:
                return cast("str | None", scope_state.session_id)
        return cast("str | None", session_id)

    def url_for(self, name: str, **path_parameters: Any) -> str:
        """Return the absolute URL of the route handler called ``name``.

        Args:
            name: The handler's ``name``.
            **path_parameters: Values of the route's path parameters.

        Returns:
            The absolute URL.
        """
        path = self.app.route_reverse(name, **path_parameters)
        return _join(self.base_url, path)

    def url_for_static_asset(self, name: str, file_path: str) -> str:
        """Return the absolute URL of a file served by the static files router ``name``.

        Args:
            name: The static files router's name.
            file_path: The file path relative to the router's directories.

        Returns:
            The absolute URL.
        """
        path = self.app.url_for_static_asset(name, file_path)
        return _join(self.base_url, path)


def _scope_state(scope: dict[str, Any]) -> Any:
    """Return the connection's ``ScopeState`` if one was created, without creating it."""
    from litestar.utils.scope.state import CONNECTION_STATE_KEY

    state = scope.get("state")
    return state.get(CONNECTION_STATE_KEY) if state else None


def _join(base_url: URL, path: str) -> str:
    base = str(base_url)
    if base.endswith("/") and path.startswith("/"):
        return base + path[1:]
    return base + path
