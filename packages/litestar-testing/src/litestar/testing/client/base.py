"""The part of the test clients shared by the sync and async flavours."""

from __future__ import annotations

import asyncio
import inspect
from contextlib import AsyncExitStack, ExitStack, contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx
from anyio.from_thread import start_blocking_portal
from litestar.connection import ASGIConnection
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import ImproperlyConfiguredException
from litestar.testing.client._portal import asyncio_loop, submit
from litestar.testing.life_span_handler import LifeSpanHandler
from litestar.testing.transport import TestClientTransport

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator, Mapping
    from concurrent.futures import Future

    from anyio.from_thread import BlockingPortal
    from httpx._types import CookieTypes
    from litestar.testing._types import BaseBackendConfig, BaseSessionBackend
    from litestar.types import AnyIOBackend, ASGIApp, HTTPResponseStartEvent, HTTPScope

__all__ = ("BaseTestClient", "T", "fake_asgi_connection", "fake_http_send_message")

T = TypeVar("T", bound="ASGIApp")
_R = TypeVar("_R")

_NO_SESSION_MESSAGE = (
    "Session has not been initialized for this TestClient instance. You can do so by passing a "
    "configuration object to TestClient: TestClient(app=app, session_config=...)"
)


def fake_http_send_message(headers: MutableScopeHeaders) -> HTTPResponseStartEvent:
    """Build an ``http.response.start`` message carrying ``headers`` (edited in place).

    Args:
        headers: The headers of the message; ``content-type`` defaults to ``application/text``.

    Returns:
        The message.
    """
    headers.setdefault("content-type", "application/text")
    return {"type": "http.response.start", "status": 200, "headers": headers.headers}


def fake_asgi_connection(app: ASGIApp, cookies: dict[str, str]) -> ASGIConnection[Any, Any, Any, Any]:
    """Build a connection to ``app`` carrying ``cookies``, for session backends.

    Args:
        app: The application, set as ``scope["app"]`` (server-side sessions find their
            store through it).
        cookies: The cookies sent with the fake request.

    Returns:
        The connection.
    """
    headers = []
    if cookies:
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        headers.append((b"cookie", cookie.encode("latin-1")))
    scope: dict[str, Any] = {
        "type": "http",
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
        "scheme": "http",
        "query_string": b"",
        "client": ("testclient", 50000),
        "server": ("testserver", 80),
        "headers": headers,
        "method": "GET",
        "http_version": "1.1",
        "extensions": {"http.response.template": {}},
        "app": app,
        "litestar_app": app,
        "state": {},
        "path_params": {},
        "route_handler": None,
        "asgi": {"spec_version": "2.1", "version": "3.0"},
        "auth": None,
        "session": None,
        "user": None,
    }
    return ASGIConnection(cast("HTTPScope", scope))


