"""WebSockets (sweep 2): receive/send variants, iterators, msgpack, subprotocols, close reasons, params, DI cleanup."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated, Any

from litestar import Litestar, WebSocket, websocket
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException, WebSocketDisconnect
from litestar.params import Parameter


async def provide_resource(state: State) -> AsyncGenerator[str, None]:
    state.events = [*state.get("events", []), "opened"]
    try:
        yield "resource"
    finally:
        state.events = [*state.get("events", []), "closed"]


@websocket("/json-modes")
async def json_modes(socket: WebSocket) -> None:
    await socket.accept()
    first = await socket.receive_json()
    second = await socket.receive_json(mode="binary")
    await socket.send_json({"first": first, "second": second}, mode="binary")
    await socket.send_json([1, "two", None])
    await socket.close(code=4001, reason="all done")


@websocket("/bytes-text")
async def bytes_text(socket: WebSocket) -> None:
    await socket.accept()
    raw = await socket.receive_bytes()
    await socket.send_text(raw.decode().upper())
    text = await socket.receive_text()
    await socket.send_bytes(text.encode() * 2)
    await socket.close()


@websocket("/msgpack")
async def msgpack_route(socket: WebSocket) -> None:
    await socket.accept()
    data = await socket.receive_msgpack()
    await socket.send_msgpack({"echo": data, "kind": type(data).__name__})
    await socket.close()


@websocket("/iter-data")
async def iter_data(socket: WebSocket) -> None:
    await socket.accept()
    got: list[str] = []
    async for item in socket.iter_data():
        got.append(item if isinstance(item, str) else f"bytes:{item!r}")
        if len(got) == 3:
            break
    await socket.send_json(got)
    await socket.close()


@websocket("/iter-data-binary")
async def iter_data_binary(socket: WebSocket) -> None:
    await socket.accept()
    got: list[str] = []
    async for item in socket.iter_data(mode="binary"):
        got.append(repr(item))
        if len(got) == 2:
            break
    await socket.send_json(got)
    await socket.close()


@websocket("/iter-json-until-close")
async def iter_json_until_close(socket: WebSocket, state: State) -> None:
    await socket.accept()
    seen: list[Any] = []
    try:
        async for item in socket.iter_json():
            seen.append(item)
            await socket.send_json({"n": len(seen)})
    finally:
        state.iter_seen = seen


@websocket("/subprotocols")
async def subprotocols(socket: WebSocket) -> None:
    offered = list(socket.scope.get("subprotocols", []))
    await socket.accept(subprotocols=offered[-1] if offered else None, headers={"X-Accepted": "yes"})
    await socket.send_json({"offered": offered})
    await socket.close()


@websocket("/close-before-accept")
async def close_before_accept(socket: WebSocket) -> None:
    await socket.close(code=4403, reason="go away")


@websocket("/close-default-before-accept")
async def close_default_before_accept(socket: WebSocket) -> None:
    await socket.close()


@websocket("/close-reason")
async def close_reason(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_text("bye soon")
    await socket.close(code=1001, reason="going away")


@websocket("/raise-after-accept")
async def raise_after_accept(socket: WebSocket) -> None:
    await socket.accept()
    raise NotAuthorizedException("later")


@websocket("/params/{item_id:int}")
async def params_route(
    socket: WebSocket,
    item_id: int,
    q: int,
    tags: list[str] | None = None,
    x_token: Annotated[str, Parameter(header="X-Token")] = "none",
    session_id: Annotated[str | None, Parameter(cookie="sid")] = None,
    page: Annotated[int, Parameter(ge=1, le=10)] = 1,
) -> None:
    await socket.accept()
    await socket.send_json(
        {"item_id": item_id, "q": q, "tags": tags, "x_token": x_token, "sid": session_id, "page": page}
    )
    await socket.close()


@websocket("/required-header")
async def required_header(socket: WebSocket, token: Annotated[str, Parameter(header="X-Required")]) -> None:
    await socket.accept()
    await socket.send_text(token)
    await socket.close()


@websocket("/dep-cleanup", dependencies={"resource": Provide(provide_resource)})
async def dep_cleanup(socket: WebSocket, resource: str, state: State) -> None:
    await socket.accept()
    await socket.send_json({"resource": resource, "events": state.events})
    try:
        await socket.receive_text()
    except WebSocketDisconnect:
        state.disconnected = True


@websocket("/state")
async def show_state(socket: WebSocket, state: State) -> None:
    await socket.accept()
    await socket.send_json(
        {
            "events": state.get("events"),
            "disconnected": state.get("disconnected"),
            "iter_seen": state.get("iter_seen"),
        }
    )
    await socket.close()


@websocket("/receive-raw")
async def receive_raw(socket: WebSocket) -> None:
    await socket.accept()
    message = await socket.receive()
    await socket.send_json(
        {"type": message["type"], "text": message.get("text"), "bytes": message.get("bytes")}
    )
    await socket.close(code=4002)


def create_app() -> Litestar:
    return Litestar(
        [
            json_modes,
            bytes_text,
            msgpack_route,
            iter_data,
            iter_data_binary,
            iter_json_until_close,
            subprotocols,
            close_before_accept,
            close_default_before_accept,
            close_reason,
            raise_after_accept,
            params_route,
            required_header,
            dep_cleanup,
            show_state,
            receive_raw,
        ]
    )


REQUESTS: list[dict[str, Any]] = []

WEBSOCKETS = [
    {
        "url": "/json-modes",
        "steps": [
            ["send_json", {"a": 1}],
            ["send_json", {"b": [1, 2]}, "binary"],
            ["receive_json", "binary"],
            ["receive_json"],
            ["receive"],
        ],
        "name": "json text/binary modes and close reason",
    },
    {"url": "/json-modes", "steps": [["send_json", {"a": 1}], ["send_json", {"b": 2}], ["receive_json"]]},
    {"url": "/json-modes", "steps": [["send_text", "not json"], ["receive_text"]], "name": "invalid json"},
    {
        "url": "/bytes-text",
        "steps": [
            ["send_bytes", b"abc"],
            ["receive_text"],
            ["send_text", "xy"],
            ["receive_bytes"],
            ["receive"],
        ],
    },
    {
        "url": "/bytes-text",
        "steps": [["send_text", "abc"], ["receive_text"]],
        "name": "text to receive_bytes",
    },
    {"url": "/msgpack", "steps": [["send_msgpack", {"k": [1, 2]}], ["receive_msgpack"]]},
    {"url": "/msgpack", "steps": [["send_msgpack", "s"], ["receive_msgpack"]], "name": "msgpack string"},
    {
        "url": "/iter-data",
        "steps": [["send_text", "t1"], ["send_bytes", b"b1"], ["send_text", "t2"], ["receive_json"]],
    },
    {
        "url": "/iter-data-binary",
        "steps": [["send_text", "t1"], ["send_bytes", b"b1"], ["receive_json"]],
    },
    {
        "url": "/iter-json-until-close",
        "steps": [["send_json", {"x": 1}], ["receive_json"], ["send_json", [1]], ["receive_json"], ["close"]],
    },
    {"url": "/subprotocols", "subprotocols": ["chat", "superchat"], "steps": [["receive_json"]]},
    {"url": "/subprotocols", "steps": [["receive_json"], ["receive"]], "name": "no subprotocols"},
    {"url": "/close-before-accept", "steps": [["receive_text"]]},
    {"url": "/close-default-before-accept", "steps": [["receive_text"]]},
    {"url": "/close-reason", "steps": [["receive_text"], ["receive"]]},
    {
        "url": "/close-reason",
        "steps": [["receive_text"], ["receive_text"]],
        "name": "close reason as exception",
    },
    {"url": "/raise-after-accept", "steps": [["receive"]]},
    {
        "url": "/params/5?q=3&tags=a&tags=b&page=2",
        "headers": {"X-Token": "tok", "Cookie": "sid=abc"},
        "steps": [["receive_json"]],
    },
    {"url": "/params/5?q=3", "steps": [["receive_json"]], "name": "defaults"},
    {"url": "/params/5", "steps": [["receive_json"]], "name": "missing required query"},
    {"url": "/params/5?q=x", "steps": [["receive_json"]], "name": "bad int query"},
    {"url": "/params/5?q=1&page=11", "steps": [["receive_json"]], "name": "constraint violated"},
    {"url": "/params/x?q=1", "steps": [["receive_json"]], "name": "path does not match"},
    {"url": "/required-header", "steps": [["receive_text"]], "name": "missing header"},
    {"url": "/required-header", "headers": {"X-Required": "h"}, "steps": [["receive_text"], ["receive"]]},
    {"url": "/dep-cleanup", "steps": [["receive_json"], ["close", 1000]]},
    {"url": "/state", "steps": [["receive_json"]], "name": "generator cleanup and disconnect observed"},
    {"url": "/receive-raw", "steps": [["send_text", "raw"], ["receive_json"], ["receive"]]},
    {"url": "/receive-raw", "steps": [["send_bytes", b"rb"], ["receive_json"]], "name": "raw bytes"},
]
