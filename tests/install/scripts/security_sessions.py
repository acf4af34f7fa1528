"""Run inside a venv with litestar-core, litestar-middleware and litestar-authentication.

Session auth over server-side sessions, driven through plain ASGI (no litestar-testing).
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
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.security.session_auth import SessionAuth

USERS = {"1": {"name": "alice"}}


async def retrieve_user(session: dict[str, Any], connection: Any) -> Any:
    return USERS.get(session.get("user_id", ""))


auth = SessionAuth[Any, Any](
    retrieve_user_handler=retrieve_user, session_backend_config=ServerSideSessionConfig(), exclude=["/login"]
)


@post("/login")
async def login(request: Request) -> None:
    request.set_session({"user_id": "1"})


@get("/me")
async def me(request: Request) -> Any:
    return request.user


app = Litestar([login, me], on_app_init=[auth.on_app_init])


async def session(client: Any) -> dict[str, Any]:
    anonymous = (await client.request("GET", "/me")).summary()
    login_response = await client.request("POST", "/login")
    cookie = login_response.headers["set-cookie"].split(";", 1)[0]
    return {
        "anonymous": anonymous,
        "login": login_response.status,
        "me": (await client.request("GET", "/me", headers=[("cookie", cookie)])).summary(),
    }


result = run(app, session)
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
