"""Stream from sync/async generators and iterables; ServerSentEvent variants."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any

from litestar import Litestar, MediaType, get
from litestar.background_tasks import BackgroundTask
from litestar.datastructures import Cookie
from litestar.response import ServerSentEvent, Stream
from litestar.response.sse import ServerSentEventMessage
from litestar.types import SSEData


def sync_gen() -> Generator[str, None, None]:
    yield "s1,"
    yield "s2"


async def async_gen() -> AsyncGenerator[bytes, None]:
    for i in range(3):
        yield f"a{i}|".encode()


class AsyncIt:
    def __init__(self) -> None:
        self.items = [b"x", b"y"]

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


@get("/sync-gen-fn")
async def sync_gen_fn() -> Stream:
    return Stream(sync_gen)


@get("/sync-gen")
def sync_gen_obj() -> Stream:
    return Stream(sync_gen(), media_type=MediaType.TEXT)


@get("/async-gen")
async def async_gen_obj() -> Stream:
    return Stream(async_gen(), media_type="application/octet-stream", status_code=201)


@get("/async-gen-fn")
async def async_gen_fn() -> Stream:
    return Stream(async_gen)


@get("/list")
async def list_stream() -> Stream:
    return Stream(["l1", b"l2", "l3"], headers={"X-Stream": "list"})


@get("/async-iterable")
async def async_iterable() -> Stream:
    return Stream(AsyncIt(), cookies=[Cookie(key="streamed", value="1")])


@get("/json-stream")
async def json_stream() -> Stream:
    return Stream(iter(['{"a":', "1}"]), media_type=MediaType.JSON)


@get("/empty")
async def empty_stream() -> Stream:
    return Stream(iter([]))


@get("/stream-error")
async def stream_error() -> Stream:
    def gen() -> Iterator[str]:
        yield "before"
        raise RuntimeError("mid-stream")

    return Stream(gen())


@get("/stream-bg")
async def stream_bg() -> Stream:
    return Stream(iter(["bg"]), background=BackgroundTask(print, "stream bg ran"))


@get("/sse-basic")
async def sse_basic() -> ServerSentEvent:
    async def gen() -> AsyncGenerator[SSEData, None]:
        yield "plain"
        yield b"bytes-data"
        yield 42
        yield {"data": "from dict", "event": "dicted", "id": "d1"}
        yield ServerSentEventMessage(data="msg", event="e", id="3", retry=10, comment="a note")
        yield ServerSentEventMessage(comment="only comment")
        yield ServerSentEventMessage(data="multi\nline\r\ntext")
        yield ServerSentEventMessage(data="")

    return ServerSentEvent(gen())


@get("/sse-sync")
def sse_sync() -> ServerSentEvent:
    def gen() -> Generator[str, None, None]:
        yield "one"
        yield "two"

    return ServerSentEvent(
        gen(), event_type="count", event_id="7", retry_duration=3000, comment_message="hello"
    )


@get("/sse-str")
async def sse_str() -> ServerSentEvent:
    return ServerSentEvent("single string", event_type="single")


@get("/sse-list")
async def sse_list() -> ServerSentEvent:
    return ServerSentEvent(["a", "b"], headers={"X-Sse": "1"}, status_code=202)


@get("/sse-dict-data")
async def sse_dict_data() -> ServerSentEvent:
    def gen() -> Iterator[Any]:
        yield {"data": {"nested": True}}
        yield {"comment": "c", "retry": 5}

    return ServerSentEvent(gen())


app = Litestar(
    [
        sync_gen_fn,
        sync_gen_obj,
        async_gen_obj,
        async_gen_fn,
        list_stream,
        async_iterable,
        json_stream,
        empty_stream,
        stream_error,
        stream_bg,
        sse_basic,
        sse_sync,
        sse_str,
        sse_list,
        sse_dict_data,
    ]
)

REQUESTS = [
    {"method": "GET", "url": "/sync-gen-fn"},
    {"method": "GET", "url": "/sync-gen"},
    {"method": "GET", "url": "/async-gen"},
    {"method": "GET", "url": "/async-gen-fn"},
    {"method": "GET", "url": "/list"},
    {"method": "GET", "url": "/async-iterable"},
    {"method": "GET", "url": "/json-stream"},
    {"method": "GET", "url": "/empty"},
    {"method": "GET", "url": "/stream-bg"},
    {"method": "GET", "url": "/stream-error", "name": "generator raises after the first chunk"},
    {"method": "HEAD", "url": "/sync-gen", "name": "HEAD on a stream"},
    {"method": "GET", "url": "/sse-basic"},
    {"method": "GET", "url": "/sse-sync"},
    {"method": "GET", "url": "/sse-str"},
    {"method": "GET", "url": "/sse-list"},
    {"method": "GET", "url": "/sse-dict-data"},
]
