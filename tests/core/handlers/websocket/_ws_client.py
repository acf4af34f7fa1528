"""A hand-written ASGI WebSocket client: scripted sessions against an app."""

from __future__ import annotations

import asyncio
from typing import Any, Self

from litestar.serialization import decode_json, encode_json

__all__ = ("ACCEPT", "WSSession", "binary", "close", "run_session", "sent_bytes", "sent_text", "text")


class WSSession:
    """Drives one ASGI WebSocket connection: queue client messages, read server messages."""

    def __init__(
        self,
        app: Any,
        path: str,
        query_string: bytes = b"",
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        self.app = app
        self.scope: dict[str, Any] = {
            "type": "websocket",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "scheme": "ws",
            "server": ("testserver", 80),
            "client": ("testclient", 50000),
            "root_path": "",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query_string,
            "headers": [(b"host", b"testserver"), *(headers or [])],
            "subprotocols": [],
            "state": {},
        }
        self.to_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.from_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self.to_app.put_nowait({"type": "websocket.connect"})

    async def _receive(self) -> dict[str, Any]:
        return await self.to_app.get()

    async def _send(self, message: dict[str, Any]) -> None:
        await self.from_app.put(message)

    async def __aenter__(self) -> Self:
        self.task = asyncio.create_task(self.app(self.scope, self._receive, self._send))
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.finish()

    async def finish(self, timeout: float = 2.0) -> None:
        """Disconnect (if the app is still running) and wait for the app to return."""
        assert self.task is not None
        if not self.task.done():
            self.to_app.put_nowait({"type": "websocket.disconnect", "code": 1000})
        await asyncio.wait_for(self.task, timeout)

    def send_text(self, text: str) -> None:
        self.to_app.put_nowait({"type": "websocket.receive", "text": text})

    def send_bytes(self, data: bytes) -> None:
        self.to_app.put_nowait({"type": "websocket.receive", "bytes": data})

    def send_json(self, value: Any) -> None:
        self.send_text(encode_json(value).decode())

    async def receive(self, timeout: float = 2.0) -> dict[str, Any]:
        return await asyncio.wait_for(self.from_app.get(), timeout)

    async def receive_text(self) -> str:
        message = await self.receive()
        if message["type"] == "websocket.accept":
            message = await self.receive()
        assert message["type"] == "websocket.send", message
        return message["text"]  # type: ignore[no-any-return]

    async def receive_json(self) -> Any:
        return decode_json(await self.receive_text())

    def sent(self) -> list[dict[str, Any]]:
        """Every message the app sent so far (drains the queue)."""
        messages = []
        while not self.from_app.empty():
            messages.append(self.from_app.get_nowait())
        return messages


async def run_session(
    app: Any,
    path: str,
    messages: list[dict[str, Any]] | None = None,
    *,
    query_string: bytes = b"",
    headers: list[tuple[bytes, bytes]] | None = None,
) -> list[dict[str, Any]]:
    """Send ``messages`` then a disconnect; return everything the app sent."""
    session = WSSession(app, path, query_string, headers)
    for message in messages or []:
        session.to_app.put_nowait(message)
    async with session:
        pass
    return session.sent()


def text(value: str) -> dict[str, Any]:
    return {"type": "websocket.receive", "text": value}


def binary(value: bytes) -> dict[str, Any]:
    return {"type": "websocket.receive", "bytes": value}


ACCEPT = {"type": "websocket.accept", "subprotocol": None, "headers": []}


def sent_text(value: str) -> dict[str, Any]:
    return {"type": "websocket.send", "bytes": None, "text": value}


def sent_bytes(value: bytes) -> dict[str, Any]:
    return {"type": "websocket.send", "bytes": value, "text": None}


def close(code: int = 1000, reason: str = "") -> dict[str, Any]:
    return {"type": "websocket.close", "code": code, "reason": reason}
