"""WebSocket listeners (sweep 2): connection_lifespan, hooks with dependencies, return types, send/receive modes."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, WebSocket, websocket_listener
from litestar.datastructures import State
from litestar.di import Provide
from litestar.handlers import WebsocketListener


def provide_greeting() -> str:
    return "hi"


async def provide_counter(state: State) -> AsyncGenerator[int, None]:
    state.counter_opened = state.get("counter_opened", 0) + 1
    yield 7
    state.counter_closed = state.get("counter_closed", 0) + 1


@asynccontextmanager
async def lifespan(socket: WebSocket, state: State) -> AsyncGenerator[None, None]:
    await socket.send_text("lifespan start")
    state.lifespan_log = [*state.get("lifespan_log", []), "enter"]
    try:
        yield
    finally:
        state.lifespan_log = [*state.get("lifespan_log", []), "exit"]


@websocket_listener("/lifespan", connection_lifespan=lifespan)
async def with_lifespan(data: str) -> str:
    return f"got {data}"


@asynccontextmanager
async def lifespan_with_param(socket: WebSocket, name: str) -> AsyncGenerator[None, None]:
    await socket.send_json({"name": name})
    yield


@websocket_listener("/lifespan-param/{name:str}", connection_lifespan=lifespan_with_param)
async def with_lifespan_param(data: str, name: str) -> str:
    return f"{name}:{data}"


async def accept_hook(socket: WebSocket, greeting: str) -> None:
    await socket.send_text(f"{greeting} on accept")


async def disconnect_hook(socket: WebSocket, state: State) -> None:
    state.hook_log = [*state.get("hook_log", []), "disconnected"]


@websocket_listener(
    "/hooks-deps",
    on_accept=accept_hook,
    on_disconnect=disconnect_hook,
    dependencies={"greeting": Provide(provide_greeting, sync_to_thread=False)},
)
async def hooks_deps(data: str, greeting: str) -> str:
    return f"{greeting} {data}"


@websocket_listener("/gen-dep", dependencies={"counter": Provide(provide_counter)})
async def gen_dep(data: str, counter: int) -> dict[str, Any]:
    return {"data": data, "counter": counter}


@websocket_listener("/ret-bytes")
async def ret_bytes(data: str) -> bytes:
    return data.encode() + b"\x00"


@websocket_listener("/ret-bytes-binary", send_mode="binary")
async def ret_bytes_binary(data: str) -> bytes:
    return data.encode()


@websocket_listener("/ret-dict-binary", send_mode="binary")
async def ret_dict_binary(data: dict[str, int]) -> dict[str, int]:
    return {k: v + 1 for k, v in data.items()}


@websocket_listener("/ret-none")
async def ret_none(data: str, socket: WebSocket) -> None:
    if data == "ping":
        await socket.send_text("pong")


@websocket_listener("/ret-int")
async def ret_int(data: int) -> int:
    return data * 2


@websocket_listener("/ret-list")
async def ret_list(data: str) -> list[str]:
    return list(data)


@websocket_listener("/recv-binary", receive_mode="binary")
async def recv_binary(data: str) -> str:
    return f"[{data}]"


@websocket_listener("/recv-binary-bytes", receive_mode="binary", send_mode="binary")
async def recv_binary_bytes(data: bytes) -> bytes:
    return data[::-1]


@websocket_listener("/recv-text-dict", receive_mode="text", send_mode="binary")
async def recv_text_dict(data: dict[str, Any]) -> dict[str, Any]:
    return {"keys": sorted(data)}


@websocket_listener("/with-socket-state")
async def with_socket_state(data: str, socket: WebSocket) -> dict[str, Any]:
    socket.state.seen = [*socket.state.get("seen", []), data]
    return {"seen": socket.state.seen}


class Counter(WebsocketListener):
    path = "/class-counter"
    send_mode = "binary"
    receive_mode = "text"
    dependencies = {"greeting": Provide(provide_greeting, sync_to_thread=False)}

    async def on_accept(self, socket: WebSocket, greeting: str) -> None:
        await socket.send_json({"accepted": greeting}, mode="binary")

    async def on_disconnect(self, socket: WebSocket, state: State) -> None:
        state.hook_log = [*state.get("hook_log", []), "class disconnected"]

    async def on_receive(self, data: list[int], greeting: str) -> dict[str, Any]:
        return {"sum": sum(data), "greeting": greeting}


@websocket_listener("/report")
async def report(data: str, state: State) -> dict[str, Any]:
    return {key: state.get(key) for key in ("lifespan_log", "hook_log", "counter_opened", "counter_closed")}


def create_app() -> Litestar:
    return Litestar(
        [
            with_lifespan,
            with_lifespan_param,
            hooks_deps,
            gen_dep,
            ret_bytes,
            ret_bytes_binary,
            ret_dict_binary,
            ret_none,
            ret_int,
            ret_list,
            recv_binary,
            recv_binary_bytes,
            recv_text_dict,
            with_socket_state,
            Counter,
            report,
        ]
    )


REQUESTS: list[dict[str, Any]] = []

WEBSOCKETS = [
    {
        "url": "/lifespan",
        "steps": [
            ["receive_text"],
            ["send_text", "a"],
            ["receive_text"],
            ["send_text", "b"],
            ["receive_text"],
            ["close"],
        ],
    },
    {
        "url": "/lifespan-param/zed",
        "steps": [["receive_json"], ["send_text", "q"], ["receive_text"], ["close"]],
    },
    {"url": "/hooks-deps", "steps": [["receive_text"], ["send_text", "there"], ["receive_text"], ["close"]]},
    {
        "url": "/gen-dep",
        "steps": [["send_text", "x"], ["receive_json"], ["send_text", "y"], ["receive_json"], ["close"]],
    },
    {"url": "/ret-bytes", "steps": [["send_text", "ab"], ["receive"]]},
    {"url": "/ret-bytes-binary", "steps": [["send_text", "ab"], ["receive"]]},
    {"url": "/ret-dict-binary", "steps": [["send_json", {"a": 1}], ["receive"]]},
    {"url": "/ret-none", "steps": [["send_text", "x"], ["send_text", "ping"], ["receive_text"], ["close"]]},
    {"url": "/ret-int", "steps": [["send_text", "21"], ["receive"]]},
    {"url": "/ret-int", "steps": [["send_text", "abc"], ["receive"]], "name": "int listener gets non-int"},
    {"url": "/ret-list", "steps": [["send_text", "abc"], ["receive"]]},
    {"url": "/recv-binary", "steps": [["send_bytes", b"xy"], ["receive"]]},
    {
        "url": "/recv-binary",
        "steps": [["send_text", "txt"], ["receive"]],
        "name": "text to binary receive_mode",
    },
    {"url": "/recv-binary-bytes", "steps": [["send_bytes", b"abc"], ["receive"]]},
    {"url": "/recv-text-dict", "steps": [["send_text", '{"b": 1, "a": 2}'], ["receive"]]},
    {
        "url": "/recv-text-dict",
        "steps": [["send_bytes", b'{"c": 1}'], ["receive"]],
        "name": "bytes to text mode",
    },
    {
        "url": "/with-socket-state",
        "steps": [["send_text", "1"], ["receive_json"], ["send_text", "2"], ["receive_json"], ["close"]],
    },
    {
        "url": "/class-counter",
        "steps": [["receive"], ["send_text", "[1, 2, 3]"], ["receive"], ["close", 4000]],
    },
    {
        "url": "/report",
        "steps": [["send_text", "r"], ["receive_json"]],
        "name": "lifespan/hook/dependency state",
    },
]
