"""Tests for server-sent events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from _response_helpers import make_request, run_asgi
from litestar.exceptions import ImproperlyConfiguredException
from litestar.response import ServerSentEvent, ServerSentEventMessage


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (ServerSentEventMessage(), b"data: \r\n\r\n"),
        (ServerSentEventMessage(data="a"), b"data: a\r\n\r\n"),
        (ServerSentEventMessage(data=None), b"\r\n"),
        (ServerSentEventMessage(data=1), b"data: 1\r\n\r\n"),
        (ServerSentEventMessage(data=b"by\nx"), b"data: by\r\ndata: x\r\n\r\n"),
        (ServerSentEventMessage(data="a\nb\r\nc\rd"), b"data: a\r\ndata: b\r\ndata: c\r\ndata: d\r\n\r\n"),
        (ServerSentEventMessage(data="a\n"), b"data: a\r\ndata: \r\n\r\n"),
        (
            ServerSentEventMessage(data="x", event="e", id=1, retry=5, comment="c1\nc2"),
            b": c1\r\n: c2\r\nid: 1\r\nevent: e\r\ndata: x\r\nretry: 5\r\n\r\n",
        ),
        (ServerSentEventMessage(data="x", sep="\n"), b"data: x\n\n"),
        (ServerSentEventMessage(data="x", sep="|"), b"data: x||"),
        (ServerSentEventMessage(event="a\nb"), b"event: ab\r\ndata: \r\n\r\n"),
        (ServerSentEventMessage(id=0, retry=0), b"id: 0\r\ndata: \r\nretry: 0\r\n\r\n"),
        (ServerSentEventMessage(comment="only", data=None), b": only\r\n\r\n"),
    ],
)
def test_message_encoding(message: ServerSentEventMessage, expected: bytes) -> None:
    assert message.encode() == expected


def test_message_defaults() -> None:
    message = ServerSentEventMessage()
    assert (message.data, message.event, message.id, message.retry, message.comment, message.sep) == (
        "",
        None,
        None,
        None,
        None,
        "\r\n",
    )


async def sse_body(sse: ServerSentEvent) -> tuple[list[tuple[bytes, bytes]], list[bytes]]:
    capture = await run_asgi(sse.to_asgi_response(None, make_request()))
    return capture.headers, [message["body"] for message in capture.messages[1:]]


async def test_headers_and_attributes() -> None:
    sse = ServerSentEvent("hello", headers={"cache-control": "x"}, status_code=201)
    assert sse.media_type == "text/event-stream"
    assert sse.status_code == 201
    headers, body = await sse_body(sse)
    assert headers == [
        (b"cache-control", b"x"),
        (b"cache-control", b"no-cache"),
        (b"connection", b"keep-alive"),
        (b"x-accel-buffering", b"no"),
        (b"content-type", b"text/event-stream; charset=utf-8"),
    ]
    assert body == [b"data: hello\r\n\r\n", b""]


async def test_stream_defaults_apply_to_plain_values_only() -> None:
    content = iter(["a", 1, b"b", {"data": "d", "event": "e"}, ServerSentEventMessage(data="m", id=9), None])
    sse = ServerSentEvent(content, event_type="E", event_id=5, retry_duration=10, comment_message="hi\nthere")
    _, body = await sse_body(sse)
    assert body == [
        b": hi\r\n: there\r\n",
        b"id: 5\r\n",
        b"event: E\r\n",
        b"retry: 10\r\n",
        b"id: 5\r\nevent: E\r\ndata: a\r\nretry: 10\r\n\r\n",
        b"id: 5\r\nevent: E\r\ndata: 1\r\nretry: 10\r\n\r\n",
        b"id: 5\r\nevent: E\r\ndata: b\r\nretry: 10\r\n\r\n",
        b"event: e\r\ndata: d\r\n\r\n",
        b"id: 9\r\ndata: m\r\n\r\n",
        b"id: 5\r\nevent: E\r\nretry: 10\r\n\r\n",
        b"",
    ]


async def events() -> AsyncIterator[str]:
    yield "a"
    yield "b"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"bytes", [b"data: bytes\r\n\r\n", b""]),
        (events(), [b"data: a\r\n\r\n", b"data: b\r\n\r\n", b""]),
        (lambda: iter(["cb"]), [b"data: cb\r\n\r\n", b""]),
        (["x", [1, 2]], [b"data: x\r\n\r\n", b"data: [1, 2]\r\n\r\n", b""]),
    ],
)
async def test_content_kinds(content: Any, expected: list[bytes]) -> None:
    _, body = await sse_body(ServerSentEvent(content))
    assert body == expected


def test_invalid_content_type_raises() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="Invalid type <class 'int'> for ServerSentEvent"):
        ServerSentEvent(1)  # type: ignore[arg-type]


async def test_unknown_message_field_fails() -> None:
    sse = ServerSentEvent(iter([{"x": "1"}]))
    with pytest.raises(ExceptionGroup) as exc_info:
        await sse_body(sse)
    assert exc_info.group_contains(TypeError)  # type: ignore[attr-defined]
