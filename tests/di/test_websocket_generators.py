"""A WebSocket handler's exception is thrown into its generator dependencies (as 2.17 does)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Any

import pytest
from litestar import WebSocket, websocket, websocket_listener
from litestar.di import Provide
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import create_test_client

LOG: list[str] = []


def _sync_generator() -> Generator[str, None, None]:
    LOG.append("start")
    try:
        yield "g"
    except ValueError as exc:
        LOG.append(f"caught:{exc}")
    finally:
        LOG.append("end")


async def _async_generator() -> AsyncGenerator[str, None]:
    LOG.append("start")
    try:
        yield "g"
    except ValueError as exc:
        LOG.append(f"caught:{exc}")
    finally:
        LOG.append("end")


def _expect_disconnect(client: Any, path: str, messages: list[str]) -> tuple[list[str], int]:
    """Send ``messages`` (reading a reply after each), until the server disconnects."""
    replies: list[str] = []
    try:
        with client.websocket_connect(path) as ws:
            for message in messages:
                ws.send_text(message)
                replies.append(ws.receive_text())
            ws.receive_text()
    except WebSocketDisconnect as exc:
        return replies, exc.code
    raise AssertionError("the server did not disconnect")


@pytest.fixture(params=[_sync_generator, _async_generator], ids=["sync", "async"])
def provider(request: pytest.FixtureRequest) -> Provide:
    LOG.clear()
    return Provide(request.param)


def test_route_handler_exception_reaches_the_generator(provider: Provide) -> None:
    """The generator sees the handler's exception, then finishes; the client is disconnected."""

    @websocket("/ws", dependencies={"g": provider})
    async def handler(socket: WebSocket, g: str) -> None:
        await socket.accept()
        raise ValueError("boom")

    with create_test_client([handler]) as client:
        _expect_disconnect(client, "/ws", [])
    assert LOG == ["start", "caught:boom", "end"]


def test_route_handler_success_closes_the_generator_without_an_exception(provider: Provide) -> None:
    """Without an error the generator is simply resumed to its end."""

    @websocket("/ws", dependencies={"g": provider})
    async def handler(socket: WebSocket, g: str) -> None:
        await socket.accept()
        await socket.send_text(g)
        await socket.close()

    with create_test_client([handler]) as client, client.websocket_connect("/ws") as ws:
        assert ws.receive_text() == "g"
    assert LOG == ["start", "end"]


def test_listener_exception_reaches_the_generator(provider: Provide) -> None:
    """A listener's error closes the socket with 4500 after being thrown into the generator."""

    @websocket_listener("/l", dependencies={"g": provider})
    async def listener(data: str, g: str) -> str:
        if data == "bad":
            raise ValueError("boom")
        return data + g

    with create_test_client([listener]) as client:
        assert _expect_disconnect(client, "/l", ["hi", "bad"]) == (["hig"], 4500)
    assert LOG == ["start", "caught:boom", "end"]
