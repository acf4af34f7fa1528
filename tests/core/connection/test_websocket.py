"""Tests for ``litestar.connection.websocket.WebSocket`` driven by hand-built scopes."""

from __future__ import annotations

from typing import Any

import pytest
from _connection_helpers import Channel
from litestar.connection import WebSocket
from litestar.datastructures import Headers
from litestar.exceptions import SerializationException, WebSocketDisconnect

CONNECT = {"type": "websocket.connect"}


def _ws(*messages: dict[str, Any], final_code: int = 1000) -> tuple[WebSocket, Channel]:
    channel = Channel(list(messages), {"type": "websocket.disconnect", "code": final_code})
    scope = {
        "type": "websocket",
        "scheme": "ws",
        "server": ("h", 80),
        "path": "/ws",
        "headers": [],
        "subprotocols": [],
    }
    return WebSocket(scope, channel.receive, channel.send), channel  # type: ignore[arg-type]


def _text(value: str) -> dict[str, Any]:
    return {"type": "websocket.receive", "text": value}


def _bytes(value: bytes) -> dict[str, Any]:
    return {"type": "websocket.receive", "bytes": value}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (None, []),
        ({"x": "y"}, [(b"x", b"y")]),
        (Headers({"X": "y"}), [(b"x", b"y")]),
        ([(b"a", b"b")], [(b"a", b"b")]),
    ],
)
async def test_accept(headers: Any, expected: list) -> None:
    ws, channel = _ws(CONNECT)
    assert ws.connection_state == "init"
    await ws.accept(subprotocols="p", headers=headers)
    assert ws.connection_state == "connect"
    assert channel.sent == [{"type": "websocket.accept", "subprotocol": "p", "headers": expected}]
    await ws.accept()
    assert len(channel.sent) == 1


async def test_receive_helpers() -> None:
    ws, _ = _ws(
        CONNECT, _text("hi"), _bytes(b"by"), _text('{"a":1}'), _bytes(b'{"a":2}'), _bytes(b"\x81\xa1a\x03")
    )
    await ws.accept()
    assert await ws.receive_text() == "hi"
    assert ws.connection_state == "receive"
    assert await ws.receive_bytes() == b"by"
    assert await ws.receive_json() == {"a": 1}
    assert await ws.receive_json(mode="binary") == {"a": 2}
    assert await ws.receive_msgpack() == {"a": 3}
    with pytest.raises(WebSocketDisconnect) as exc_info:
        await ws.receive_text()
    assert (exc_info.value.detail, exc_info.value.code) == ("disconnect event", 1000)
    assert ws.connection_state == "disconnect"
    with pytest.raises(WebSocketDisconnect, match="connection is disconnected"):
        await ws.receive_text()
    with pytest.raises(WebSocketDisconnect, match="connection is disconnected"):
        await ws.send_text("x")


async def test_receive_mismatched_frame_gives_empty_value() -> None:
    ws, _ = _ws(CONNECT, _text("t"), _bytes(b"b"), {"type": "websocket.receive", "text": None, "bytes": b"q"})
    assert await ws.receive_bytes() == b""
    assert await ws.receive_text() == ""
    assert await ws.receive_data("text") == ""


async def test_receive_auto_accepts_and_reports_disconnect_code() -> None:
    ws, channel = _ws(CONNECT, final_code=1006)
    with pytest.raises(WebSocketDisconnect) as exc_info:
        await ws.receive_text()
    assert exc_info.value.code == 1006
    assert channel.sent[0]["type"] == "websocket.accept"


async def test_disconnect_without_code_defaults_to_1000() -> None:
    ws, _ = _ws(CONNECT, {"type": "websocket.disconnect"})
    with pytest.raises(WebSocketDisconnect) as exc_info:
        await ws.receive_text()
    assert exc_info.value.code == 1000


async def test_receive_bad_json() -> None:
    ws, _ = _ws(CONNECT, _text("{bad"))
    with pytest.raises(SerializationException):
        await ws.receive_json()


async def test_iterators_stop_on_disconnect() -> None:
    ws, _ = _ws(CONNECT, _text("1"), _text("2"))
    assert [item async for item in ws.iter_data()] == ["1", "2"]
    ws, _ = _ws(CONNECT, _text("[1]"), _text("[2]"))
    assert [item async for item in ws.iter_json()] == [[1], [2]]
    ws, _ = _ws(CONNECT, _bytes(b"\x01"), _bytes(b"\x02"))
    assert [item async for item in ws.iter_msgpack()] == [1, 2]


async def test_send_helpers() -> None:
    ws, channel = _ws(CONNECT)
    await ws.send_text("s")
    await ws.send_bytes("s")
    await ws.send_bytes(b"b")
    await ws.send_text(b"b")
    await ws.send_json({"a": 1})
    await ws.send_json({"a": 1}, mode="binary")
    await ws.send_msgpack({"a": 1})
    await ws.send_data("x", mode="other")  # type: ignore[arg-type]
    await ws.close(code=1001, reason="bye")
    await ws.close()
    assert channel.sent == [
        {"type": "websocket.accept", "subprotocol": None, "headers": []},
        {"type": "websocket.send", "bytes": None, "text": "s"},
        {"type": "websocket.send", "bytes": b"s", "text": None},
        {"type": "websocket.send", "bytes": b"b", "text": None},
        {"type": "websocket.send", "bytes": None, "text": "b"},
        {"type": "websocket.send", "bytes": None, "text": '{"a":1}'},
        {"type": "websocket.send", "bytes": b'{"a":1}', "text": None},
        {"type": "websocket.send", "bytes": b"\x81\xa1a\x01", "text": None},
        {"type": "websocket.send", "bytes": None, "text": "x"},
        {"type": "websocket.close", "code": 1001, "reason": "bye"},
        {"type": "websocket.close", "code": 1000, "reason": ""},
    ]


async def test_send_after_failed_auto_accept_is_refused() -> None:
    ws, channel = _ws()
    with pytest.raises(WebSocketDisconnect, match="connection is disconnected"):
        await ws.send_text("z")
    assert channel.sent == []
