"""SessionAuth in the OpenAPI document: the `sessionCookie` apiKey scheme and its requirement."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, get
from litestar.connection import ASGIConnection
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.openapi import OpenAPIConfig
from litestar.security.session_auth import SessionAuth


async def retrieve_user(session: dict[str, Any], connection: ASGIConnection) -> Any:
    return session.get("user")


session_auth = SessionAuth[Any, Any](
    retrieve_user_handler=retrieve_user,
    session_backend_config=CookieBackendConfig(secret=b"0123456789abcdef", key="sid"),
    exclude=["^/schema"],
)


@get("/me")
async def me(request: Request) -> Any:
    return request.user


app = Litestar(
    [me], on_app_init=[session_auth.on_app_init], openapi_config=OpenAPIConfig(title="Sessions", version="1")
)

REQUESTS = [
    {"method": "GET", "url": "/schema/openapi.json", "name": "sessionCookie scheme"},
    {"method": "GET", "url": "/me", "name": "no session"},
]
