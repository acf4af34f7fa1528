"""`debug=True`: 500 responses carry details (tracebacks are redacted by the oracle)."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.exceptions import NotFoundException


@get("/boom")
async def boom() -> None:
    raise RuntimeError("debug message")


@get("/missing")
async def missing() -> None:
    raise NotFoundException("gone")


app = Litestar(route_handlers=[boom, missing], debug=True)

REQUESTS = [
    {"method": "GET", "url": "/boom", "name": "json client"},
    {"method": "GET", "url": "/boom", "headers": {"Accept": "text/html"}, "name": "html client"},
    {"method": "GET", "url": "/boom", "headers": {"Accept": "text/plain"}, "name": "text client"},
    {"method": "GET", "url": "/missing", "name": "4xx unchanged in debug"},
    {"method": "GET", "url": "/nowhere", "name": "404 in debug"},
]


def NORMALISE(resp: dict) -> dict:
    """Debug 500 pages show tracebacks (paths, line numbers): compare only status and headers."""
    if resp.get("status") == 500 and resp.get("body_type") in ("text", "redacted"):
        resp["headers"].pop("content-length", None)
        resp["body_type"], resp["body"] = "redacted", "<traceback redacted by oracle>"
    return resp
