"""Rate limit: headers and 429 (Retry-After is an intended addition)."""

from litestar import Litestar, get
from litestar.middleware.rate_limit import RateLimitConfig


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


@get("/free", opt={"no_limit": True})
async def free() -> dict[str, int]:
    return {"a": 1}


app = Litestar(
    [handler, free],
    middleware=[RateLimitConfig(rate_limit=("hour", 2), exclude_opt_key="no_limit").middleware],
)

IGNORE_HEADERS = ["ratelimit-reset", "retry-after"]

REQUESTS = [
    {"method": "GET", "url": "/a"},
    {"method": "GET", "url": "/a"},
    {"method": "GET", "url": "/a", "name": "limited"},
    {"method": "GET", "url": "/free", "name": "excluded"},
    {"method": "GET", "url": "/missing", "name": "404"},
]
