"""Streams (sweep 2): websocket_stream modes and disconnects; Stream/SSE headers, status, media types, background."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass
from typing import Any

from litestar import Litestar, MediaType, WebSocket, get, websocket_stream
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.datastructures import Cookie, State
from litestar.di import Provide
from litestar.response import ServerSentEvent, Stream
from litestar.response.sse import ServerSentEventMessage

BACKGROUND: list[str] = []


@dataclass
class Point:
    x: int
    y: int


async def provide_tag(state: State) -> AsyncGenerator[str, None]:
    try:
        yield "tag"
    finally:
        state.stream_dep_closed = True


@websocket_stream("/ws/binary", mode="binary")
async def ws_binary() -> AsyncGenerator[dict[str, int], None]:
    for i in range(2):
        yield {"i": i}


@websocket_stream("/ws/bytes-text")
async def ws_bytes_text() -> AsyncGenerator[bytes, None]:
    yield b"raw-1"
    yield b"raw-2"


@websocket_stream("/ws/dataclass")
async def ws_dataclass() -> AsyncGenerator[Point, None]:
    yield Point(1, 2)


@websocket_stream("/ws/forever")
async def ws_forever(state: State) -> AsyncGenerator[str, None]:
    try:
        while True:
            yield "tick"
            await asyncio.sleep(0.01)
    finally:
        state.forever_stopped = True


@websocket_stream("/ws/no-listen", listen_for_disconnect=False)
async def ws_no_listen(socket: WebSocket) -> AsyncGenerator[str, None]:
    yield "ready"
    text = await socket.receive_text()
    yield f"echo:{text}"


@websocket_stream("/ws/discard", warn_on_data_discard=False)
async def ws_discard() -> AsyncGenerator[str, None]:
    yield "a"
    await asyncio.sleep(0.2)
    yield "b"


@websocket_stream("/ws/params/{n:int}", dependencies={"tag": Provide(provide_tag)})
async def ws_params(n: int, tag: str, prefix: str = "p") -> AsyncGenerator[str, None]:
    for i in range(n):
        yield f"{prefix}-{tag}-{i}"


@websocket_stream("/ws/state")
async def ws_state(state: State) -> AsyncGenerator[dict[str, Any], None]:
    yield {
        "forever_stopped": state.get("forever_stopped"),
        "stream_dep_closed": state.get("stream_dep_closed"),
    }


def record(name: str) -> None:
    BACKGROUND.append(name)


async def record_async(name: str, suffix: str = "") -> None:
    BACKGROUND.append(name + suffix)


@get("/stream/custom")
async def stream_custom() -> Stream:
    return Stream(
        iter(["<p>", "hi", "</p>"]),
        media_type=MediaType.HTML,
        status_code=206,
        headers={"X-Custom": "1", "Cache-Control": "no-store"},
        cookies=[Cookie(key="c", value="v", path="/stream")],
        background=BackgroundTask(record, "custom"),
    )


@get("/stream/tasks")
async def stream_tasks() -> Stream:
    return Stream(
        iter([b"x"]),
        media_type="application/x-ndjson",
        background=BackgroundTasks(
            [BackgroundTask(record, "t1"), BackgroundTask(record_async, "t2", suffix="!")]
        ),
    )


@get("/stream/handler-level", response_headers={"X-Layer": "handler"}, status_code=202)
async def stream_handler_level() -> Stream:
    return Stream(iter(["a"]))


@get("/stream/csv", media_type="text/csv")
async def stream_csv() -> Stream:
    return Stream(iter(["a,b\n", "1,2\n"]))


@get("/stream/encoding")
async def stream_encoding() -> Stream:
    return Stream(iter(["é"]), encoding="latin-1", media_type="text/plain; charset=latin-1")


@get("/stream/async-fn")
async def stream_async_fn() -> Stream:
    async def gen() -> AsyncGenerator[str, None]:
        for i in range(3):
            await asyncio.sleep(0)
            yield str(i)

    return Stream(gen)


@get("/background")
async def show_background() -> list[str]:
    return list(BACKGROUND)


@get("/sse/combos")
async def sse_combos() -> ServerSentEvent:
    async def gen() -> AsyncGenerator[Any, None]:
        yield ServerSentEventMessage(data="d", event="e")
        yield ServerSentEventMessage(data="d", id=5)
        yield ServerSentEventMessage(data="d", retry=100)
        yield ServerSentEventMessage(event="only-event")
        yield ServerSentEventMessage(id="only-id", data=None)
        yield ServerSentEventMessage(comment="multi\nline comment", data="x")
        yield ServerSentEventMessage(data="a\rb", sep="\n")
        yield ServerSentEventMessage(data=7, event="num", id=0, retry=0, comment="")
        yield {"data": "dict", "retry": 9, "comment": "dc"}
        yield {"event": "no-data"}

    return ServerSentEvent(gen())


@get("/sse/defaults")
async def sse_defaults() -> ServerSentEvent:
    async def gen() -> AsyncGenerator[str, None]:
        yield "first"
        yield "second"

    return ServerSentEvent(
        gen(),
        event_type="upd",
        event_id=1,
        retry_duration=500,
        comment_message="start",
        headers={"X-Sse": "yes"},
        cookies=[Cookie(key="sse", value="1")],
        background=BackgroundTask(record, "sse"),
    )


@get("/sse/bytes")
async def sse_bytes() -> ServerSentEvent:
    return ServerSentEvent(b"byte content")


@get("/sse/sync-iter")
async def sse_sync_iter() -> ServerSentEvent:
    def gen() -> Iterator[Any]:
        yield 1
        yield b"b"
        yield ServerSentEventMessage(data="m", event="mixed")

    return ServerSentEvent(gen(), event_id="fixed")


@get("/sse/error")
async def sse_error() -> ServerSentEvent:
    async def gen() -> AsyncGenerator[str, None]:
        yield "ok"
        raise ValueError("sse broke")

    return ServerSentEvent(gen())


def create_app() -> Litestar:
    BACKGROUND.clear()
    return Litestar(
        [
            ws_binary,
            ws_bytes_text,
            ws_dataclass,
            ws_forever,
            ws_no_listen,
            ws_discard,
            ws_params,
            ws_state,
            stream_custom,
            stream_tasks,
            stream_handler_level,
            stream_csv,
            stream_encoding,
            stream_async_fn,
            show_background,
            sse_combos,
            sse_defaults,
            sse_bytes,
            sse_sync_iter,
            sse_error,
        ]
    )


REQUESTS = [
    {"method": "GET", "url": "/stream/custom"},
    {"method": "GET", "url": "/stream/tasks"},
    {"method": "GET", "url": "/stream/handler-level"},
    {"method": "GET", "url": "/stream/csv"},
    {"method": "GET", "url": "/stream/encoding"},
    {"method": "GET", "url": "/stream/async-fn"},
    {"method": "GET", "url": "/sse/combos"},
    {"method": "GET", "url": "/sse/defaults"},
    {"method": "GET", "url": "/sse/bytes"},
    {"method": "GET", "url": "/sse/sync-iter"},
    {"method": "GET", "url": "/sse/error"},
    {"method": "GET", "url": "/background", "name": "background tasks ran in order"},
]

WEBSOCKETS = [
    {"url": "/ws/binary", "steps": [["receive"], ["receive"], ["receive"]]},
    {"url": "/ws/bytes-text", "steps": [["receive"], ["receive"], ["receive"]]},
    {"url": "/ws/dataclass", "steps": [["receive_json"], ["receive"]]},
    {"url": "/ws/forever", "steps": [["receive_text"], ["receive_text"], ["close"]]},
    {
        "url": "/ws/no-listen",
        "steps": [["receive_text"], ["send_text", "hey"], ["receive_text"], ["receive"]],
    },
    {
        "url": "/ws/discard",
        "steps": [["receive_text"], ["send_text", "ignored"], ["receive_text"], ["receive"]],
    },
    {"url": "/ws/params/2?prefix=q", "steps": [["receive_text"], ["receive_text"], ["receive"]]},
    {"url": "/ws/params/2?prefix=q", "steps": [["receive_text"], ["close"]], "name": "client leaves early"},
    {"url": "/ws/state", "steps": [["receive_json"]], "name": "stream generators cleaned up"},
]
