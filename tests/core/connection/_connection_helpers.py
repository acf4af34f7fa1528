"""Helpers building hand-made ASGI scopes and receive/send callables for connection tests."""

from __future__ import annotations

from typing import Any

Message = dict[str, Any]


class FakeHandler:
    """A stand-in route handler exposing only what connections ask for."""

    def __init__(self, max_body_size: int | None = None) -> None:
        self.max_body_size = max_body_size

    def resolve_request_max_body_size(self) -> int | None:
        return self.max_body_size


class Channel:
    """Records sent messages and replays queued received ones."""

    def __init__(self, messages: list[Message], final: Message) -> None:
        self.messages = list(messages)
        self.final = final
        self.sent: list[Message] = []

    async def receive(self) -> Message:
        return self.messages.pop(0) if self.messages else self.final

    async def send(self, message: Message) -> None:
        self.sent.append(message)


def http_scope(
    headers: list[tuple[bytes, bytes]] | None = None,
    query_string: bytes = b"a=1&b=&a=2",
    **extra: Any,
) -> dict[str, Any]:
    scope: dict[str, Any] = {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "server": ("testserver", 80),
        "path": "/p",
        "root_path": "",
        "query_string": query_string,
        "headers": headers or [],
        "client": ("1.2.3.4", 55),
        "http_version": "1.1",
    }
    scope.update(extra)
    return scope


def body_messages(*chunks: bytes) -> list[Message]:
    if not chunks:
        return [{"type": "http.request", "body": b"", "more_body": False}]
    return [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]
