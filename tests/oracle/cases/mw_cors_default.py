"""CORS with the default (allow everything) configuration."""

from litestar import Litestar, get
from litestar.config.cors import CORSConfig


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


app = Litestar([handler], cors_config=CORSConfig())

REQUESTS = [
    {"method": "GET", "url": "/a", "headers": {"origin": "https://x.org"}},
    {
        "method": "GET",
        "url": "/a",
        "headers": {"origin": "https://x.org", "cookie": "a=b"},
        "name": "with cookie",
    },
    {
        "method": "OPTIONS",
        "url": "/a",
        "headers": {
            "origin": "https://x.org",
            "access-control-request-method": "PATCH",
            "access-control-request-headers": "x-a, x-b",
        },
    },
    {
        "method": "OPTIONS",
        "url": "/a",
        "headers": {"origin": "https://x.org"},
        "name": "preflight without method",
    },
]
