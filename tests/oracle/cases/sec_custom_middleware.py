"""A custom AbstractAuthenticationMiddleware (API key): exclusion rules, request.user/auth, guards."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, Router, get, post, websocket
from litestar.connection import ASGIConnection, WebSocket
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import DefineMiddleware
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult

KEYS = {"k-alice": {"name": "alice", "admin": True}, "k-bob": {"name": "bob", "admin": False}}


class APIKeyMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        key = connection.headers.get("x-api-key")
        if not key:
            raise NotAuthorizedException("missing API key")
        user = KEYS.get(key)
        if user is None:
            raise NotAuthorizedException("unknown API key", headers={"WWW-Authenticate": "APIKey"})
        return AuthenticationResult(user=user, auth=key)


def admin_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user["admin"]:
        raise PermissionDeniedException()


@get("/whoami")
async def whoami(request: Request) -> dict[str, Any]:
    return {"user": request.user, "auth": request.auth}


@post("/items")
async def create_item(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    return {"owner": request.user["name"], **data}


@get("/health")
async def health(request: Request) -> dict[str, Any]:
    return {"ok": True, "authenticated": "user" in request.scope}


@get("/docs/page", opt={"skip_auth": True})
async def docs_page() -> str:
    return "docs"


@get("/admin/stats", guards=[admin_guard])
async def admin_stats() -> dict[str, int]:
    return {"users": 2}


@get("/no-auth-read")
async def no_auth_read(request: Request) -> str:
    return f"user set: {'user' in request.scope}"


@websocket("/ws")
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json({"user": socket.user["name"], "auth": socket.auth})
    await socket.close()


app = Litestar(
    [whoami, create_item, health, docs_page, Router("/v1", route_handlers=[admin_stats]), ws],
    middleware=[
        DefineMiddleware(
            APIKeyMiddleware,
            exclude=["^/health$"],
            exclude_from_auth_key="skip_auth",
            exclude_http_methods=["OPTIONS", "PUT"],
        )
    ],
    openapi_config=None,
)

REQUESTS = [
    {"method": "GET", "url": "/whoami", "name": "missing key"},
    {
        "method": "GET",
        "url": "/whoami",
        "headers": {"X-API-Key": "nope"},
        "name": "unknown key, custom header",
    },
    {"method": "GET", "url": "/whoami", "headers": {"X-API-Key": "k-alice"}, "name": "known key"},
    {"method": "POST", "url": "/items", "headers": {"X-API-Key": "k-bob"}, "json": {"n": 1}, "name": "post"},
    {"method": "POST", "url": "/items", "json": {"n": 1}, "name": "post without key"},
    {"method": "GET", "url": "/health", "name": "excluded path"},
    {"method": "GET", "url": "/health/deep", "name": "404 beats auth?"},
    {"method": "GET", "url": "/docs/page", "name": "custom opt key"},
    {"method": "GET", "url": "/v1/admin/stats", "headers": {"X-API-Key": "k-alice"}, "name": "guard passes"},
    {"method": "GET", "url": "/v1/admin/stats", "headers": {"X-API-Key": "k-bob"}, "name": "guard refuses"},
    {"method": "PUT", "url": "/whoami", "name": "excluded method reaches 405"},
    {"method": "OPTIONS", "url": "/whoami", "name": "options"},
    {"method": "HEAD", "url": "/whoami", "name": "head is not excluded here"},
]

WEBSOCKETS = [
    {"url": "/ws", "headers": {"X-API-Key": "k-alice"}, "steps": [["receive_json"]]},
    {"url": "/ws", "steps": [["receive_json"]]},
]
