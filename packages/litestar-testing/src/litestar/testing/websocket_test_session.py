"""A blocking, in-memory WebSocket connection to an app under test."""

from __future__ import annotations

import contextlib
import math
from contextlib import ExitStack
from queue import Queue
from typing import TYPE_CHECKING, Any, Literal, Self, cast

from anyio import BrokenResourceError, ClosedResourceError, EndOfStream, create_memory_object_stream
from litestar.exceptions import WebSocketDisconnect
from litestar.serialization import decode_json, decode_msgpack, encode_json, encode_msgpack

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
    from litestar.testing._client_protocol import ClientProtocol
    from litestar.types import (
        Message,
        WebSocketReceiveEvent,
        WebSocketReceiveMessage,
        WebSocketScope,
        WebSocketSendMessage,
    )

__all__ = ("WebSocketTestSession",)


class WebSocketTestSession:
    """A WebSocket connection to the app, driven from the test's thread.

    The app runs on the client's portal; messages it sends are queued until the test
    receives them. Entering the session connects (``websocket.connect``) and waits for
    the app to accept; leaving it sends ``websocket.disconnect`` and waits for the app.
    """

    __slots__ = (
        "_closed",
        "_disconnect_code",
        "_inbox_receive",
        "_inbox_send",
        "_portal",
        "accepted_subprotocol",
        "client",
        "exit_stack",
        "extra_headers",
        "receive_queue",
        "scope",
    )

    def __init__(self, client: ClientProtocol, scope: WebSocketScope) -> None:
        """Prepare a connection; nothing runs until the session is entered.

        Args:
            client: The client whose app and portal run the connection.
            scope: The ``websocket`` scope.
        """
        self.client = client
        self.scope = scope
        self.accepted_subprotocol: str | None = None
        """The subprotocol the app accepted."""
        self.extra_headers: list[tuple[bytes, bytes]] | None = None
        """The headers the app sent with ``websocket.accept``."""
        self.receive_queue: Queue[Message | BaseException] = Queue()
        """Messages sent by the app (or the exception it raised), in order."""
        self.exit_stack = ExitStack()
        """Undoes what entering the session did."""
        self._portal: BlockingPortal | None = None
        self._inbox_send: MemoryObjectSendStream[WebSocketReceiveMessage]
        self._inbox_receive: MemoryObjectReceiveStream[WebSocketReceiveMessage]
        self._closed = False
        self._disconnect_code = 1000

    def __enter__(self) -> Self:
        stack = self.exit_stack
        try:
            self._portal = portal = stack.enter_context(self.client.portal())
            # NOTE: created here, not in __init__, so an unused session leaks no stream.
            self._inbox_send, self._inbox_receive = create_memory_object_stream[Any](math.inf)
            future = portal.start_task_soon(self.do_asgi_call)
            stack.callback(future.result)
            stack.callback(self._close_inbox)
            self._send_message({"type": "websocket.connect"})
            message = self.receive()
        except BaseException:
            stack.close()
            raise
        accept = cast("dict[str, Any]", message)
        self.accepted_subprotocol = accept.get("subprotocol")
        self.extra_headers = accept.get("headers")
        return self

    def __exit__(self, *args: object) -> None:
        try:
            self.close(1000)
        finally:
            self.exit_stack.close()
        while not self.receive_queue.empty():
            message = self.receive_queue.get_nowait()
            if isinstance(message, BaseException):
                raise message

    def _require_portal(self) -> BlockingPortal:
        if self._portal is None:
            raise RuntimeError(
                "The WebSocket session is not connected: use 'with client.websocket_connect(...)'"
            )
        return self._portal

    def _close_inbox(self) -> None:
        self._require_portal().call(self._inbox_send.aclose)

    async def do_asgi_call(self) -> None:
        """Run the app for this connection (on the portal's event loop)."""
        receive_stream = self._inbox_receive
        put = self.receive_queue.put

        async def receive() -> WebSocketReceiveMessage:
            try:
                return await receive_stream.receive()
            except EndOfStream:
                return {"type": "websocket.disconnect", "code": self._disconnect_code}

        async def send(message: Message) -> None:
            put(message)

        try:
            await self.client.app(self.scope, receive, send)
        except Exception as exc:  # noqa: BLE001  # NOTE: raised by receive() in the test.
            put(exc)
        else:
            # NOTE: an app returning without closing closes the connection, as servers do.
            put({"type": "websocket.close", "code": 1000, "reason": ""})
        finally:
            await receive_stream.aclose()

    def _send_message(self, message: WebSocketReceiveMessage) -> None:
        portal = self._require_portal()
        # The app is gone; like a socket, drop what is sent to it.
        with contextlib.suppress(BrokenResourceError, ClosedResourceError):
            portal.call(self._inbox_send.send_nowait, message)

    def send(
        self, data: str | bytes, mode: Literal["text", "binary"] = "text", encoding: str = "utf-8"
    ) -> None:
        """Send a text or binary message to the app.

        Args:
            data: The payload; converted with ``encoding`` if it does not match ``mode``.
            mode: ``"text"`` or ``"binary"``.
            encoding: The encoding used to convert the payload.
        """
        if mode == "text":
            text = data.decode(encoding) if isinstance(data, bytes) else data
            self._send_message(cast("WebSocketReceiveEvent", {"type": "websocket.receive", "text": text}))
        else:
            payload = data.encode(encoding) if isinstance(data, str) else data
            self._send_message(cast("WebSocketReceiveEvent", {"type": "websocket.receive", "bytes": payload}))

    def send_text(self, data: str, encoding: str = "utf-8") -> None:
        """Send a text message.

        Args:
            data: The text.
            encoding: Used if ``data`` is bytes.
        """
        self.send(data, mode="text", encoding=encoding)

    def send_bytes(self, data: bytes, encoding: str = "utf-8") -> None:
        """Send a binary message.

        Args:
            data: The bytes.
            encoding: Used if ``data`` is a string.
        """
        self.send(data, mode="binary", encoding=encoding)

    def send_json(self, data: Any, mode: Literal["text", "binary"] = "text") -> None:
        """Send ``data`` encoded as JSON.

        Args:
            data: A JSON-serialisable value.
            mode: Send a text or a binary message.
        """
        self.send(encode_json(data), mode=mode)

    def send_msgpack(self, data: Any) -> None:
        """Send ``data`` encoded as MessagePack, in a binary message.

        Args:
            data: A MessagePack-serialisable value.
        """
        self.send(encode_msgpack(data), mode="binary")

    def close(self, code: int = 1000) -> None:
        """Send ``websocket.disconnect`` to the app (once).

        Args:
            code: The close code.
        """
        if self._closed:
            return
        self._closed = True
        self._disconnect_code = code
        self._send_message({"type": "websocket.disconnect", "code": code})
        # NOTE: the app's later receive() calls get the disconnect again instead of hanging.
        self._close_inbox()

    def receive(self, block: bool = True, timeout: float | None = None) -> WebSocketSendMessage:
        """Receive the next message the app sent.

        Args:
            block: Wait for a message (else raise ``queue.Empty`` at once).
            timeout: Seconds to wait before raising ``queue.Empty``.

        Raises:
            WebSocketDisconnect: If the app closed the connection.
            Exception: Whatever the app raised.

        Returns:
            The message.
        """
        message = self.receive_queue.get(block=block, timeout=timeout)
        if isinstance(message, BaseException):
            raise message
        if message["type"] == "websocket.close":
            raise WebSocketDisconnect(detail=message.get("reason") or "", code=message.get("code", 1000))
        return message  # type: ignore[return-value]

    def receive_text(self, block: bool = True, timeout: float | None = None) -> str:
        """Receive a text message.

        Args:
            block: Wait for a message.
            timeout: Seconds to wait.

        Returns:
            The text (``""`` for a binary message).
        """
        text = self.receive(block=block, timeout=timeout).get("text")
        return text if isinstance(text, str) else ""

    def receive_bytes(self, block: bool = True, timeout: float | None = None) -> bytes:
        """Receive a binary message.

        Args:
            block: Wait for a message.
            timeout: Seconds to wait.

        Returns:
            The bytes (``b""`` for a text message).
        """
        data = self.receive(block=block, timeout=timeout).get("bytes")
        return data if isinstance(data, bytes) else b""

    def receive_json(
        self, mode: Literal["text", "binary"] = "text", block: bool = True, timeout: float | None = None
    ) -> Any:
        """Receive a message and decode it as JSON.

        Args:
            mode: Which payload to read first (the other is used if it is missing).
            block: Wait for a message.
            timeout: Seconds to wait.

        Returns:
            The decoded value.
        """
        message = cast("dict[str, Any]", self.receive(block=block, timeout=timeout))
        first, second = ("text", "bytes") if mode == "text" else ("bytes", "text")
        data = message.get(first)
        if data is None:
            data = message.get(second)
        return decode_json(data if data is not None else b"")

    def receive_msgpack(self, block: bool = True, timeout: float | None = None) -> Any:
        """Receive a binary message and decode it as MessagePack.

        Args:
            block: Wait for a message.
            timeout: Seconds to wait.

        Returns:
            The decoded value.
        """
        data = self.receive(block=block, timeout=timeout).get("bytes")
        return decode_msgpack(data if isinstance(data, bytes) else b"")
