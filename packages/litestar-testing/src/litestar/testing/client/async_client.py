"""The asynchronous test client."""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from litestar.testing.client._portal import wait_for_future
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

__all__ = ("AsyncTestClient", "T")

T = TypeVar("T", bound="ASGIApp")


class AsyncTestClient(httpx.AsyncClient, BaseTestClient[T]):
    """An async httpx client calling an ASGI app in memory.

    Like :class:`~litestar.testing.TestClient`, the app runs on a blocking portal (its
    own thread and event loop), so the lifespan, HTTP requests and WebSocket sessions of
    an ``async with AsyncTestClient(app)`` block all share one event loop::

        async with AsyncTestClient(app) as client:
            assert (await client.get("/")).status_code == 200
    """

    lifespan_handler: LifeSpanHandler[Any]
    """Runs the app's lifespan while the client is open."""
    exit_stack: AsyncExitStack
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
        """Initialise the client; the arguments are those of :class:`~litestar.testing.TestClient`."""
        options = self._init_shared(
            app, base_url, raise_server_exceptions, root_path, backend, backend_options, session_config,
            timeout, cookies,
        )  # fmt: skip
        httpx.AsyncClient.__init__(self, **options)

    async def __aenter__(self) -> Self:
        async with AsyncExitStack() as stack:
            self.lifespan_handler = self._open_portal(stack)
            self.exit_stack = stack.pop_all()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.exit_stack.aclose()

    async def websocket_connect(
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

        The arguments are those of :meth:`~litestar.testing.TestClient.websocket_connect`.

        Raises:
            RuntimeError: If the transport did not upgrade the connection.

        Returns:
            The session; ``with`` it connects (and raises
            :class:`~litestar.exceptions.WebSocketDisconnect` if the app refuses). Its
            methods block: the app runs on the client's portal thread.
        """
        request = build_websocket_request(
            self, url, subprotocols, params, headers, cookies, timeout, extensions
        )
        try:
            response = await self.send(request, auth=auth, follow_redirects=follow_redirects)
        except ConnectionUpgradeExceptionError as exc:
            return exc.session
        raise RuntimeError(f"Expected WebSocket upgrade, got a {response.status_code} response")

    async def set_session_data(self, data: dict[str, Any]) -> None:
        """Store ``data`` as the session, as :meth:`~litestar.testing.TestClient.set_session_data` does."""
        self.session_backend  # noqa: B018  # NOTE: fail before starting a portal.
        with self.portal() as portal:
            response = await wait_for_future(self._submit(portal, self._store_session, data))
        self._apply_session_response(response)

    async def get_session_data(self) -> dict[str, Any]:
        """Read the session, as :meth:`~litestar.testing.TestClient.get_session_data` does."""
        self.session_backend  # noqa: B018
        with self.portal() as portal:
            return await wait_for_future(self._submit(portal, self._load_session))
