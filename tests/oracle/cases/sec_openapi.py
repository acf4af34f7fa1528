"""Security schemes in the OpenAPI document: JWT cookie and OAuth2 configs over a user OpenAPI config."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, get, post
from litestar.connection import ASGIConnection
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.security.jwt import JWTAuth, JWTCookieAuth, OAuth2PasswordBearerAuth, Token

SECRET = "case-secret-0123456789abcdef0123456789abcdef"


async def retrieve_user(token: Token, connection: ASGIConnection) -> Any:
    return {"name": token.sub}


cookie_auth = JWTCookieAuth[Any](
    token_secret=SECRET,
    retrieve_user_handler=retrieve_user,
    openapi_security_scheme_name="CookieToken",
    description="Cookie JWT",
    exclude=["/login", "/schema"],
)
oauth = OAuth2PasswordBearerAuth[Any](
    token_secret=SECRET,
    token_url="/login",
    retrieve_user_handler=retrieve_user,
    oauth_scopes={"read": "Read access", "write": "Write access"},
    exclude=["/login", "/schema"],
)
header_auth = JWTAuth[Any](
    token_secret=SECRET,
    retrieve_user_handler=retrieve_user,
    auth_header="X-API-Token",
    openapi_security_scheme_name="ApiToken",
    exclude=["/login", "/schema"],
)


@post("/login")
async def login(data: dict[str, str]) -> Any:
    return oauth.login(data["name"])


@get("/items", security=[{"ApiToken": []}])
async def items() -> list[str]:
    return ["a"]


app = Litestar(
    [login, items],
    on_app_init=[cookie_auth.on_app_init, oauth.on_app_init, header_auth.on_app_init],
    openapi_config=OpenAPIConfig(
        title="Secured",
        version="2.0.0",
        components=Components(
            security_schemes={
                "apiKey": SecurityScheme(type="apiKey", name="X-Key", security_scheme_in="header")
            }
        ),
        security=[{"apiKey": []}],
    ),
)

REQUESTS = [
    {"method": "GET", "url": "/schema/openapi.json", "name": "schema with three schemes"},
    {"method": "GET", "url": "/items", "name": "all three must pass, the first refuses"},
]
