"""``@websocket_stream`` and ``send_websocket_stream``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from _ws_client import ACCEPT, WSSession, close, run_session, sent_bytes, sent_text
from litestar import Litestar
from litestar.connection import WebSocket
from litestar.exceptions import ImproperlyConfiguredException, LitestarWarning, NotAuthorizedException
from litestar.handlers import WebsocketRouteHandler, send_websocket_stream, websocket, websocket_stream
from litestar.handlers.websocket_handlers.stream import WebSocketStreamHandler


@dataclass
class Point:
    x: int


async def test_each_value_is_sent_then_the_socket_is_closed() -> None:
    @websocket_stream("/s", listen_for_disconnect=False)
    async def handler() -> AsyncGenerator[Any, None]:
        for value in ["a", b"b", {"c": 1}, Point(2), 3]:
            yield value

    assert isinstance(handler, WebSocketStreamHandler)
    assert isinstance(handler, WebsocketRouteHandler)
    assert handler.fn.__name__ == "handler"
    messages = await run_session(Litestar([handler]), "/s")
    assert messages == [
        ACCEPT,
        sent_text("a"),
        sent_text("b"),
        sent_text('{"c":1}'),
        sent_text('{"x":2}'),
        sent_text("3"),
        close(),
    ]


async def test_binary_mode_sends_bytes_frames() -> None:
    @websocket_stream("/b", mode="binary", listen_for_disconnect=False)
    async def handler() -> AsyncGenerator[Any, None]:
        yield "a"
        yield {"c": 1}

    assert await run_session(Litestar([handler]), "/b") == [
        ACCEPT,
        sent_bytes(b"a"),
        sent_bytes(b'{"c":1}'),
        close(),
    ]


async def test_empty_stream_accepts_and_closes() -> None:
    @websocket_stream("/e")
    async def handler() -> AsyncGenerator[int, None]:
        if False:  # pragma: no cover
            yield 1

    async with WSSession(Litestar([handler]), "/e") as session:
        assert await session.receive() == ACCEPT
        assert await session.receive() == close()


async def test_parameters_socket_and_type_encoders() -> None:
    class Tag:
        def __init__(self, name: str) -> None:
            self.name = name

    @websocket_stream("/p/{n:int}", type_encoders={Tag: lambda t: f"#{t.name}"}, listen_for_disconnect=False)
    async def handler(n: int, socket: WebSocket, prefix: str = "x") -> AsyncGenerator[Any, None]:
        assert socket.connection_state != "init"
        for i in range(n):
            yield {"tag": Tag(f"{prefix}{i}")}

    messages = await run_session(Litestar([handler]), "/p/2", query_string=b"prefix=z")
    assert messages == [ACCEPT, sent_text('{"tag":"#z0"}'), sent_text('{"tag":"#z1"}'), close()]


async def test_client_disconnect_stops_an_endless_stream() -> None:
    log: list[str] = []

    @websocket_stream("/inf")
    async def handler() -> AsyncGenerator[str, None]:
        try:
            while True:
                yield "tick"
                await asyncio.sleep(0.01)
        finally:
            log.append("closed")

    session = WSSession(Litestar([handler]), "/inf")
    async with session:
        assert await session.receive() == ACCEPT
        assert await session.receive() == sent_text("tick")
        assert await session.receive() == sent_text("tick")
    assert log == ["closed"]
    assert all(m["type"] != "websocket.close" for m in session.sent())


async def test_data_received_while_listening_is_discarded_with_a_warning() -> None:
    @websocket_stream("/w")
    async def handler() -> AsyncGenerator[str, None]:
        yield "first"
        await asyncio.sleep(0.05)
        yield "second"

    @websocket_stream("/quiet", warn_on_data_discard=False)
    async def quiet() -> AsyncGenerator[str, None]:
        yield "first"
        await asyncio.sleep(0.05)

    app = Litestar([handler, quiet])

    async def talk() -> None:
        async with WSSession(app, "/w") as session:
            assert await session.receive_text() == "first"
            session.send_text("ignored")
            assert await session.receive_text() == "second"
            assert await session.receive() == close()

    with pytest.warns(LitestarWarning, match="received data from websocket while listening"):
        await talk()
    async with WSSession(app, "/quiet") as session:
        assert await session.receive_text() == "first"
        session.send_text("ignored")
        assert await session.receive() == close()


async def test_generator_error_closes_with_4500() -> None:
    @websocket_stream("/boom", listen_for_disconnect=False)
    async def handler() -> AsyncGenerator[str, None]:
        yield "x"
        raise ValueError("b")

    messages = await run_session(Litestar([handler]), "/boom")
    assert messages == [ACCEPT, sent_text("x"), close(4500, "Internal Server Error")]


async def test_guards_run_before_streaming() -> None:
    def guard(connection: Any, handler: Any) -> None:
        raise NotAuthorizedException("no")

    @websocket_stream("/g", guards=[guard])
    async def handler() -> AsyncGenerator[str, None]:
        yield "secret"

    (message,) = await run_session(Litestar([handler]), "/g")
    assert message["type"] == "websocket.close"
    assert message["reason"] == "no"


@pytest.mark.parametrize(
    "annotation",
    ["str", "AsyncIterator[int]", None],
)
def test_non_async_generator_annotations_are_rejected_at_startup(annotation: str | None) -> None:
    async def handler():  # type: ignore[no-untyped-def]
        yield 1

    if annotation is not None:
        handler.__annotations__["return"] = annotation
    decorated = websocket_stream("/x", signature_namespace={"AsyncIterator": AsyncIterator})(handler)
    with pytest.raises(
        ImproperlyConfiguredException, match="'websocket_stream' handlers must return an 'AsyncGenerator'"
    ):
        Litestar([decorated])


async def test_send_websocket_stream_without_closing() -> None:
    @websocket("/manual")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()

        async def numbers() -> AsyncGenerator[str, None]:
            yield "1"
            yield "2"

        await send_websocket_stream(socket, numbers(), close=False)
        await socket.send_text("after")
        await socket.close(code=1001)

    messages = await run_session(Litestar([handler]), "/manual")
    assert messages == [ACCEPT, sent_text("1"), sent_text("2"), sent_text("after"), close(1001)]


async def test_send_websocket_stream_with_mode_and_send_handler() -> None:
    @websocket("/custom")
    async def handler(socket: WebSocket) -> None:
        async def items() -> AsyncGenerator[Any, None]:
            yield "a"
            yield 2

        async def send_handler(socket: WebSocket, item: Any) -> None:
            await socket.send_json({"item": item})

        await send_websocket_stream(socket, items(), send_handler=send_handler, listen_for_disconnect=True)

    @websocket("/binary")
    async def binary_handler(socket: WebSocket) -> None:
        async def items() -> AsyncGenerator[str, None]:
            yield "a"

        await send_websocket_stream(socket, items(), mode="binary")

    app = Litestar([handler, binary_handler])
    async with WSSession(app, "/custom") as session:
        assert await session.receive() == ACCEPT
        assert await session.receive() == sent_text('{"item":"a"}')
        assert await session.receive() == sent_text('{"item":2}')
        assert await session.receive() == close()
    assert await run_session(app, "/binary") == [ACCEPT, sent_bytes(b"a"), close()]
