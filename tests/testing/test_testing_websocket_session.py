"""WebSocketTestSession: the ASGI websocket protocol driven from a test."""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

import pytest
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import AsyncTestClient, TestClient, WebSocketTestSession


class EchoApp:
    """Accepts with the first offered subprotocol and echoes every message."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.scope: dict[str, Any] = {}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        self.scope = scope
        self.received.append(await receive())
        protocols = scope["subprotocols"]
        await send(
            {
                "type": "websocket.accept",
                "subprotocol": protocols[0] or None,
                "headers": [(b"x-accepted", b"1")],
            }
        )
        while True:
            message = await receive()
            self.received.append(message)
            if message["type"] == "websocket.disconnect":
                return
            await send({"type": "websocket.send", "text": message.get("text"), "bytes": message.get("bytes")})


@pytest.fixture
def echo_app() -> EchoApp:
    return EchoApp()


def test_connect_sends_the_scope_and_reads_the_accept(echo_app: EchoApp) -> None:
    with (
        TestClient(echo_app) as client,
        client.websocket_connect("/ws?q=1", subprotocols=["p1", "p2"], headers={"X-H": "v"}) as ws,
    ):
        assert isinstance(ws, WebSocketTestSession)
        assert ws.accepted_subprotocol == "p1"
        assert ws.extra_headers == [(b"x-accepted", b"1")]
    scope = echo_app.scope
    assert scope["type"] == "websocket"
    assert scope["scheme"] == "ws"
    assert scope["path"] == "/ws"
    assert scope["query_string"] == b"q=1"
    assert scope["subprotocols"] == ["p1", "p2"]
    headers = dict(scope["headers"])
    assert headers[b"host"] == b"testserver.local"
    assert headers[b"x-h"] == b"v"
    assert headers[b"connection"] == b"upgrade"
    assert headers[b"sec-websocket-key"] == b"testserver=="
    assert headers[b"sec-websocket-version"] == b"13"
    assert headers[b"sec-websocket-protocol"] == b"p1, p2"
    assert echo_app.received[0] == {"type": "websocket.connect"}
    assert echo_app.received[-1] == {"type": "websocket.disconnect", "code": 1000}


def test_subprotocols_scope_matches_the_reference_client(echo_app: EchoApp) -> None:
    """No `subprotocols` offers one empty subprotocol; an empty list sends an empty header (as the reference)."""
    client = TestClient(echo_app)
    with client.websocket_connect("/") as ws:
        assert ws.accepted_subprotocol is None
    assert echo_app.scope["subprotocols"] == [""]
    assert b"sec-websocket-protocol" not in dict(echo_app.scope["headers"])
    with client.websocket_connect("/", subprotocols=[]):
        pass
    assert echo_app.scope["subprotocols"] == [""]
    assert dict(echo_app.scope["headers"])[b"sec-websocket-protocol"] == b""


def test_https_base_url_gives_wss(echo_app: EchoApp) -> None:
    with TestClient(echo_app, base_url="https://secure.local").websocket_connect("/") as ws:
        assert ws.accepted_subprotocol is None
    assert echo_app.scope["scheme"] == "wss"


def test_send_and_receive_every_payload_kind(echo_app: EchoApp) -> None:
    with TestClient(echo_app).websocket_connect("/") as ws:
        ws.send_text("hello")
        assert ws.receive_text() == "hello"
        ws.send_bytes(b"\x00\x01")
        assert ws.receive_bytes() == b"\x00\x01"
        ws.send("as-bytes", mode="binary")
        assert ws.receive_bytes() == b"as-bytes"
        ws.send(b"as-text", mode="text")
        assert ws.receive_text() == "as-text"
        ws.send_json({"a": 1})
        assert ws.receive() == {"type": "websocket.send", "text": '{"a":1}', "bytes": None}
        ws.send_json([1, 2], mode="binary")
        assert ws.receive_json(mode="binary") == [1, 2]
        ws.send_json({"b": 2}, mode="binary")
        assert ws.receive_json() == {"b": 2}
        ws.send_json({"c": 3})
        assert ws.receive_json() == {"c": 3}
        ws.send_msgpack({"m": [1]})
        assert ws.receive_msgpack() == {"m": [1]}
        ws.send_text("t")
        assert ws.receive_bytes() == b""
        ws.send_bytes(b"b")
        assert ws.receive_text() == ""
    assert echo_app.received[1] == {"type": "websocket.receive", "text": "hello"}
    assert echo_app.received[2] == {"type": "websocket.receive", "bytes": b"\x00\x01"}


def test_receive_without_message_raises_queue_empty(echo_app: EchoApp) -> None:
    with TestClient(echo_app).websocket_connect("/") as ws:
        with pytest.raises(queue.Empty):
            ws.receive(block=False)
        with pytest.raises(queue.Empty):
            ws.receive(timeout=0.01)


def test_close_sends_the_code_once(echo_app: EchoApp) -> None:
    with TestClient(echo_app) as client, client.websocket_connect("/") as ws:
        ws.close(1001)
        ws.close(1002)
        ws.send_text("ignored: the app is gone")
        with pytest.raises(WebSocketDisconnect) as exc_info:
            ws.receive()
    assert exc_info.value.code == 1000
    assert [m for m in echo_app.received if m["type"] == "websocket.disconnect"] == [
        {"type": "websocket.disconnect", "code": 1001}
    ]


def _ws_app(app_factory: Callable[..., Any], mode: str) -> Any:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        if mode == "deny":
            await send({"type": "websocket.close", "code": 1008, "reason": "no"})
            return
        if mode == "raise":
            raise ValueError("ws boom")
        await send({"type": "websocket.accept"})
        if mode == "close":
            await send({"type": "websocket.send", "text": "bye"})
            await send({"type": "websocket.close", "code": 1001, "reason": "gone"})
        elif mode == "raise_after":
            await receive()
            raise ValueError("ws boom after")
        elif mode == "raise_unread":
            raise ValueError("never received")
        elif mode == "receive_twice":
            first = await receive()
            second = await receive()
            await send({"type": "websocket.send", "text": f"{first['code']},{second['code']}"})

    return app_factory(handler)


def test_app_refusing_the_connection_raises_websocket_disconnect(app_factory: Callable[..., Any]) -> None:
    client = TestClient(_ws_app(app_factory, "deny"))
    with pytest.raises(WebSocketDisconnect) as exc_info, client.websocket_connect("/"):
        pytest.fail("not connected")
    assert exc_info.value.code == 1008
    assert exc_info.value.detail == "no"


def test_app_error_while_connecting_is_raised(app_factory: Callable[..., Any]) -> None:
    with (
        pytest.raises(ValueError, match="ws boom"),
        TestClient(_ws_app(app_factory, "raise")) as client,
        client.websocket_connect("/"),
    ):
        pytest.fail("not connected")


def test_app_closing_raises_on_receive(app_factory: Callable[..., Any]) -> None:
    with TestClient(_ws_app(app_factory, "close")).websocket_connect("/") as ws:
        assert ws.receive_text() == "bye"
        with pytest.raises(WebSocketDisconnect) as exc_info:
            ws.receive()
    assert (exc_info.value.code, exc_info.value.detail) == (1001, "gone")


def test_app_returning_without_close_closes_with_1000(app_factory: Callable[..., Any]) -> None:
    with (
        TestClient(_ws_app(app_factory, "return")).websocket_connect("/") as ws,
        pytest.raises(WebSocketDisconnect) as exc_info,
    ):
        ws.receive()
    assert exc_info.value.code == 1000


def test_app_error_after_accept_is_raised_by_receive(app_factory: Callable[..., Any]) -> None:
    with TestClient(_ws_app(app_factory, "raise_after")).websocket_connect("/") as ws:
        ws.send_text("go")
        with pytest.raises(ValueError, match="ws boom after"):
            ws.receive()


def test_unreceived_app_error_is_raised_on_exit(app_factory: Callable[..., Any]) -> None:
    with (
        pytest.raises(ValueError, match="never received"),
        TestClient(_ws_app(app_factory, "raise_unread")).websocket_connect("/"),
    ):
        pass


def test_receive_after_disconnect_repeats_the_disconnect(app_factory: Callable[..., Any]) -> None:
    client = TestClient(_ws_app(app_factory, "receive_twice"))
    with client.websocket_connect("/") as ws:
        ws.close(4000)
        assert ws.receive_text() == "4000,4000"


def test_sending_before_connecting_fails(echo_app: EchoApp) -> None:
    ws = TestClient(echo_app).websocket_connect("/")
    with pytest.raises(RuntimeError, match="not connected"):
        ws.send_text("x")


async def test_async_client_websocket_connect(echo_app: EchoApp) -> None:
    async with AsyncTestClient(echo_app) as client:
        with await client.websocket_connect("/ws", subprotocols=["chat"]) as ws:
            assert ws.accepted_subprotocol == "chat"
            ws.send_text("hi")
            assert ws.receive_text() == "hi"
    assert echo_app.scope["path"] == "/ws"
