"""A fake ASGI server side for driving response objects directly."""

from __future__ import annotations

from typing import Any

import anyio

Message = dict[str, Any]


def make_scope(
    method: str = "GET", headers: list[tuple[bytes, bytes]] | None = None, **extra: Any
) -> dict[str, Any]:
    """Return a minimal HTTP scope."""
    scope: dict[str, Any] = {
        "type": "http",
        "method": method,
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
        "headers": headers or [],
        "query_string": b"",
        "http_version": "1.1",
        "scheme": "http",
        "server": ("testserver", 80),
        "client": ("testclient", 5000),
        "state": {},
        "path_params": {},
    }
    scope.update(extra)
    return scope


class Capture:
    """Record the messages an ASGI app sends; ``receive`` waits for a disconnect."""

    def __init__(self, disconnect_after: float | None = None) -> None:
        self.messages: list[Message] = []
        self.disconnect_after = disconnect_after

    async def receive(self) -> Message:
        if self.disconnect_after is None:
            await anyio.sleep_forever()
        await anyio.sleep(self.disconnect_after)
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        self.messages.append(message)

    @property
    def start(self) -> Message:
        return self.messages[0]

    @property
    def headers(self) -> list[tuple[bytes, bytes]]:
        return list(self.start["headers"])

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.messages[1:])


async def run_asgi(app: Any, method: str = "GET", capture: Capture | None = None) -> Capture:
    """Call ``app`` with a fresh scope and return what it sent."""
    capture = capture or Capture()
    await app(make_scope(method), capture.receive, capture.send)
    return capture


def make_request(app: Any = None, headers: list[tuple[bytes, bytes]] | None = None, **extra: Any) -> Any:
    """Return a ``Request`` over a minimal scope."""
    from litestar.connection import Request

    scope = make_scope(headers=headers, **extra)
    if app is not None:
        scope["app"] = app
    return Request(scope)
