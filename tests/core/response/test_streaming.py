"""Tests for ``Stream`` and ``ASGIStreamingResponse``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest
from _response_helpers import Capture, make_request, run_asgi
from litestar.background_tasks import BackgroundTask
from litestar.datastructures import Cookie
from litestar.response import Stream
from litestar.response.streaming import ASGIStreamingResponse


async def agen() -> AsyncIterator[str]:
    yield "x"
    yield "y"


def gen() -> Iterator[str | bytes]:
    yield "g"
    yield b"h"


def chunks(capture: Capture) -> list[Any]:
    return [message["body"] for message in capture.messages[1:]]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (["a", b"b", "é"], [b"a", b"b", b"\xc3\xa9", b""]),
        (("a",), [b"a", b""]),
        ("ab", [b"a", b"b", b""]),
        (iter(["a", b"b"]), [b"a", b"b", b""]),
        (agen(), [b"x", b"y", b""]),
        (agen, [b"x", b"y", b""]),
        (gen, [b"g", b"h", b""]),
        (lambda: ["l"], [b"l", b""]),
    ],
)
async def test_stream_content_kinds(content: Any, expected: list[bytes]) -> None:
    capture = await run_asgi(Stream(content).to_asgi_response(None, make_request()))
    assert chunks(capture) == expected
    assert [message["more_body"] for message in capture.messages[1:]] == [True] * (len(expected) - 1) + [
        False
    ]


async def test_stream_headers_have_no_content_length() -> None:
    events: list[str] = []
    stream = Stream(["a"], status_code=201, media_type="text/html", headers={"x": "y"})
    asgi = stream.to_asgi_response(
        None,
        make_request(),
        background=BackgroundTask(events.append, "bg"),
        cookies=[Cookie(key="a", value="b")],
        headers={"h": "1"},
        encoded_headers=[(b"e", b"1")],
        status_code=202,
    )
    assert isinstance(asgi, ASGIStreamingResponse)
    capture = await run_asgi(asgi)
    assert capture.start["status"] == 201
    assert capture.headers == [
        (b"e", b"1"),
        (b"h", b"1"),
        (b"x", b"y"),
        (b"content-type", b"text/html; charset=utf-8"),
        (b"set-cookie", b"a=b; Path=/; SameSite=lax"),
    ]
    assert events == ["bg"]


def test_stream_attributes() -> None:
    content = ["a"]
    stream = Stream(content)
    assert stream.iterator is content
    assert stream.content == b""
    assert stream.media_type is None


async def test_encoding_applies_to_str_chunks() -> None:
    asgi = Stream(["é"], encoding="latin-1", media_type="text/plain").to_asgi_response(None, make_request())
    capture = await run_asgi(asgi)
    assert chunks(capture) == [b"\xe9", b""]
    assert (b"content-type", b"text/plain; charset=latin-1") in capture.headers


async def test_non_text_chunk_fails() -> None:
    asgi = Stream([1]).to_asgi_response(None, make_request())
    with pytest.raises(ExceptionGroup) as exc_info:
        await run_asgi(asgi)
    assert exc_info.group_contains(AttributeError)  # type: ignore[attr-defined]


def test_non_iterable_content_fails() -> None:
    with pytest.raises(TypeError):
        Stream(1).to_asgi_response(None, make_request())  # type: ignore[arg-type]


async def test_head_response_sends_empty_body() -> None:
    capture = await run_asgi(Stream(["a"]).to_asgi_response(None, make_request(), is_head_response=True))
    assert capture.messages == [
        {"type": "http.response.start", "status": 200, "headers": []},
        {"type": "http.response.body", "body": b"", "more_body": False},
    ]


async def test_direct_response_keeps_given_content_length_header() -> None:
    response = ASGIStreamingResponse(iterator=iter(["q"]), headers={"content-length": "1"}, content_length=3)
    capture = await run_asgi(response)
    assert capture.headers == [(b"content-length", b"1"), (b"content-type", b"application/json")]
    assert chunks(capture) == [b"q", b""]


async def test_disconnect_stops_the_stream() -> None:
    sent: list[int] = []

    async def endless() -> AsyncIterator[bytes]:
        index = 0
        while True:
            sent.append(index)
            index += 1
            yield b"x"
            await anyio.sleep(0.001)

    capture = Capture(disconnect_after=0.02)
    with anyio.fail_after(2):
        await run_asgi(ASGIStreamingResponse(iterator=endless()), capture=capture)
    assert sent
    assert capture.messages[-1]["more_body"] is True


async def test_other_messages_are_ignored_while_streaming() -> None:
    received = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict[str, Any]:
        if received:
            return received.pop()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    messages: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    with anyio.fail_after(2):
        await ASGIStreamingResponse(iterator=["a"])({"type": "http"}, receive, send)  # type: ignore[arg-type]
    assert [m.get("body") for m in messages[1:]] == [b"a", b""]