class BaseTestClient(Generic[T]):
    """Configuration and helpers shared by :class:`TestClient` and :class:`AsyncTestClient`."""

    __test__ = False

    app: T
    """The ASGI application under test."""
    base_url: httpx.URL
    """The URL requests are relative to."""
    backend: AnyIOBackend
    """The anyio backend running the app (``"asyncio"`` or ``"trio"``)."""
    backend_options: Mapping[str, Any] | None
    """Options for the backend, e.g. ``{"use_uvloop": True}``."""
    session_config: BaseBackendConfig | None
    """The session configuration used by :meth:`set_session_data`/:meth:`get_session_data`."""
    cookies: httpx.Cookies
    """The cookie jar (provided by httpx)."""
    blocking_portal: BlockingPortal | None
    """The portal running the app while the client is open (``with client:``), else ``None``."""

    def __init__(
        self,
        app: T,
        base_url: str = "http://testserver.local",
        backend: AnyIOBackend = "asyncio",
        backend_options: Mapping[str, Any] | None = None,
        session_config: BaseBackendConfig | None = None,
        cookies: CookieTypes | None = None,
    ) -> None:
        """Store the configuration shared by both clients.

        Args:
            app: The ASGI application under test.
            base_url: The URL requests are relative to.
            backend: The anyio backend running the app.
            backend_options: Options for the backend.
            session_config: A session configuration, to read and write session data.
            cookies: Initial cookies (set on the httpx client by the subclasses).
        """
        self.app = app
        self.base_url = httpx.URL(base_url)
        self.backend = backend
        self.backend_options = backend_options
        self.session_config = session_config
        self.blocking_portal = None
        self._portal_loop: asyncio.AbstractEventLoop | None = None
        self._session_backend: BaseSessionBackend | None = None

    def _init_shared(
        self,
        app: T,
        base_url: str,
        raise_server_exceptions: bool,
        root_path: str,
        backend: AnyIOBackend,
        backend_options: Mapping[str, Any] | None,
        session_config: BaseBackendConfig | None,
        timeout: float | None,
        cookies: CookieTypes | None,
    ) -> dict[str, Any]:
        """Run :class:`BaseTestClient`'s ``__init__``; return the httpx client's keywords.

        Both clients call this with their own arguments, then initialise their httpx base
        class with the result (its transport calls the app in memory).
        """
        BaseTestClient.__init__(
            self,
            app=app,
            base_url=base_url,
            backend=backend,
            backend_options=backend_options,
            session_config=session_config,
            cookies=cookies,
        )
        transport = TestClientTransport(
            client=self, raise_server_exceptions=raise_server_exceptions, root_path=root_path
        )
        return {
            "base_url": base_url,
            "headers": {"user-agent": "testclient"},
            "follow_redirects": True,
            "cookies": cookies,
            "transport": transport,
            "timeout": timeout,
        }

    @property
    def session_backend(self) -> BaseSessionBackend:
        """The session backend built from :attr:`session_config` (created once).

        Raises:
            ImproperlyConfiguredException: If the client has no ``session_config``.
        """
        if self._session_backend is None:
            if self.session_config is None:
                raise ImproperlyConfiguredException(_NO_SESSION_MESSAGE)
            self._session_backend = self.session_config.middleware.kwargs["backend"]
        return self._session_backend

    @contextmanager
    def portal(self) -> Generator[BlockingPortal, None, None]:
        """Give the portal running the app: the open client's, or a new one for the block.

        Yields:
            A blocking portal.
        """
        if self.blocking_portal is not None:
            yield self.blocking_portal
            return
        with start_blocking_portal(
            backend=self.backend,
            backend_options=dict(self.backend_options) if self.backend_options is not None else None,
        ) as portal:
            yield portal

    def _open_portal(self, stack: ExitStack | AsyncExitStack) -> LifeSpanHandler[Any]:
        """Open the client's portal and start the app's lifespan; ``stack`` undoes both."""
        stack.callback(self._close_portal)
        self.blocking_portal = portal = stack.enter_context(self.portal())
        self._portal_loop = asyncio_loop(portal)
        return stack.enter_context(LifeSpanHandler(client=self))

    def _close_portal(self) -> None:
        self.blocking_portal = None
        self._portal_loop = None

    def _submit(
        self, portal: BlockingPortal, func: Callable[..., Awaitable[_R]], *args: object
    ) -> Future[_R]:
        """Start ``func(*args)`` on ``portal`` (fast path for the client's own asyncio portal)."""
        return submit(portal, self._portal_loop if portal is self.blocking_portal else None, func, *args)

    def _cookie_dict(self) -> dict[str, str]:
        return {cookie.name: cookie.value or "" for cookie in self.cookies.jar}

    async def _load_session(self) -> dict[str, Any]:
        connection = fake_asgi_connection(self.app, self._cookie_dict())
        data = self.session_backend.load_from_connection(connection)
        if inspect.isawaitable(data):
            data = await data
        return data  # type: ignore[no-any-return]

    async def _store_session(self, data: dict[str, Any]) -> httpx.Response:
        connection = fake_asgi_connection(self.app, self._cookie_dict())
        message = fake_http_send_message(MutableScopeHeaders())
        stored = self.session_backend.store_in_message(data, message, connection)
        if inspect.isawaitable(stored):
            await stored
        headers = list(message["headers"])
        return httpx.Response(200, headers=headers, request=httpx.Request("GET", self.base_url))

    def _apply_session_response(self, response: httpx.Response) -> None:
        self.cookies.extract_cookies(response)
