"""``ListenerHandler``: a listener's ``_fn`` as 2.17 keeps it (dishka reaches through it)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from _ws_client import ACCEPT, run_session, sent_text, text
from litestar import Controller, Litestar
from litestar.connection import WebSocket
from litestar.exceptions import ImproperlyConfiguredException, WebSocketDisconnect
from litestar.handlers import WebsocketListener, websocket_listener
from litestar.handlers.websocket_handlers._utils import ListenerHandler


def _socket(incoming: list[str]) -> tuple[WebSocket[Any, Any, Any], list[dict[str, Any]]]:
    """A connection fed ``incoming`` text frames, then a disconnect; returns what it sent."""
    messages: list[dict[str, Any]] = [
        {"type": "websocket.connect"},
        *({"type": "websocket.receive", "text": value} for value in incoming),
        {"type": "websocket.disconnect", "code": 1000},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope: Any = {"type": "websocket", "path": "/", "headers": [], "query_string": b"", "state": {}}
    return WebSocket(scope, receive, send), sent


def test_the_listener_function_is_kept_wrapped() -> None:
    async def echo(data: str, socket: WebSocket) -> str:
        return data

    handler = websocket_listener("/ws")(echo)
    assert isinstance(handler._fn, ListenerHandler)
    assert handler.fn is handler._fn
    assert handler._fn._fn is echo
    assert handler._fn._listener is handler
    assert handler._fn._pass_socket is True
    assert handler._fn._can_send_data is True
    assert handler.handler_name.endswith("echo"), "named after the user's function"
    assert "echo" in handler.location


def test_a_listener_returning_none_sends_nothing() -> None:
    async def sink(data: str) -> None:
        return None

    wrapped = websocket_listener("/ws")(sink)._fn
    assert wrapped._pass_socket is False
    assert wrapped._can_send_data is False


async def test_redecorating_a_registered_handler_replaces_its_function() -> None:
    """What dishka's ``DishkaRouter`` does: ``handler(wrap(handler._fn._fn))``."""

    async def first(data: str) -> str:
        return "first " + data

    handler = websocket_listener("/ws")(first)
    assert handler.parsed_fn_signature.parameters.keys() == {"data"}

    async def second(data: str, socket: WebSocket) -> str:
        return f"second {data} {socket.url.path}"

    assert handler(second) is handler
    assert handler._fn._fn is second
    assert handler.parsed_fn_signature.parameters.keys() == {"data", "socket"}
    assert await run_session(Litestar([handler]), "/ws", [text("x")]) == [ACCEPT, sent_text("second x /ws")]


async def test_controller_and_class_listeners_are_wrapped_and_bound() -> None:
    class Shout(WebsocketListener):
        path = "/shout"

        async def on_receive(self, data: str) -> str:
            return data.upper()

    class Echoes(Controller):
        path = "/c"

        @websocket_listener("/echo")
        async def echo(self, data: str) -> str:
            return f"{type(self).__name__}:{data}"

    app = Litestar([Shout, Echoes])
    assert await run_session(app, "/shout", [text("hi")]) == [ACCEPT, sent_text("HI")]
    assert await run_session(app, "/c/echo", [text("hi")]) == [ACCEPT, sent_text("Echoes:hi")]


async def test_calling_it_serves_one_connection() -> None:
    """``handler.fn(...)`` accepts, answers each message and ends on the disconnect, as 2.17's."""

    async def echo(data: str, suffix: str, socket: WebSocket) -> str | None:
        return None if data == "skip" else f"{data}{suffix}:{socket.connection_state}"

    handler = websocket_listener("/ws")(echo)
    Litestar([handler])
    socket, sent = _socket(["a", "skip", "b"])
    await handler.fn(socket=socket, connection_lifespan_dependencies={"socket": socket}, suffix="!")
    assert sent == [ACCEPT, sent_text("a!:receive"), sent_text("b!:receive")]


async def test_calling_it_uses_the_connection_lifespan() -> None:
    events: list[str] = []

    @asynccontextmanager
    async def lifespan(socket: WebSocket, name: str) -> AsyncGenerator[None, None]:
        await socket.accept()
        events.append(f"open {name}")
        try:
            yield
        except WebSocketDisconnect:
            events.append("disconnected")
        finally:
            events.append("closed")

    def count(data: str) -> int:
        return len(data)

    handler = websocket_listener("/ws", connection_lifespan=lifespan, send_mode="text")(count)
    Litestar([handler])
    socket, sent = _socket(["abc"])
    await handler.fn(socket=socket, connection_lifespan_dependencies={"socket": socket, "name": "n"})
    assert events == ["open n", "disconnected", "closed"]
    assert sent == [ACCEPT, sent_text("3")]


def test_listeners_still_require_data() -> None:
    async def no_data(socket: WebSocket) -> None: ...

    with pytest.raises(ImproperlyConfiguredException, match="must accept a"):
        websocket_listener("/ws")(no_data)
