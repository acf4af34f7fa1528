"""``WebSocket``: a WebSocket connection with typed receive/send helpers."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any, Generic, Literal, cast

from litestar.connection.base import ASGIConnection, AuthT, StateT, UserT, empty_receive, empty_send
from litestar.datastructures.headers import Headers
from litestar.exceptions.websocket_exceptions import WebSocketDisconnect
from litestar.serialization.msgspec_hooks import (
    decode_json,
    decode_msgpack,
    default_serializer,
    encode_json,
    encode_msgpack,
)

if TYPE_CHECKING:
    from litestar.types._callables import Serializer
    from litestar.types.asgi_types import Message, Receive, ReceiveMessage, Scope, Send, WebSocketMode

__all__ = ("WebSocket",)

_DISCONNECTED = "connection is disconnected"
_CONNECTION_STATES = {"websocket.connect": "connect", "websocket.receive": "receive"}


class WebSocket(ASGIConnection[Any, UserT, AuthT, StateT], Generic[UserT, AuthT, StateT]):
    """A WebSocket connection."""

    __slots__ = ("connection_state",)

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send) -> None:
        """Initialise the WebSocket.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        super().__init__(scope, self.receive_wrapper(receive), self.send_wrapper(send))
        self.connection_state: Literal["init", "connect", "receive", "disconnect"] = "init"
        """``init`` until the connect event, then ``connect``/``receive``, then ``disconnect``."""

    def receive_wrapper(self, receive: Receive) -> Receive:
        """Wrap ``receive`` to track the connection state.

        Args:
            receive: The ASGI receive callable.

        Returns:
            A receive callable raising :class:`WebSocketDisconnect` once disconnected.
        """

        async def wrapped_receive(*args: Any) -> ReceiveMessage:
            if self.connection_state == "disconnect":
                raise WebSocketDisconnect(detail=_DISCONNECTED)
            message = await receive(*args)
            self.connection_state = _CONNECTION_STATES.get(message["type"], "disconnect")  # type: ignore[assignment]
            return message

        return wrapped_receive

    def send_wrapper(self, send: Send) -> Send:
        """Wrap ``send`` to refuse sending once disconnected.

        Args:
            send: The ASGI send callable.

        Returns:
            A send callable raising :class:`WebSocketDisconnect` once disconnected.
        """

        async def wrapped_send(message: Message) -> None:
            if self.connection_state == "disconnect":
                raise WebSocketDisconnect(detail=_DISCONNECTED)
            await send(message)

        return wrapped_send

    async def accept(
        self,
        subprotocols: str | None = None,
        headers: Headers | dict[str, Any] | list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        """Accept the connection (a no-op once accepted).

        Args:
            subprotocols: The chosen subprotocol.
            headers: Extra headers for the accept message.
        """
        if self.connection_state != "init":
            return
        await self.receive()
        if headers is None:
            raw_headers: list[tuple[bytes, bytes]] = []
        elif isinstance(headers, Headers):
            raw_headers = headers.to_header_list()
        elif isinstance(headers, dict):
            raw_headers = Headers(headers).to_header_list()
        else:
            raw_headers = headers
        await self.send({"type": "websocket.accept", "subprotocol": subprotocols, "headers": raw_headers})

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        """Close the connection.

        Args:
            code: The close code.
            reason: The close reason.
        """
        await self.send({"type": "websocket.close", "code": code, "reason": reason or ""})

    async def receive_data(self, mode: WebSocketMode) -> str | bytes:
        """Receive one message, accepting the connection first if needed.

        Args:
            mode: ``"text"`` or ``"binary"``.

        Raises:
            WebSocketDisconnect: When the client disconnects.

        Returns:
            The text (``""`` if absent) or bytes (``b""`` if absent) of the message.
        """
        if self.connection_state == "init":
            await self.accept()
        message = await self.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(detail="disconnect event", code=message.get("code", 1000))
        data: dict[str, Any] = message  # type: ignore[assignment]
        if mode == "text":
            return cast("str", data.get("text") or "")
        return cast("bytes", data.get("bytes") or b"")

    async def iter_data(self, mode: WebSocketMode = "text") -> AsyncGenerator[str | bytes, None]:
        """Yield received messages until the client disconnects.

        Args:
            mode: ``"text"`` or ``"binary"``.
        """
        try:
            while True:
                yield await self.receive_data(mode)
        except WebSocketDisconnect:
            pass

    async def receive_text(self) -> str:
        """Receive a text message."""
        return cast("str", await self.receive_data("text"))

    async def receive_bytes(self) -> bytes:
        """Receive a binary message."""
        return cast("bytes", await self.receive_data("binary"))

    async def receive_json(self, mode: WebSocketMode = "text") -> Any:
        """Receive a message and decode it as JSON.

        Raises:
            SerializationException: If the message is not valid JSON.
        """
        return decode_json(await self.receive_data(mode))

    async def receive_msgpack(self) -> Any:
        """Receive a binary message and decode it as MessagePack.

        Raises:
            SerializationException: If the message is not valid MessagePack.
        """
        return decode_msgpack(cast("bytes", await self.receive_data("binary")))

    async def iter_json(self, mode: WebSocketMode = "text") -> AsyncGenerator[Any, None]:
        """Yield JSON-decoded messages until the client disconnects."""
        async for data in self.iter_data(mode):
            yield decode_json(data)

    async def iter_msgpack(self) -> AsyncGenerator[Any, None]:
        """Yield MessagePack-decoded messages until the client disconnects."""
        async for data in self.iter_data("binary"):
            yield decode_msgpack(cast("bytes", data))

    async def send_data(
        self, data: str | bytes, mode: WebSocketMode = "text", encoding: str = "utf-8"
    ) -> None:
        """Send a message, accepting the connection first if needed.

        Args:
            data: The payload; converted to the frame type of ``mode``.
            mode: ``"binary"`` sends a bytes frame, anything else a text frame.
            encoding: Encoding used to convert between ``str`` and ``bytes``.
        """
        if self.connection_state == "init":
            await self.accept()
        if mode == "binary":
            payload = data.encode(encoding) if isinstance(data, str) else data
            await self.send({"type": "websocket.send", "bytes": payload, "text": None})
        else:
            text = data if isinstance(data, str) else data.decode(encoding)
            await self.send({"type": "websocket.send", "bytes": None, "text": text})

    async def send_text(self, data: str | bytes, encoding: str = "utf-8") -> None:
        """Send a text frame."""
        await self.send_data(data, "text", encoding)

    async def send_bytes(self, data: str | bytes, encoding: str = "utf-8") -> None:
        """Send a binary frame."""
        await self.send_data(data, "binary", encoding)

    async def send_json(
        self,
        data: Any,
        mode: WebSocketMode = "text",
        encoding: str = "utf-8",
        serializer: Serializer = default_serializer,
    ) -> None:
        """Send ``data`` encoded as JSON.

        Args:
            data: The value to encode.
            mode: ``"text"`` or ``"binary"`` frame.
            encoding: Encoding of a text frame.
            serializer: Hook for types msgspec cannot encode.
        """
        encoded = encode_json(data, serializer)
        await self.send_data(encoded if mode == "binary" else encoded.decode(encoding), mode, encoding)

    async def send_msgpack(
        self,
        data: Any,
        encoding: str = "utf-8",
        serializer: Serializer = default_serializer,
    ) -> None:
        """Send ``data`` encoded as MessagePack in a binary frame.

        Args:
            data: The value to encode.
            encoding: Unused; kept for signature compatibility.
            serializer: Hook for types msgspec cannot encode.
        """
        await self.send_data(encode_msgpack(data, serializer), "binary", encoding)
