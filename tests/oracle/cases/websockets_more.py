"""WebSockets: guards, errors before accept, receive modes, iterators, listener lifecycle hooks."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from litestar import Litestar, WebSocket, get, websocket, websocket_listener, websocket_stream
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, ValidationException, WebSocketDisconnect
from litestar.handlers import WebsocketListener
from litestar.handlers.base import BaseRouteHandler

LOG: list[str] = []


def ws_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.query_params.get("token") != "t":
        raise NotAuthorizedException("bad token")


def failing_dep() -> str:
    raise ValueError("dependency failed")


@websocket("/guarded", guards=[ws_guard])
async def guarded(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_text("in")
    await socket.close()


@websocket("/before-accept")
async def before_accept(socket: WebSocket) -> None:
    raise NotAuthorizedException("nope")


@websocket("/validation")
async def validation(socket: WebSocket) -> None:
    await socket.accept()
    raise ValidationException("invalid things")


@websocket("/dep", dependencies={"value": failing_dep})
async def dep(socket: WebSocket, value: str) -> None:
    await socket.accept()
    await socket.send_text(value)


@websocket("/modes")
async def modes(socket: WebSocket) -> None:
    await socket.accept()
    text = await socket.receive_data(mode="text")
    binary = await socket.receive_data(mode="binary")
    payload = await socket.receive_json(mode="binary")
    await socket.send_json({"text": text, "binary": binary.decode(), "payload": payload}, mode="binary")
    await socket.send_data("as-text", mode="text")
    await socket.send_data(b"as-bytes", mode="binary")
    await socket.close(code=4100, reason="bye")


@websocket("/iter")
async def iterate(socket: WebSocket) -> None:
    await socket.accept()
    seen: list[Any] = []
    async for message in socket.iter_json():
        if message == "stop":
            break
        seen.append(message)
        await socket.send_json({"count": len(seen)})
    await socket.send_json({"seen": seen})
    await socket.close()


@websocket("/client-closes")
async def client_closes(socket: WebSocket) -> None:
    await socket.accept()
    try:
        while True:
            await socket.receive_text()
    except WebSocketDisconnect as exc:
        LOG.append(f"client closed with {exc.code}")


@get("/log")
async def show_log() -> list[str]:
    return list(LOG)


@websocket("/ws-log")
async def ws_log(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json(LOG)
    await socket.close()


class Room(WebsocketListener):
    path = "/room/{name:str}"
    receive_mode = "text"

    async def on_accept(self, socket: WebSocket, name: str) -> None:
        await socket.send_json({"joined": name})

    async def on_disconnect(self, socket: WebSocket) -> None:
        LOG.append("room disconnect")

    async def on_receive(self, data: dict[str, Any], name: str, state: State) -> dict[str, Any]:
        return {"room": name, "echo": data}


async def on_accept(socket: WebSocket) -> None:
    await socket.send_text("hello from on_accept")


def on_disconnect(socket: WebSocket) -> None:
    LOG.append("listener disconnect")


@websocket_listener("/hooks", on_accept=on_accept, on_disconnect=on_disconnect)
async def with_hooks(data: str) -> str:
    return data[::-1]


@websocket_listener("/list-return")
async def list_return(data: list[int]) -> list[int]:
    return sorted(data)


@websocket_stream("/stream-binary", mode="binary")
async def stream_binary() -> AsyncGenerator[str, None]:
    yield "b1"
    yield "b2"


@websocket_stream("/stream-error")
async def stream_error() -> AsyncGenerator[str, None]:
    yield "first"
    raise RuntimeError("stream failed")


@websocket_stream("/stream-guarded", guards=[ws_guard])
async def stream_guarded() -> AsyncGenerator[int, None]:
    yield 1


def create_app() -> Litestar:
    LOG.clear()
    return Litestar(
        [
            guarded,
            before_accept,
            validation,
            dep,
            modes,
            iterate,
            client_closes,
            show_log,
            ws_log,
            Room,
            with_hooks,
            list_return,
            stream_binary,
            stream_error,
            stream_guarded,
        ]
    )


REQUESTS = [{"method": "GET", "url": "/log", "name": "empty log before the sockets"}]

WEBSOCKETS = [
    {"url": "/guarded", "steps": [["receive_text"]]},
    {"url": "/guarded?token=t", "steps": [["receive_text"]]},
    {"url": "/before-accept", "steps": [["receive_text"]]},
    {"url": "/validation", "steps": [["receive_text"]]},
    {"url": "/dep", "steps": [["receive_text"]]},
    {
        "url": "/modes",
        "steps": [
            ["send_text", "t"],
            ["send_bytes", b"b"],
            ["send_bytes", b'{"j": 1}'],
            ["receive_bytes"],
            ["receive_text"],
            ["receive_bytes"],
            ["receive_text"],
        ],
    },
    {
        "url": "/iter",
        "steps": [
            ["send_json", {"a": 1}],
            ["receive_json"],
            ["send_json", [2]],
            ["receive_json"],
            ["send_json", "stop"],
            ["receive_json"],
        ],
    },
    {"url": "/client-closes", "steps": [["send_text", "x"], ["close", 4005]]},
    {"url": "/room/blue", "steps": [["receive_json"], ["send_json", {"m": 1}], ["receive_json"], ["close"]]},
    {"url": "/hooks", "steps": [["receive_text"], ["send_text", "abc"], ["receive_text"], ["close"]]},
    {"url": "/list-return", "steps": [["send_json", [3, 1, 2]], ["receive_json"]]},
    {"url": "/stream-binary", "steps": [["receive_bytes"], ["receive_bytes"]]},
    {"url": "/stream-error", "steps": [["receive_text"], ["receive_text"]]},
    {"url": "/stream-guarded", "steps": [["receive_json"]]},
    {"url": "/ws-log", "steps": [["receive_json"]], "name": "disconnect hooks ran"},
]
