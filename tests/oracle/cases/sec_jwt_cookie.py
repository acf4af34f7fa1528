"""JWTCookieAuth and OAuth2PasswordBearerAuth: login cookies, cookie flags, header-or-cookie auth.

Request tokens carry fixed `iat`/`exp` so both sides send identical requests; tokens issued
by a login depend on the clock and are replaced by `<token>` in NORMALISE.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import jwt
from litestar import Litestar, Request, Router, get, post
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.security.jwt import JWTCookieAuth, OAuth2Login, OAuth2PasswordBearerAuth, Token

SECRET = "case-secret-0123456789abcdef0123456789abcdef"
USERS = {"alice": {"name": "alice", "roles": ["admin"]}, "bob": {"name": "bob", "roles": []}}
FAR_FUTURE, PAST = 4102444800, 1577836800


def fixed_token(sub: str, **claims: Any) -> str:
    return jwt.encode({"sub": sub, "iat": PAST, "exp": FAR_FUTURE, **claims}, SECRET, "HS256")


def retrieve_user(token: Token, connection: ASGIConnection) -> Any:
    return USERS.get(token.sub)


def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if "admin" not in connection.user["roles"]:
        raise PermissionDeniedException("admins only")


cookie_auth = JWTCookieAuth[Any](
    token_secret=SECRET,
    retrieve_user_handler=retrieve_user,
    key="session-token",
    path="/",
    secure=True,
    samesite="strict",
    domain="testserver.local",
    default_token_expiration=timedelta(hours=2),
    exclude=["/cookie/login", "/oauth"],
)
oauth = OAuth2PasswordBearerAuth[Any](
    token_secret=SECRET,
    token_url="/oauth/login",
    retrieve_user_handler=retrieve_user,
    oauth_scopes={"read": "read things"},
    exclude=["/oauth/login", "/cookie"],
)


@post("/cookie/login")
async def cookie_login(data: dict[str, str]) -> Any:
    if data.get("name") not in USERS:
        raise NotAuthorizedException("bad credentials")
    return cookie_auth.login(identifier=data["name"], token_extras={"scope": "web"})


@post("/cookie/login/custom")
async def cookie_login_custom(data: dict[str, str]) -> Any:
    return cookie_auth.login(
        identifier=data["name"],
        response_body={"ok": True},
        token_expiration=timedelta(minutes=5),
        response_status_code=200,
    )


@get("/cookie/me")
async def cookie_me(request: Request[Any, Token, Any]) -> dict[str, Any]:
    return {"user": request.user, "sub": request.auth.sub}


@get("/cookie/admin", guards=[admin_only])
async def cookie_admin() -> str:
    return "admin area"


@post("/oauth/login")
async def oauth_login(data: dict[str, str]) -> Any:
    return oauth.login(identifier=data["name"])


@post("/oauth/login/plain")
async def oauth_login_plain(data: dict[str, str]) -> Any:
    return oauth.login(identifier=data["name"], send_token_as_response_body=False)


@post("/oauth/login/body")
async def oauth_login_body(data: dict[str, str]) -> Any:
    return oauth.login(
        identifier=data["name"],
        response_body=OAuth2Login(
            access_token="opaque", token_type="bearer", refresh_token="r", expires_in=5
        ),
    )


@get("/oauth/me")
async def oauth_me(request: Request) -> dict[str, Any]:
    return {"user": request.user}


@get("/oauth/open", exclude_from_auth=True)
async def oauth_open() -> str:
    return "open"


def create_app() -> Litestar:
    cookie_router = Router("/", route_handlers=[cookie_login, cookie_login_custom, cookie_me, cookie_admin])
    return Litestar(
        [
            cookie_router,
            Router(
                "/", route_handlers=[oauth_login, oauth_login_plain, oauth_login_body, oauth_me, oauth_open]
            ),
        ],
        on_app_init=[cookie_auth.on_app_init, oauth.on_app_init],
        openapi_config=None,
    )


ALICE = fixed_token("alice")
BOB = fixed_token("bob")

REQUESTS = [
    {"method": "GET", "url": "/cookie/me", "name": "no cookie"},
    {"method": "POST", "url": "/cookie/login", "json": {"name": "nobody"}, "name": "login refused"},
    {"method": "POST", "url": "/cookie/login", "json": {"name": "alice"}, "name": "login sets the cookie"},
    {"method": "GET", "url": "/cookie/me", "name": "cookie from the login"},
    {"method": "GET", "url": "/cookie/admin", "name": "guard passes"},
    {"method": "POST", "url": "/cookie/login/custom", "json": {"name": "bob"}, "name": "login with body"},
    {"method": "GET", "url": "/cookie/admin", "name": "guard refuses bob"},
    {
        "method": "GET",
        "url": "/cookie/me",
        "headers": {"Authorization": f"Bearer {ALICE}"},
        "name": "header wins",
    },
    {
        "method": "GET",
        "url": "/cookie/me",
        "headers": {"Authorization": "Bearer nope"},
        "name": "bad header wins",
    },
    {
        "method": "GET",
        "url": "/cookie/me",
        "cookies": {"session-token": ALICE},
        "name": "cookie without scheme",
    },
    {"method": "GET", "url": "/cookie/me", "cookies": {"session-token": ""}, "name": "empty cookie"},
    {
        "method": "GET",
        "url": "/cookie/me",
        "cookies": {"session-token": f"Bearer {BOB}"},
        "name": "explicit cookie",
    },
    {"method": "POST", "url": "/oauth/login", "json": {"name": "alice"}, "name": "oauth login body"},
    {"method": "POST", "url": "/oauth/login/plain", "json": {"name": "alice"}, "name": "oauth login no body"},
    {"method": "POST", "url": "/oauth/login/body", "json": {"name": "alice"}, "name": "oauth custom body"},
    {"method": "GET", "url": "/oauth/me", "cookies": {"token": f"Bearer {ALICE}"}, "name": "oauth cookie"},
    {
        "method": "GET",
        "url": "/oauth/me",
        "headers": {"Authorization": f"Bearer {BOB}"},
        "name": "oauth header",
    },
    {"method": "GET", "url": "/oauth/open", "name": "oauth opt-out"},
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
