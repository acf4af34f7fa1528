"""CORS: preflight answers, simple requests, errors and mounted apps."""

from typing import Any

from litestar import Litestar, asgi, get, post
from litestar.config.cors import CORSConfig


@get("/items")
async def items() -> list[int]:
    return [1, 2]


@post("/items")
async def create() -> dict[str, int]:
    return {"id": 1}


@asgi("/mount", is_mount=True, copy_scope=True)
async def mounted(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"mounted"})


app = Litestar(
    [items, create, mounted],
    cors_config=CORSConfig(
        allow_origins=["https://app.example.com", "https://*.trusted.org"],
        allow_methods=["GET", "POST"],
        allow_headers=["x-token"],
        allow_credentials=True,
        expose_headers=["x-total"],
        max_age=120,
    ),
)

ORIGIN = "https://app.example.com"
REQUESTS = [
    {"method": "GET", "url": "/items", "name": "no origin"},
    {"method": "GET", "url": "/items", "headers": {"origin": ORIGIN}, "name": "allowed origin"},
    {
        "method": "GET",
        "url": "/items",
        "headers": {"origin": "https://a.trusted.org"},
        "name": "wildcard origin",
    },
    {"method": "GET", "url": "/items", "headers": {"origin": "https://evil.com"}, "name": "other origin"},
    {"method": "POST", "url": "/items", "headers": {"origin": ORIGIN}, "name": "post"},
    {"method": "GET", "url": "/missing", "headers": {"origin": ORIGIN}, "name": "404"},
    {"method": "PUT", "url": "/items", "headers": {"origin": ORIGIN}, "name": "405"},
    {"method": "GET", "url": "/mount/x", "headers": {"origin": ORIGIN}, "name": "mounted app"},
    {
        "method": "OPTIONS",
        "url": "/items",
        "headers": {
            "origin": ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "x-token",
        },
        "name": "preflight",
    },
    {
        "method": "OPTIONS",
        "url": "/items",
        "headers": {"origin": ORIGIN, "access-control-request-method": "DELETE"},
        "name": "bad method",
    },
    {
        "method": "OPTIONS",
        "url": "/items",
        "headers": {
            "origin": ORIGIN,
            "access-control-request-method": "GET",
            "access-control-request-headers": "x-other",
        },
        "name": "bad header",
    },
    {
        "method": "OPTIONS",
        "url": "/items",
        "headers": {"origin": "https://evil.com", "access-control-request-method": "GET"},
        "name": "bad origin",
    },
    {
        "method": "OPTIONS",
        "url": "/missing",
        "headers": {"origin": ORIGIN, "access-control-request-method": "GET"},
        "name": "preflight 404 path",
    },
]
