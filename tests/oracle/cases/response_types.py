"""Return types: primitives, containers, models, special scalars, Response, Redirect, File, Stream, SSE."""

from __future__ import annotations

import datetime
import decimal
import enum
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import msgspec
from litestar import Litestar, MediaType, Response, get
from litestar.datastructures import Cookie
from litestar.response import File, Redirect, ServerSentEvent, Stream
from litestar.response.sse import ServerSentEventMessage

HERE = Path(__file__).resolve().parent


class Kind(str, enum.Enum):
    A = "alpha"


class Num(enum.IntEnum):
    ONE = 1


@dataclass
class Point:
    x: int
    y: int
    label: str | None = None


class Item(msgspec.Struct):
    name: str
    price: float


@get("/str")
async def r_str() -> str:
    return "hello"


@get("/bytes")
async def r_bytes() -> bytes:
    return b"\x00\x01raw"


@get("/dict")
async def r_dict() -> dict[str, Any]:
    return {"a": 1, "b": [True, None]}


@get("/list")
async def r_list() -> list[int]:
    return [1, 2, 3]


@get("/dataclass")
async def r_dataclass() -> Point:
    return Point(x=1, y=2)


@get("/struct")
async def r_struct() -> Item:
    return Item(name="pen", price=1.5)


@get("/none")
async def r_none() -> None:
    return None


@get("/scalars")
async def r_scalars() -> dict[str, Any]:
    return {
        "dt": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        "naive": datetime.datetime(2024, 1, 2, 3, 4, 5),
        "date": datetime.date(2024, 1, 2),
        "time": datetime.time(10, 11, 12),
        "uuid": uuid.UUID("8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b"),
        "decimal": decimal.Decimal("1.10"),
        "path": PurePosixPath("/tmp/x.txt"),
        "enum": Kind.A,
        "intenum": Num.ONE,
        "set": {3},
        "tuple": (1, "a"),
        "timedelta": datetime.timedelta(seconds=90),
    }


@get("/uuid")
async def r_uuid() -> uuid.UUID:
    return uuid.UUID("8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b")


@get("/int")
async def r_int() -> int:
    return 42


@get("/html", media_type=MediaType.HTML)
async def r_html() -> str:
    return "<h1>hi</h1>"


@get("/text-dict", media_type=MediaType.TEXT)
async def r_text_dict() -> str:
    return "plain"


@get("/response")
async def r_response() -> Response[dict]:
    return Response(
        {"created": True},
        status_code=202,
        headers={"X-Custom": "c", "Cache-Control": "no-store"},
        cookies=[
            Cookie(key="k", value="v", path="/", samesite="strict", secure=True),
            Cookie(key="gone", value="", max_age=0),
        ],
    )


@get("/response-bytes")
async def r_response_bytes() -> Response[bytes]:
    return Response(b"abc", media_type="application/octet-stream", status_code=200)


@get("/response-text")
async def r_response_text() -> Response[str]:
    return Response("text body", media_type=MediaType.TEXT, headers={"X-A": "1"})


@get("/response-cookie-set")
async def r_response_cookie_set() -> Response[str]:
    resp = Response("ok")
    resp.set_cookie("sid", "123", httponly=True, max_age=10)
    resp.set_header("X-Later", "yes")
    resp.delete_cookie("old")
    return resp


@get("/redirect")
async def r_redirect() -> Redirect:
    return Redirect(path="/str")


@get("/redirect-301")
async def r_redirect_301() -> Redirect:
    return Redirect(path="/dict", status_code=301)


@get("/redirect-query")
async def r_redirect_query() -> Redirect:
    return Redirect(path="/dict", query_params={"a": "1"})


@get("/file")
async def r_file() -> File:
    return File(path=HERE / "_files" / "hello.txt", filename="greeting.txt")


@get("/file-inline")
async def r_file_inline() -> File:
    return File(
        path=HERE / "_files" / "hello.txt", content_disposition_type="inline", media_type="text/plain"
    )


@get("/file-missing")
async def r_file_missing() -> File:
    return File(path=HERE / "_files" / "nope.txt")


@get("/stream")
async def r_stream() -> Stream:
    async def gen() -> AsyncIterator[bytes]:
        for i in range(3):
            yield f"chunk{i};".encode()

    return Stream(gen(), media_type="text/plain")


@get("/stream-sync")
async def r_stream_sync() -> Stream:
    def gen() -> Iterator[str]:
        yield "a"
        yield "b"

    return Stream(gen(), headers={"X-S": "1"})


@get("/sse")
async def r_sse() -> ServerSentEvent:
    async def gen() -> AsyncIterator[Any]:
        yield "first"
        yield ServerSentEventMessage(data="second", event="update", id="2", retry=1000)
        yield {"data": "third"}

    return ServerSentEvent(gen())


@get("/sse-strings")
async def r_sse_strings() -> ServerSentEvent:
    return ServerSentEvent(iter(["x", "y\nz"]), event_type="tick", event_id=7, retry_duration=500)


app = Litestar(
    route_handlers=[
        r_str,
        r_bytes,
        r_dict,
        r_list,
        r_dataclass,
        r_struct,
        r_none,
        r_scalars,
        r_uuid,
        r_int,
        r_html,
        r_text_dict,
        r_response,
        r_response_bytes,
        r_response_text,
        r_response_cookie_set,
        r_redirect,
        r_redirect_301,
        r_redirect_query,
        r_file,
        r_file_inline,
        r_file_missing,
        r_stream,
        r_stream_sync,
        r_sse,
        r_sse_strings,
    ]
)

IGNORE_HEADERS = ["etag", "last-modified"]

REQUESTS = [
    {"method": "GET", "url": "/str"},
    {"method": "GET", "url": "/bytes"},
    {"method": "GET", "url": "/dict"},
    {"method": "GET", "url": "/list"},
    {"method": "GET", "url": "/dataclass"},
    {"method": "GET", "url": "/struct"},
    {"method": "GET", "url": "/none"},
    {"method": "GET", "url": "/scalars"},
    {"method": "GET", "url": "/uuid"},
    {"method": "GET", "url": "/int"},
    {"method": "GET", "url": "/html"},
    {"method": "GET", "url": "/text-dict"},
    {"method": "GET", "url": "/response"},
    {"method": "GET", "url": "/response-bytes"},
    {"method": "GET", "url": "/response-text"},
    {"method": "GET", "url": "/response-cookie-set"},
    {"method": "GET", "url": "/redirect", "follow_redirects": False},
    {"method": "GET", "url": "/redirect", "follow_redirects": True, "name": "followed"},
    {"method": "GET", "url": "/redirect-301", "follow_redirects": False},
    {"method": "GET", "url": "/redirect-query", "follow_redirects": False},
    {"method": "GET", "url": "/file"},
    {"method": "GET", "url": "/file-inline"},
    {"method": "HEAD", "url": "/file", "name": "HEAD on GET file route"},
    {"method": "GET", "url": "/file-missing"},
    {"method": "GET", "url": "/stream"},
    {"method": "GET", "url": "/stream-sync"},
    {"method": "GET", "url": "/sse"},
    {"method": "GET", "url": "/sse-strings"},
]


def NORMALISE(resp: dict) -> dict:
    """`delete_cookie` sets an `expires` date relative to now: blank it out."""
    import re

    cookies = resp.get("headers", {}).get("set-cookie")
    if isinstance(cookies, list):
        resp["headers"]["set-cookie"] = sorted(re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies)
    return resp
