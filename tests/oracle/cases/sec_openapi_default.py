"""JWTAuth on an app with the default OpenAPI config: the bearer scheme and global requirement."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.security.jwt import JWTAuth, Token

SECRET = "case-secret-0123456789abcdef0123456789abcdef"


async def retrieve_user(token: Token, connection: ASGIConnection) -> Any:
    return {"name": token.sub}


jwt_auth = JWTAuth[Any](
    token_secret=SECRET, retrieve_user_handler=retrieve_user, exclude=["/login", "/schema"]
)


@post("/login")
async def login(data: dict[str, str]) -> Any:
    return jwt_auth.login(identifier=data["name"], response_body={"ok": True})


@get("/me")
async def me(request: Request) -> dict[str, Any]:
    return {"user": request.user}


app = Litestar([login, me], on_app_init=[jwt_auth.on_app_init])

REQUESTS = [
    {"method": "GET", "url": "/schema/openapi.json", "name": "bearer scheme"},
    {"method": "GET", "url": "/me", "name": "protected"},
]
