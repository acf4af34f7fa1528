"""The httpx transport that hands requests to an ASGI app in memory."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypedDict, TypeVar, cast
from urllib.parse import unquote

import httpx
from anyio import Event

if TYPE_CHECKING:
    from litestar.testing._client_protocol import ClientProtocol
    from litestar.testing.websocket_test_session import WebSocketTestSession
    from litestar.types import Message, Receive, ReceiveMessage, Send

__all__ = ("ConnectionUpgradeExceptionError", "SendReceiveContext", "T", "TestClientTransport")

T = TypeVar("T", bound="ClientProtocol")

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
_WEBSOCKET_SCHEMES = frozenset({"ws", "wss"})
_CLIENT = ("testclient", 50000)


class ConnectionUpgradeExceptionError(Exception):
    """Raised by the transport to hand a WebSocket session back to ``websocket_connect``."""

    def __init__(self, session: WebSocketTestSession) -> None:
        """Carry the session created for the upgrade request.

        Args:
            session: The WebSocket session, not yet connected.
        """
        super().__init__()
        self.session = session
        """The session ``websocket_connect`` returns."""


class SendReceiveContext(TypedDict):
    """The state shared by the ``receive`` and ``send`` callables of one request."""

    request_complete: bool
    """Whether the app has received the whole request body."""
    response_complete: Event
    """Set once the app has sent the last ``http.response.body`` message."""
    raw_kwargs: dict[str, Any]
    """``status_code``, ``headers`` and ``body`` (a list of chunks) of the response."""
    response_started: bool
    """Whether the app has sent ``http.response.start``."""
    template: str | None
    """The template name announced through the ``http.response.template`` extension."""
    context: Any | None
    """The template context announced through the ``http.response.template`` extension."""


class TestClientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport, Generic[T]):
    """Turn httpx requests into ASGI calls of ``client.app`` and collect the responses.

    The app runs on the client's blocking portal (see
    :meth:`~litestar.testing.client.base.BaseTestClient.portal`), so the event loop of a
    ``with TestClient(app)`` block persists between requests.
    """

    __test__: ClassVar[bool] = False

    __slots__ = ("client", "raise_server_exceptions", "root_path")

    def __init__(self, client: T, raise_server_exceptions: bool = True, root_path: str = "") -> None:
        """Initialise the transport.

        Args:
            client: The test client owning the app and the portal.
            raise_server_exceptions: Re-raise exceptions of the app in the test instead of
                returning an empty ``500`` response.
            root_path: The ASGI ``root_path`` sent in every scope.
        """
        self.client = client
        self.raise_server_exceptions = raise_server_exceptions
        self.root_path = root_path

    @staticmethod
    def create_receive(request: httpx.Request, context: SendReceiveContext) -> Receive:
        """Build the ``receive`` callable of one HTTP request.

        The first call returns the whole (already read) body; later calls wait for the
        response to complete and return ``http.disconnect``.

        Args:
            request: The httpx request, with its content read.
            context: The state shared with ``send``.

        Returns:
            An ASGI ``receive`` callable.
        """

        async def receive() -> ReceiveMessage:
            if context["request_complete"]:
                await context["response_complete"].wait()
                return {"type": "http.disconnect"}
            context["request_complete"] = True
            return {"type": "http.request", "body": request.content, "more_body": False}

        return receive

    @staticmethod
    def create_send(request: httpx.Request, context: SendReceiveContext) -> Send:
        """Build the ``send`` callable of one HTTP request.

        Args:
            request: The httpx request (a ``HEAD`` response keeps no body).
            context: The state shared with ``receive``; the response is collected in
                ``context["raw_kwargs"]``.

        Returns:
            An ASGI ``send`` callable.
        """
        raw_kwargs = context["raw_kwargs"]
        keep_body = request.method != "HEAD"

        async def send(message: Message) -> None:
            event = cast("dict[str, Any]", message)
            message_type = event["type"]
            if message_type == "http.response.start":
                if context["response_started"]:
                    raise AssertionError('Received multiple "http.response.start" messages.')
                context["response_started"] = True
                raw_kwargs["status_code"] = event["status"]
                raw_kwargs["headers"] = list(event.get("headers") or ())
            elif message_type == "http.response.body":
                if not context["response_started"]:
                    raise AssertionError('Received "http.response.body" without "http.response.start".')
                if context["response_complete"].is_set():
                    raise AssertionError('Received "http.response.body" after response completed.')
                body = event.get("body", b"")
                if body and keep_body:
                    raw_kwargs["body"].append(body)
                if not event.get("more_body", False):
                    context["response_complete"].set()
            elif message_type == "http.response.template":
                context["template"] = event["template"]
                context["context"] = event["context"]

        return send

    def parse_request(self, request: httpx.Request) -> dict[str, Any]:
        """Build the ASGI scope of a request.

        Args:
            request: The httpx request; a ``ws``/``wss`` URL gives a WebSocket scope.

        Returns:
            The scope.
        """
        url = request.url
        scheme = url.scheme
        host = url.host
        port = url.port or _DEFAULT_PORTS.get(scheme, 80)
        # As the reference client does, `raw_path` keeps the query string (httpx's raw path).
        raw_path = url.raw_path
        path, _, _ = raw_path.partition(b"?")
        headers = _merged_headers(request.headers.raw)
        if scheme in _WEBSOCKET_SCHEMES:
            # As the reference client does, a missing header offers one empty subprotocol.
            protocols = request.headers.get("sec-websocket-protocol", "")
            return {
                "type": "websocket",
                "path": unquote(path.decode("ascii")),
                "raw_path": raw_path,
                "root_path": self.root_path,
                "scheme": scheme,
                "query_string": url.query,
                "headers": headers,
                "client": _CLIENT,
                "server": (host, port),
                "subprotocols": [value.strip() for value in protocols.split(",")],
                "state": {},
            }
        return {
            "type": "http",
            "http_version": "1.1",
            "method": request.method,
            "scheme": scheme,
            "server": (host, port),
            "client": _CLIENT,
            "root_path": self.root_path,
            "path": unquote(path.decode("ascii")),
            "raw_path": raw_path,
            "query_string": url.query,
            "headers": headers,
            "state": {},
            "extensions": {"http.response.template": {}},
        }

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send a request to the app from a synchronous client.

        Args:
            request: The request.

        Raises:
            ConnectionUpgradeExceptionError: For a WebSocket request, carrying the session.

        Returns:
            The app's response.
        """
        scope = self.parse_request(request)
        if scope["type"] == "websocket":
            raise ConnectionUpgradeExceptionError(self._websocket_session(scope))
        request.read()
        with self.client.portal() as portal:
            return self.client._submit(portal, self._call_app, request, scope).result()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send a request to the app from an asynchronous client.

        Args:
            request: The request.

        Raises:
            ConnectionUpgradeExceptionError: For a WebSocket request, carrying the session.

        Returns:
            The app's response.
        """
        from litestar.testing.client._portal import wait_for_future

        scope = self.parse_request(request)
        if scope["type"] == "websocket":
            raise ConnectionUpgradeExceptionError(self._websocket_session(scope))
        await request.aread()
        with self.client.portal() as portal:
            return await wait_for_future(self.client._submit(portal, self._call_app, request, scope))

    def _websocket_session(self, scope: dict[str, Any]) -> WebSocketTestSession:
        from litestar.testing.websocket_test_session import WebSocketTestSession

        return WebSocketTestSession(client=self.client, scope=scope)  # type: ignore[arg-type]

    async def _call_app(self, request: httpx.Request, scope: dict[str, Any]) -> httpx.Response:
        """Run the app for one HTTP request on the portal's event loop."""
        raw_kwargs: dict[str, Any] = {"status_code": 500, "headers": [], "body": []}
        context: SendReceiveContext = {
            "request_complete": False,
            "response_complete": Event(),
            "raw_kwargs": raw_kwargs,
            "response_started": False,
            "template": None,
            "context": None,
        }
        try:
            await self.client.app(
                scope, self.create_receive(request, context), self.create_send(request, context)
            )
        except Exception:
            if self.raise_server_exceptions:
                raise
            return httpx.Response(500, request=request)
        if not context["response_started"]:
            if self.raise_server_exceptions:
                raise AssertionError("TestClient did not receive any response.")
            return httpx.Response(500, request=request)
        response = httpx.Response(
            raw_kwargs["status_code"],
            headers=raw_kwargs["headers"],
            stream=httpx.ByteStream(b"".join(raw_kwargs["body"])),
            request=request,
        )
        # NOTE: like the reference, the template extension is exposed on the response.
        response.template = context["template"]  # type: ignore[attr-defined]
        response.context = context["context"]  # type: ignore[attr-defined]
        return response


def _merged_headers(raw: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """Lower-case names; repeated headers become one, values joined with ", " (as the reference)."""
    merged: dict[bytes, bytes] = {}
    for name, value in raw:
        key = name.lower()
        merged[key] = merged[key] + b", " + value if key in merged else value
    return list(merged.items())
