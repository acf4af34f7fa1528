"""SessionAuth over server-side sessions: login, protected, excluded and guarded routes, logout.

Session ids are random, so NORMALISE replaces the cookie values and the expiry dates.
"""

from __future__ import annotations

import re
from typing import Any

from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.security.session_auth import SessionAuth

USERS = {"1": {"id": "1", "name": "alice", "admin": True}, "2": {"id": "2", "name": "bob", "admin": False}}


async def retrieve_user(session: dict[str, Any], connection: ASGIConnection) -> Any:
    return USERS.get(session.get("user_id", ""))


def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user["admin"]:
        raise PermissionDeniedException("admins only")


session_auth = SessionAuth[Any, Any](
    retrieve_user_handler=retrieve_user,
    session_backend_config=ServerSideSessionConfig(samesite="strict", secure=True),
    exclude=["^/login", "^/public"],
)


@post("/login")
async def login(request: Request, data: dict[str, str]) -> dict[str, str]:
    if data.get("password") != "secret":
        raise NotAuthorizedException("bad credentials")
    request.set_session({"user_id": data["id"]})
    return {"logged_in": data["id"]}


@post("/logout")
async def logout(request: Request) -> None:
    request.clear_session()


@get("/me")
async def me(request: Request) -> dict[str, Any]:
    return {"user": request.user, "auth": request.auth}


@get("/public/info")
async def info() -> str:
    return "public"


@get("/admin", guards=[admin_only])
async def admin() -> str:
    return "admin area"


app = Litestar([login, logout, me, info, admin], on_app_init=[session_auth.on_app_init], openapi_config=None)

CLIENT_KWARGS = {"base_url": "https://testserver.local"}

REQUESTS = [
    {"method": "GET", "url": "/me", "name": "no session"},
    {"method": "GET", "url": "/public/info", "name": "excluded"},
    {"method": "POST", "url": "/login", "json": {"id": "2", "password": "nope"}, "name": "bad password"},
    {"method": "POST", "url": "/login", "json": {"id": "7", "password": "secret"}, "name": "unknown user"},
    {"method": "GET", "url": "/me", "name": "session names no user"},
    {"method": "POST", "url": "/login", "json": {"id": "2", "password": "secret"}, "name": "bob logs in"},
    {"method": "GET", "url": "/me", "name": "bob"},
    {"method": "GET", "url": "/admin", "name": "guard refuses bob"},
    {"method": "POST", "url": "/login", "json": {"id": "1", "password": "secret"}, "name": "alice logs in"},
    {"method": "GET", "url": "/admin", "name": "guard passes alice"},
    {"method": "POST", "url": "/logout", "name": "logout"},
    {"method": "GET", "url": "/me", "name": "after logout"},
    {"method": "OPTIONS", "url": "/me", "name": "options skip auth"},
]

_SESSION_ID = re.compile(r"session=[0-9a-f]{64}")
_EXPIRES = re.compile(r"expires=[^;]+")


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    cookies = resp["headers"].get("set-cookie")
    if cookies:
        values = cookies if isinstance(cookies, list) else [cookies]
        values = [_EXPIRES.sub("expires=<date>", _SESSION_ID.sub("session=<id>", v)) for v in values]
        resp["headers"]["set-cookie"] = values if isinstance(cookies, list) else values[0]
    return resp
