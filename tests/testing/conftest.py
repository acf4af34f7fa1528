"""Small hand-written ASGI apps shared by the litestar-testing tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ASGIApp = Callable[..., Any]


class RecordingApp:
    """An ASGI app that answers lifespan, records every HTTP scope and echoes a body."""

    def __init__(self) -> None:
        self.scopes: list[dict[str, Any]] = []
        self.messages: list[dict[str, Any]] = []
        self.lifespan_events: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                self.lifespan_events.append(message["type"])
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        self.scopes.append(scope)
        message = await receive()
        self.messages.append(message)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/plain"), (b"x-path", scope["path"].encode())],
            }
        )
        await send({"type": "http.response.body", "body": b"body:" + message["body"]})


@pytest.fixture
def recording_app() -> RecordingApp:
    """An app recording the scopes and first messages it receives."""
    return RecordingApp()


def make_app(handler: Callable[..., Any], lifespan: bool = True) -> ASGIApp:
    """Wrap an HTTP/WebSocket handler in an app that completes the lifespan protocol."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            if not lifespan:
                return
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        await handler(scope, receive, send)

    return app


@pytest.fixture
def app_factory() -> Callable[..., ASGIApp]:
    """Build an app from an HTTP/WebSocket handler coroutine function."""
    return make_app
