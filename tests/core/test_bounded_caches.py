"""Parsing caches keyed by request data stay bounded in bytes under hostile input."""

from __future__ import annotations

import asyncio
import gc
import os
from typing import Any

from litestar import Litestar, Request, get

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * _PAGE


@get("/")
async def handler(request: Request[Any, Any, Any], q: str | None = None) -> dict[str, int]:
    return {"query": len(request.query_params), "cookies": len(request.cookies), "url": len(str(request.url))}


async def _call(app: Litestar, query: bytes, cookie: bytes) -> int:
    scope: Any = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
        "query_string": query,
        "headers": [(b"host", b"t"), (b"cookie", cookie), (b"content-type", b"text/plain; x=" + query[:200])],
        "client": ("127.0.0.1", 1),
        "server": ("t", 80),
    }
    sent: list[Any] = []

    async def receive() -> Any:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return int(sent[0]["status"])


def test_distinct_long_queries_and_cookies_do_not_grow_memory() -> None:
    """1,100 distinct 60 KB query strings and 100 KB cookies raise RSS by less than 50 MB."""
    app = Litestar([handler])

    async def run(count: int, offset: int) -> None:
        for i in range(offset, offset + count):
            tag = b"%06d" % i
            query = b"q=" + tag + b"&" + b"&".join(b"k%d=%s" % (n, tag * 1000) for n in range(10))
            cookie = b"; ".join(b"c%d=%s" % (n, tag * 1666) for n in range(10))
            assert await _call(app, query, cookie) == 200

    asyncio.run(run(20, 0))
    gc.collect()
    before = _rss()
    asyncio.run(run(1100, 100))
    gc.collect()
    growth = _rss() - before
    assert growth < 50 * 1024 * 1024, f"RSS grew by {growth / 2**20:.0f} MiB"
