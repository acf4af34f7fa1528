"""Run inside a venv with litestar-core and litestar-authentication[jwt]: JWT auth works.

No litestar-testing here: the app is driven through plain ASGI.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, Request, get, post
from litestar.middleware import AbstractAuthenticationMiddleware
from litestar.security.jwt import JWTAuth, Token

USERS = {"alice": {"name": "alice"}}


async def retrieve_user(token: Token, connection: Any) -> Any:
    return USERS.get(token.sub)


jwt_auth = JWTAuth[Any](
    token_secret="install-secret-0123456789abcdef0123456789", retrieve_user_handler=retrieve_user
)


@post("/login", exclude_from_auth=True)
async def login() -> Any:
    return jwt_auth.login("alice", response_body={"ok": True})


@get("/me")
async def me(request: Request) -> dict[str, Any]:
    return {"user": request.user, "sub": request.auth.sub}


app = Litestar([login, me], on_app_init=[jwt_auth.on_app_init])


async def session(client: Any) -> dict[str, Any]:
    login_response = await client.request("POST", "/login")
    token = login_response.headers["authorization"]
    return {
        "login": login_response.summary(),
        "me": (await client.request("GET", "/me", headers=[("authorization", token)])).summary(),
        "anonymous": (await client.request("GET", "/me")).summary(),
    }


result = run(app, session)
result["base_class"] = AbstractAuthenticationMiddleware.__module__
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
