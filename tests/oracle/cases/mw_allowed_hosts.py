"""Allowed hosts: exact, wildcard, www redirect, exclusions."""

from litestar import Litestar, get
from litestar.config.allowed_hosts import AllowedHostsConfig


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


@get("/health", opt={"skip_hosts": True})
async def health() -> dict[str, bool]:
    return {"ok": True}


app = Litestar(
    [handler, health],
    allowed_hosts=AllowedHostsConfig(
        allowed_hosts=["www.example.com", "*.api.example.com"], exclude_opt_key="skip_hosts"
    ),
)

REQUESTS = [
    {"method": "GET", "url": "/a", "headers": {"host": "www.example.com"}},
    {
        "method": "GET",
        "url": "/a",
        "headers": {"host": "v1.api.example.com:8443"},
        "name": "wildcard with port",
    },
    {
        "method": "GET",
        "url": "/a?x=1",
        "headers": {"host": "example.com"},
        "follow_redirects": False,
        "name": "www redirect",
    },
    {"method": "GET", "url": "/a", "headers": {"host": "evil.com"}, "name": "foreign"},
    {"method": "GET", "url": "/missing", "headers": {"host": "evil.com"}, "name": "404 first"},
    {"method": "GET", "url": "/health", "headers": {"host": "evil.com"}, "name": "excluded"},
]
