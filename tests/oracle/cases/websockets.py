"""WebSockets: @websocket with path/query params and dependencies, listeners, streams, close codes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

from litestar import Litestar, Router, WebSocket, get, websocket, websocket_listener, websocket_stream
from litestar.di import Provide
from litestar.exceptions import WebSocketException
from litestar.handlers import WebsocketListener


@dataclass
class Msg:
    text: str
    n: int = 1


def provide_prefix() -> str:
    return "pfx"


@websocket("/echo/{room:str}")
async def echo(socket: WebSocket, room: str, limit: int = 2, prefix: str = "") -> None:
    await socket.accept()
    for _ in range(limit):
        data = await socket.receive_text()
        await socket.send_text(f"{prefix}:{room}:{data}")
    await socket.send_json(
        {"path": socket.url.path, "params": dict(socket.path_params), "q": dict(socket.query_params)}
    )
    await socket.close(code=1000)


@websocket("/num/{n:int}")
async def num(socket: WebSocket, n: int, flag: bool) -> None:
    await socket.accept()
    await socket.send_json({"n": n, "flag": flag})
    await socket.close()


@websocket("/bytes")
async def ws_bytes(socket: WebSocket) -> None:
    await socket.accept()
    data = await socket.receive_bytes()
    await socket.send_bytes(data[::-1])
    msg = await socket.receive_json()
    await socket.send_json({"got": msg})
    await socket.close(code=4001, reason="done")


@websocket("/boom")
async def boom(socket: WebSocket) -> None:
    await socket.accept()
    raise ValueError("boom")


@websocket("/ws-exc")
async def ws_exc(socket: WebSocket) -> None:
    await socket.accept()
    raise WebSocketException(detail="custom", code=4321)


@websocket("/headers")
async def ws_headers(socket: WebSocket) -> None:
    await socket.accept(headers={"X-Reply": "1"})
    await socket.send_json({"x-a": socket.headers.get("x-a"), "cookies": dict(socket.cookies)})
    await socket.close()


@websocket_listener("/listen-str")
async def listen_str(data: str) -> str:
    return data.upper()


@websocket_listener("/listen-bytes")
async def listen_bytes(data: bytes) -> bytes:
    return data + b"!"


@websocket_listener("/listen-dict")
async def listen_dict(data: dict[str, Any]) -> dict[str, Any]:
    return {"received": data, "keys": sorted(data)}


@websocket_listener("/listen-dc")
async def listen_dc(data: Msg) -> Msg:
    return Msg(text=data.text * data.n, n=data.n + 1)


@websocket_listener("/listen-none")
def listen_none(data: str, socket: WebSocket) -> None:
    socket.state.count = socket.state.get("count", 0) + 1


@websocket_listener(
    "/listen-deps/{key:str}", dependencies={"prefix": Provide(provide_prefix, sync_to_thread=False)}
)
async def listen_deps(data: str, key: str, prefix: str) -> dict[str, str]:
    return {"data": data, "key": key, "prefix": prefix}


@websocket_listener("/listen-err")
async def listen_err(data: str) -> str:
    if data == "fail":
        raise ValueError("listener failed")
    return data


@websocket_listener("/listen-text-mode", send_mode="text", receive_mode="text")
async def listen_text_mode(data: dict[str, int]) -> dict[str, int]:
    return {k: v * 2 for k, v in data.items()}


@websocket_listener("/listen-binary-mode", send_mode="binary")
async def listen_binary_mode(data: str) -> str:
    return f"bin:{data}"


class Chat(WebsocketListener):
    path = "/chat"

    async def on_accept(self, socket: WebSocket) -> None:
        await socket.send_text("welcome")

    def on_receive(self, data: str) -> str:
        return f"chat:{data}"


@websocket_stream("/stream")
async def ws_stream() -> AsyncGenerator[dict[str, int], None]:
    for i in range(3):
        yield {"i": i}
        await asyncio.sleep(0)


@websocket_stream("/stream-text")
async def ws_stream_text() -> AsyncGenerator[str, None]:
    yield "one"
    yield "two"


@get("/http")
async def http_route() -> str:
    return "http"


ws_router = Router(
    path="/r", route_handlers=[echo], dependencies={"prefix": Provide(provide_prefix, sync_to_thread=False)}
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[
            ws_router,
            num,
            ws_bytes,
            boom,
            ws_exc,
            ws_headers,
            listen_str,
            listen_bytes,
            listen_dict,
            listen_dc,
            listen_none,
            listen_deps,
            listen_err,
            listen_text_mode,
            listen_binary_mode,
            Chat,
            ws_stream,
            ws_stream_text,
            http_route,
        ]
    )


REQUESTS = [
    {"method": "GET", "url": "/http"},
    {"method": "GET", "url": "/stream", "name": "plain GET on a websocket path"},
]

WEBSOCKETS = [
    {
        "url": "/r/echo/lobby?limit=2",
        "steps": [
            ["send_text", "a"],
            ["receive_text"],
            ["send_text", "b"],
            ["receive_text"],
            ["receive_json"],
            ["receive_text"],
        ],
    },
    {"url": "/r/echo/lobby?limit=x", "steps": [["receive_text"]]},
    {"url": "/num/5?flag=true", "steps": [["receive_json"]]},
    {"url": "/num/5", "steps": [["receive_json"]]},
    {"url": "/num/abc?flag=1", "steps": [["receive_json"]]},
    {
        "url": "/bytes",
        "steps": [
            ["send_bytes", b"abc"],
            ["receive_bytes"],
            ["send_json", {"k": [1, 2]}],
            ["receive_json"],
            ["receive_text"],
        ],
    },
    {"url": "/boom", "steps": [["receive_text"]]},
    {"url": "/ws-exc", "steps": [["receive_text"]]},
    {"url": "/headers", "headers": {"X-A": "hello", "Cookie": "c1=v1"}, "steps": [["receive_json"]]},
    {"url": "/unknown", "steps": [["receive_text"]]},
    {"url": "/http", "steps": [["receive_text"]]},
    {
        "url": "/listen-str",
        "steps": [["send_text", "hi"], ["receive_text"], ["send_text", "yo"], ["receive_text"]],
    },
    {
        "url": "/listen-bytes",
        "steps": [["send_bytes", b"raw"], ["receive_text"], ["send_text", "txt"], ["receive_text"]],
    },
    {"url": "/listen-dict", "steps": [["send_json", {"b": 1, "a": 2}], ["receive_json"]]},
    {"url": "/listen-dict", "steps": [["send_text", "not json"], ["receive_text"]]},
    {"url": "/listen-dc", "steps": [["send_json", {"text": "ab", "n": 2}], ["receive_json"]]},
    {"url": "/listen-dc", "steps": [["send_json", {"n": 2}], ["receive_json"]]},
    {"url": "/listen-none", "steps": [["send_text", "x"], ["send_text", "y"], ["close"]]},
    {"url": "/listen-deps/k1", "steps": [["send_text", "d"], ["receive_json"]]},
    {
        "url": "/listen-err",
        "steps": [["send_text", "ok"], ["receive_text"], ["send_text", "fail"], ["receive_text"]],
    },
    {"url": "/listen-text-mode", "steps": [["send_json", {"a": 2}], ["receive_json"]]},
    {"url": "/listen-binary-mode", "steps": [["send_text", "q"], ["receive_bytes"]]},
    {"url": "/chat", "steps": [["receive_text"], ["send_text", "m"], ["receive_text"]]},
    {"url": "/stream", "steps": [["receive_json"], ["receive_json"], ["receive_json"], ["receive_text"]]},
    {"url": "/stream-text", "steps": [["receive_text"], ["receive_text"], ["receive_text"]]},
]
