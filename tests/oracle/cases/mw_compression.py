"""gzip compression: sizes, streams, vary, exclusions (identical decoded bodies)."""

from collections.abc import AsyncIterator

from litestar import Litestar, Response, get
from litestar.config.compression import CompressionConfig
from litestar.response import Stream


@get("/big")
async def big() -> str:
    return "x" * 2000


@get("/small")
async def small() -> str:
    return "tiny"


@get("/stream")
async def stream() -> Stream:
    async def chunks() -> AsyncIterator[bytes]:
        for i in range(3):
            yield str(i).encode() * 300

    return Stream(chunks())


@get("/vary")
async def vary() -> Response[str]:
    return Response("y" * 2000, headers={"vary": "Cookie"})


@get("/plain", opt={"no_gzip": True})
async def plain() -> str:
    return "z" * 2000


app = Litestar(
    [big, small, stream, vary, plain], compression_config=CompressionConfig("gzip", exclude_opt_key="no_gzip")
)

REQUESTS = [
    {"method": "GET", "url": "/big", "headers": {"accept-encoding": "gzip"}},
    {"method": "GET", "url": "/big", "headers": {"accept-encoding": "identity"}},
    {"method": "GET", "url": "/big", "headers": {"accept-encoding": "br, gzip"}},
    {"method": "GET", "url": "/small", "headers": {"accept-encoding": "gzip"}},
    {"method": "GET", "url": "/stream", "headers": {"accept-encoding": "gzip"}},
    {"method": "GET", "url": "/vary", "headers": {"accept-encoding": "gzip"}},
    {"method": "GET", "url": "/plain", "headers": {"accept-encoding": "gzip"}},
    {"method": "GET", "url": "/missing", "headers": {"accept-encoding": "gzip"}},
]
