"""JWTAuth (token in the Authorization header): login, protected, excluded and guarded routes.

Request tokens carry fixed `iat`/`exp` so both sides send identical requests; tokens issued
by the login depend on the clock and are replaced by `<token>` in NORMALISE.
"""

from __future__ import annotations

import re
from typing import Any

import jwt
from litestar import Litestar, Request, get, post, websocket
from litestar.connection import ASGIConnection, WebSocket
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.security.jwt import JWTAuth, Token

SECRET = "case-secret-0123456789abcdef0123456789abcdef"
USERS = {"alice": {"name": "alice", "roles": ["admin"]}, "bob": {"name": "bob", "roles": []}}
REVOKED = {"revoked-jti"}
FAR_FUTURE, PAST = 4102444800, 1577836800


def fixed_token(sub: str, secret: str = SECRET, algorithm: str = "HS256", **claims: Any) -> str:
    return jwt.encode({"sub": sub, "iat": PAST, "exp": FAR_FUTURE, **claims}, secret, algorithm)


async def retrieve_user(token: Token, connection: ASGIConnection) -> Any:
    return USERS.get(token.sub)


async def is_revoked(token: Token, connection: ASGIConnection) -> bool:
    return token.jti in REVOKED


def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if "admin" not in connection.user["roles"]:
        raise PermissionDeniedException("admins only")


jwt_auth = JWTAuth[Any](
    token_secret=SECRET,
    retrieve_user_handler=retrieve_user,
    revoked_token_handler=is_revoked,
    exclude=["/login", "^/public"],
)


@post("/login")
async def login(data: dict[str, str]) -> Any:
    if data.get("name") not in USERS:
        raise PermissionDeniedException("unknown user")
    return jwt_auth.login(identifier=data["name"], response_body={"welcome": data["name"]})


@post("/login/token-body")
async def login_token_body(data: dict[str, str]) -> Any:
    return jwt_auth.login(identifier=data["name"], send_token_as_response_body=True, response_status_code=200)


@get("/me")
async def me(request: Request[Any, Token, Any]) -> dict[str, Any]:
    return {
        "user": request.user,
        "sub": request.auth.sub,
        "jti": request.auth.jti,
        "extras": request.auth.extras,
    }


@get("/public/ping")
async def public_ping(request: Request) -> dict[str, Any]:
    return {"pong": True, "has_user": "user" in request.scope}


@get("/opted-out", exclude_from_auth=True)
async def opted_out() -> str:
    return "no auth needed"


@get("/admin", guards=[admin_only])
async def admin() -> dict[str, str]:
    return {"admin": "yes"}


@websocket("/ws")
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json({"user": socket.user["name"]})
    await socket.close()


app = Litestar(
    [login, login_token_body, me, public_ping, opted_out, admin, ws],
    on_app_init=[jwt_auth.on_app_init],
    openapi_config=None,
)

ALICE = fixed_token("alice", jti="j-1", role="admin")
BOB = fixed_token("bob")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


REQUESTS = [
    {"method": "POST", "url": "/login", "json": {"name": "alice"}, "name": "login sets the header"},
    {"method": "POST", "url": "/login", "json": {"name": "mallory"}, "name": "login refused"},
    {"method": "POST", "url": "/login/token-body", "json": {"name": "bob"}, "name": "token in body"},
    {"method": "GET", "url": "/me", "name": "no header"},
    {"method": "GET", "url": "/me", "headers": bearer(ALICE), "name": "valid token"},
    {
        "method": "GET",
        "url": "/me",
        "headers": {"Authorization": f"bearer {ALICE}"},
        "name": "any scheme word",
    },
    {"method": "GET", "url": "/me", "headers": {"Authorization": ALICE}, "name": "no scheme"},
    {"method": "GET", "url": "/me", "headers": {"Authorization": f"Bearer  {ALICE}"}, "name": "two spaces"},
    {"method": "GET", "url": "/me", "headers": bearer("garbage"), "name": "garbage"},
    {"method": "GET", "url": "/me", "headers": bearer(fixed_token("carol")), "name": "unknown user"},
    {
        "method": "GET",
        "url": "/me",
        "headers": bearer(fixed_token("bob", jti="revoked-jti")),
        "name": "revoked",
    },
    {
        "method": "GET",
        "url": "/me",
        "headers": bearer(fixed_token("alice", secret="x" * 40)),
        "name": "wrong key",
    },
    {"method": "GET", "url": f"/me?token={ALICE}", "name": "token in the query string"},
    {"method": "GET", "url": "/me", "cookies": {"token": f"Bearer {ALICE}"}, "name": "token in a cookie"},
    {"method": "POST", "url": "/me", "headers": bearer(ALICE), "name": "405 after auth"},
    {"method": "OPTIONS", "url": "/me", "name": "OPTIONS is excluded"},
    {"method": "GET", "url": "/public/ping", "name": "excluded path"},
    {"method": "GET", "url": "/public/ping", "headers": bearer(ALICE), "name": "excluded path ignores token"},
    {"method": "GET", "url": "/opted-out", "name": "opt key"},
    {"method": "GET", "url": "/admin", "headers": bearer(ALICE), "name": "guard passes"},
    {"method": "GET", "url": "/admin", "headers": bearer(BOB), "name": "guard refuses"},
    {"method": "GET", "url": "/admin", "name": "guard route without token"},
    {"method": "GET", "url": "/missing", "headers": bearer(ALICE), "name": "404 with token"},
    {"method": "GET", "url": "/missing", "name": "404 without token"},
]

WEBSOCKETS = [
    {"url": "/ws", "headers": bearer(ALICE), "steps": [["receive_json"]]},
]

_TOKEN = re.compile(r"[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _TOKEN.sub("<token>", value)
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item) for key, item in value.items()}
    return value


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    if "headers" not in resp:  # a WebSocket transcript
        return resp
    resp["headers"] = _scrub(resp["headers"])
    resp["headers"].pop("content-length", None)
    resp["body"] = _scrub(resp.get("body"))
    return resp
