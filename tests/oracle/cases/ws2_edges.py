"""WebSocket edges (sweep 2): guards on listeners, errors before/after accept, connection state, iter_msgpack."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Litestar, WebSocket, websocket, websocket_listener
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import (
    NotAuthorizedException,
    PermissionDeniedException,
    WebSocketDisconnect,
    WebSocketException,
)
from litestar.handlers.base import BaseRouteHandler


def deny(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.headers.get("x-allow") != "1":
        raise PermissionDeniedException("denied here")


def failing_dependency() -> str:
    raise NotAuthorizedException("dependency said no")


@websocket_listener("/guarded-listener", guards=[deny])
async def guarded_listener(data: str) -> str:
    return data


@websocket("/state-probe")
async def state_probe(socket: WebSocket) -> None:
    before = socket.connection_state
    await socket.accept()
    after = socket.connection_state
    await socket.send_json({"before": before, "after": after})
    try:
        await socket.receive_text()
    except WebSocketDisconnect as exc:
        socket.app.state.probe = {"code": exc.code, "state": socket.connection_state}


@websocket("/no-close")
async def no_close(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_text("leaving without close")


@websocket("/ws-exc-before-accept")
async def ws_exc_before_accept(socket: WebSocket) -> None:
    raise WebSocketException(detail="early", code=4444)


@websocket("/dep-fails-before", dependencies={"value": Provide(failing_dependency, sync_to_thread=False)})
async def dep_fails_before(socket: WebSocket, value: str) -> None:
    await socket.accept()


@websocket("/iter-msgpack")
async def iter_msgpack(socket: WebSocket) -> None:
    await socket.accept()
    async for item in socket.iter_msgpack():
        await socket.send_msgpack({"got": item})
        if item == "end":
            break
    await socket.close()


@websocket("/accept-headers-list")
async def accept_headers_list(socket: WebSocket) -> None:
    await socket.accept(headers=[(b"x-one", b"1")])
    await socket.send_data("str in binary", mode="binary")
    await socket.send_data(b"bytes in text", mode="text")
    await socket.close()


@websocket("/uuid/{uid:uuid}")
async def by_uuid(socket: WebSocket, uid: UUID) -> None:
    await socket.accept()
    await socket.send_text(str(uid))
    await socket.close()


@websocket_listener("/listener-disconnects")
async def listener_disconnects(data: str) -> str:
    if data == "quit":
        raise WebSocketDisconnect(detail="bye", code=4001)
    return data


@websocket_listener("/listener-ws-exc")
async def listener_ws_exc(data: str) -> str:
    raise WebSocketException(detail=f"bad {data}", code=4777)


@websocket("/send-after-disconnect")
async def send_after_disconnect(socket: WebSocket, state: State) -> None:
    await socket.accept()
    try:
        await socket.receive_text()
    except WebSocketDisconnect:
        try:
            await socket.send_text("too late")
        except Exception as exc:  # noqa: BLE001
            state.late = type(exc).__name__


@websocket("/report")
async def report(socket: WebSocket, state: State) -> None:
    await socket.accept()
    await socket.send_json({"probe": state.get("probe"), "late": state.get("late")})
    await socket.close()


def create_app() -> Litestar:
    return Litestar(
        [
            guarded_listener,
            state_probe,
            no_close,
            ws_exc_before_accept,
            dep_fails_before,
            iter_msgpack,
            accept_headers_list,
            by_uuid,
            listener_disconnects,
            listener_ws_exc,
            send_after_disconnect,
            report,
        ]
    )


REQUESTS: list[dict[str, Any]] = []

WEBSOCKETS = [
    {"url": "/guarded-listener", "steps": [["send_text", "x"], ["receive_text"]]},
    {
        "url": "/guarded-listener",
        "headers": {"X-Allow": "1"},
        "steps": [["send_text", "x"], ["receive_text"]],
    },
    {"url": "/state-probe", "steps": [["receive_json"], ["close", 4010]]},
    {"url": "/no-close", "steps": [["receive_text"]]},
    {"url": "/ws-exc-before-accept", "steps": [["receive_text"]]},
    {"url": "/dep-fails-before", "steps": [["receive_text"]]},
    {
        "url": "/iter-msgpack",
        "steps": [
            ["send_msgpack", [1, 2]],
            ["receive_msgpack"],
            ["send_msgpack", "end"],
            ["receive_msgpack"],
            ["receive"],
        ],
    },
    {"url": "/accept-headers-list", "steps": [["receive"], ["receive"], ["receive"]]},
    {"url": "/uuid/0b6c4a3e-7d59-4a57-9f4f-3c1b9d3b1e11", "steps": [["receive_text"]]},
    {"url": "/uuid/not-a-uuid", "steps": [["receive_text"]]},
    {
        "url": "/listener-disconnects",
        "steps": [["send_text", "a"], ["receive_text"], ["send_text", "quit"]],
    },
    {"url": "/listener-ws-exc", "steps": [["send_text", "z"], ["receive_text"]]},
    {"url": "/send-after-disconnect", "steps": [["close", 1001]]},
    {"url": "/report", "steps": [["receive_json"]]},
]
