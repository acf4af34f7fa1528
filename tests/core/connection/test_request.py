"""Tests for ``litestar.connection.request.Request`` driven by hand-built scopes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from _connection_helpers import Channel, FakeHandler, http_scope
from litestar.connection import Request
from litestar.datastructures import FormMultiDict, UploadFile
from litestar.exceptions import (
    ClientException,
    InternalServerException,
    LitestarException,
    LitestarWarning,
    SerializationException,
)

ChannelFactory = Callable[..., Channel]


def _request(channel: Channel, **scope_extra: object) -> Request:
    return Request(http_scope(**scope_extra), channel.receive, channel.send)  # type: ignore[arg-type]


def test_simple_properties() -> None:
    headers = [
        (b"content-type", b"Application/JSON; Charset=UTF-8"),
        (b"content-length", b"12"),
        (b"accept", b"a/b"),
    ]
    request = Request(http_scope(headers=headers))  # type: ignore[arg-type]
    assert request.method == "POST"
    assert request.content_type == ("application/json", {"charset": "UTF-8"})
    assert request.content_type is request.content_type
    assert request.content_length == 12
    assert list(request.accept) == ["a/b"]
    assert request.accept is request.accept
    assert request.is_connected
    assert not request.supports_push_promise


def test_defaults_without_headers() -> None:
    request = Request(http_scope())  # type: ignore[arg-type]
    assert request.content_type == ("", {})
    assert request.content_length is None
    assert list(request.accept) == ["*/*"]


def test_invalid_content_length() -> None:
    request = Request(http_scope(headers=[(b"content-length", b"abc")]))  # type: ignore[arg-type]
    with pytest.raises(ClientException) as exc_info:
        request.content_length  # noqa: B018
    assert exc_info.value.status_code == 400
    assert exc_info.value.detail == "Invalid content-length: 'abc'"


@pytest.mark.parametrize("chunks", [(b"abc",), (b"a", b"", b"bc"), ()])
async def test_body_is_read_once_and_cached_on_scope(
    http_channel: ChannelFactory, chunks: tuple[bytes, ...]
) -> None:
    channel = http_channel(*chunks)
    request = _request(channel)
    expected = b"".join(chunks)
    assert await request.body() == expected
    assert await request.body() == expected
    assert request.scope["_litestar_body"] == expected
    second = Request(request.scope, channel.receive)
    assert await second.body() == expected


async def test_stream_yields_chunks_then_empty(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b"12", b"", b"456"))
    assert [chunk async for chunk in request.stream()] == [b"12", b"456", b""]
    with pytest.raises(InternalServerException, match="stream consumed"):
        [chunk async for chunk in request.stream()]
    with pytest.raises(InternalServerException, match="stream consumed"):
        await request.body()


async def test_stream_after_body_replays_cached_body(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b"abc"))
    await request.body()
    assert [chunk async for chunk in request.stream()] == [b"abc", b""]


async def _read(request: Request[Any, Any, Any], reader: str) -> bytes:
    """Read the whole body through ``request.body()`` or ``request.stream()``."""
    if reader == "body":
        return await request.body()
    return b"".join([chunk async for chunk in request.stream()])


@pytest.mark.parametrize("reader", ["body", "stream"])
@pytest.mark.parametrize(
    "messages",
    [
        [{"type": "http.disconnect"}],
        [{"type": "http.request", "body": b"123", "more_body": True}, {"type": "http.disconnect"}],
    ],
)
async def test_disconnect_while_reading(http_channel: ChannelFactory, reader: str, messages: list) -> None:
    request = _request(http_channel(messages=messages))
    with pytest.raises(InternalServerException, match="client disconnected prematurely"):
        await _read(request, reader)
    assert not request.is_connected


async def test_unknown_messages_are_skipped(http_channel: ChannelFactory) -> None:
    messages = [{"type": "other"}, {"type": "http.request", "body": b"x"}]
    assert await _request(http_channel(messages=list(messages))).body() == b"x"
    assert [chunk async for chunk in _request(http_channel(messages=list(messages))).stream()] == [b"x", b""]


@pytest.mark.parametrize("reader", ["body", "stream"])
@pytest.mark.parametrize(
    ("chunks", "headers"),
    [
        ((b"123456",), [(b"content-length", b"6")]),
        ((b"123456",), []),
        ((b"123", b"456"), []),
    ],
)
async def test_body_larger_than_handler_limit_is_413(
    http_channel: ChannelFactory, reader: str, chunks: tuple[bytes, ...], headers: list
) -> None:
    request = _request(http_channel(*chunks), route_handler=FakeHandler(5), headers=headers)
    with pytest.raises(ClientException) as exc_info:
        await _read(request, reader)
    assert exc_info.value.status_code == 413
    assert exc_info.value.detail == "Request Entity Too Large"


async def test_body_within_limit(http_channel: ChannelFactory) -> None:
    request = _request(
        http_channel(b"12345"), route_handler=FakeHandler(5), headers=[(b"content-length", b"5")]
    )
    assert await request.body() == b"12345"


@pytest.mark.parametrize("handler", [FakeHandler(None), object()])
async def test_no_limit_when_handler_has_none(http_channel: ChannelFactory, handler: object) -> None:
    request = _request(http_channel(b"x" * 100), route_handler=handler)
    assert await request.body() == b"x" * 100


async def test_invalid_content_length_with_limit_is_400(http_channel: ChannelFactory) -> None:
    request = _request(
        http_channel(b"1"), route_handler=FakeHandler(5), headers=[(b"content-length", b"abc")]
    )
    with pytest.raises(ClientException, match="Invalid content-length"):
        await request.body()


async def test_json(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b'{"a":1}'))
    assert await request.json() == {"a": 1}
    assert request.scope["_litestar_json"] == {"a": 1}
    assert await Request(request.scope).json() == {"a": 1}


async def test_json_empty_body_is_none(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b""))
    assert await request.json() is None
    assert await request.json() is None


async def test_bad_json_raises_serialization_exception(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b'{"a":'))
    with pytest.raises(SerializationException, match="truncated"):
        await request.json()


async def test_msgpack(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(b"\x81\xa1a\x01"))
    assert await request.msgpack() == {"a": 1}
    assert await request.msgpack() == {"a": 1}
    assert await _request(http_channel(b"")).msgpack() is None
    with pytest.raises(SerializationException, match="malformed"):
        await _request(http_channel(b"\xc1")).msgpack()


async def test_url_encoded_form(http_channel: ChannelFactory) -> None:
    headers = [(b"content-type", b"application/x-www-form-urlencoded")]
    request = _request(http_channel(b"x=1&y=2&x=3&z="), headers=headers)
    form = await request.form()
    assert isinstance(form, FormMultiDict)
    assert list(form.multi_items()) == [("x", "1"), ("x", "3"), ("y", "2"), ("z", "")]
    assert await request.form() is form
    assert await Request(request.scope).form() is form


@pytest.mark.parametrize("headers", [[(b"content-type", b"text/plain")], []])
async def test_other_content_types_give_empty_form(http_channel: ChannelFactory, headers: list) -> None:
    form = await _request(http_channel(b"x=1"), headers=headers).form()
    assert len(form) == 0


MULTIPART = (
    b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'
    b'--xyz\r\nContent-Disposition: form-data; name="up"; filename="f.txt"\r\nContent-Type: text/plain\r\n\r\n'
    b"hello\r\n--xyz--\r\n"
)


class LimitedApp:
    multipart_form_part_limit = 1


async def test_multipart_form_streams_the_body(http_channel: ChannelFactory) -> None:
    headers = [(b"content-type", b"multipart/form-data; boundary=xyz")]
    request = _request(http_channel(MULTIPART[:20], MULTIPART[20:]), headers=headers)
    form = await request.form()
    assert form["a"] == "1"
    upload = form["up"]
    assert isinstance(upload, UploadFile)
    assert await upload.read() == b"hello"
    await form.close()


async def test_multipart_form_from_cached_body(http_channel: ChannelFactory) -> None:
    headers = [(b"content-type", b'multipart/form-data; boundary="xyz"')]
    request = _request(http_channel(MULTIPART), headers=headers)
    await request.body()
    form = await request.form()
    assert form["a"] == "1"
    await form.close()


async def test_multipart_part_limit_from_app(http_channel: ChannelFactory) -> None:
    headers = [(b"content-type", b"multipart/form-data; boundary=xyz")]
    request = _request(http_channel(MULTIPART), headers=headers, app=LimitedApp())
    with pytest.raises(ClientException) as exc_info:
        await request.form()
    assert (exc_info.value.status_code, exc_info.value.detail) == (400, "Request Entity Too Large")


async def test_multipart_without_boundary(http_channel: ChannelFactory) -> None:
    request = _request(http_channel(MULTIPART), headers=[(b"content-type", b"multipart/form-data")])
    with pytest.raises(ClientException, match="Invalid multipart/form-data"):
        await request.form()


async def test_push_promise_unsupported(http_channel: ChannelFactory) -> None:
    request = _request(http_channel())
    with pytest.warns(LitestarWarning, match="Attempted to send a push promise"):
        await request.send_push_promise("/x")
    with pytest.raises(LitestarException, match="does not support it"):
        await request.send_push_promise("/x", raise_if_unavailable=True)


async def test_push_promise_supported(http_channel: ChannelFactory) -> None:
    channel = http_channel()
    headers = [(b"accept", b"a/b"), (b"user-agent", b"ua"), (b"x-other", b"no")]
    request = _request(channel, extensions={"http.response.push": {}}, headers=headers)
    assert request.supports_push_promise
    await request.send_push_promise("/style.css")
    assert channel.sent == [
        {
            "type": "http.response.push",
            "path": "/style.css",
            "headers": [(b"accept", b"a/b"), (b"user-agent", b"ua")],
        }
    ]
