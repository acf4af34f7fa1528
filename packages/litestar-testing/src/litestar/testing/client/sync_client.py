"""The synchronous test client."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from litestar.testing.client._websocket import build_websocket_request
from litestar.testing.client.base import BaseTestClient
from litestar.testing.transport import ConnectionUpgradeExceptionError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes, CookieTypes, HeaderTypes, QueryParamTypes, TimeoutTypes
    from litestar.testing._types import BaseBackendConfig
    from litestar.testing.life_span_handler import LifeSpanHandler
    from litestar.testing.websocket_test_session import WebSocketTestSession
    from litestar.types import AnyIOBackend, ASGIApp

__all__ = ("T", "TestClient")

T = TypeVar("T", bound="ASGIApp")


class TestClient(httpx.Client, BaseTestClient[T]):
    """An httpx client calling an ASGI app in memory.

    Use it as a context manager to run the app's lifespan (startup on enter, shutdown on
    exit) and to keep one event loop for every request of the block::

        with TestClient(app) as client:
            assert client.get("/").status_code == 200
    """

    __test__ = False

    lifespan_handler: LifeSpanHandler[Any]
    """Runs the app's lifespan while the client is open."""
    exit_stack: ExitStack
    """Undoes what entering the client did (lifespan, portal)."""

    def __init__(
        self,
        app: T,
        base_url: str = "http://testserver.local",
        raise_server_exceptions: bool = True,
        root_path: str = "",
        backend: AnyIOBackend = "asyncio",
        backend_options: Mapping[str, Any] | None = None,
        session_config: BaseBackendConfig | None = None,
        timeout: float | None = None,
        cookies: CookieTypes | None = None,
    ) -> None:
        """Initialise the client.

        Args:
            app: The ASGI application under test.
            base_url: The URL requests are relative to.
            raise_server_exceptions: Re-raise the app's exceptions in the test; ``False``
                turns them into an empty ``500`` response.
            root_path: The ASGI ``root_path`` sent in every scope.
            backend: The anyio backend running the app (``"asyncio"`` or ``"trio"``).
            backend_options: Options for the backend, e.g. ``{"use_uvloop": True}``.
            session_config: A session configuration, for :meth:`set_session_data` and
                :meth:`get_session_data`.
            timeout: The httpx timeout of each request.
            cookies: Initial cookies.
        """
        options = self._init_shared(
            app, base_url, raise_server_exceptions, root_path, backend, backend_options, session_config,
            timeout, cookies,
        )  # fmt: skip
        httpx.Client.__init__(self, **options)

    def __enter__(self) -> Self:
        with ExitStack() as stack:
            self.lifespan_handler = self._open_portal(stack)
            self.exit_stack = stack.pop_all()
        return self

    def __exit__(self, *args: object) -> None:
        self.exit_stack.close()

    def websocket_connect(
        self,
        url: str,
        subprotocols: Sequence[str] | None = None,
        params: QueryParamTypes | None = None,
        headers: HeaderTypes | None = None,
        cookies: CookieTypes | None = None,
        auth: AuthTypes | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
        timeout: TimeoutTypes | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
        extensions: Mapping[str, Any] | None = None,
    ) -> WebSocketTestSession:
        """Open a WebSocket connection to the app; use the session as a context manager.

        Args:
            url: The URL (relative to ``base_url``); the scheme becomes ``ws``/``wss``.
            subprotocols: Subprotocols offered to the app.
            params: Query parameters.
            headers: Extra request headers.
            cookies: Extra cookies.
            auth: httpx authentication.
            follow_redirects: Whether to follow redirects.
            timeout: The httpx timeout.
            extensions: httpx request extensions.

        Raises:
            RuntimeError: If the transport did not upgrade the connection.

        Returns:
            The session; ``with`` it connects (and raises
            :class:`~litestar.exceptions.WebSocketDisconnect` if the app refuses).
        """
        request = build_websocket_request(
            self, url, subprotocols, params, headers, cookies, timeout, extensions
        )
        try:
            response = self.send(request, auth=auth, follow_redirects=follow_redirects)
        except ConnectionUpgradeExceptionError as exc:
            return exc.session
        raise RuntimeError(f"Expected WebSocket upgrade, got a {response.status_code} response")

    def set_session_data(self, data: dict[str, Any]) -> None:
        """Store ``data`` as the session, as the app's session middleware would.

        Args:
            data: The session data.

        Raises:
            ImproperlyConfiguredException: If the client has no ``session_config``.
        """
        self.session_backend  # noqa: B018  # NOTE: fail before starting a portal.
        with self.portal() as portal:
            self._apply_session_response(self._submit(portal, self._store_session, data).result())

    def get_session_data(self) -> dict[str, Any]:
        """Read the session the client's cookies refer to.

        Raises:
            ImproperlyConfiguredException: If the client has no ``session_config``.

        Returns:
            The session data.
        """
        self.session_backend  # noqa: B018
        with self.portal() as portal:
            return self._submit(portal, self._load_session).result()
