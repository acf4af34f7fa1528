"""Server-side sessions (ids normalised): read, update, replace, clear."""

from typing import Any

from litestar import Litestar, Request, get, post
from litestar.middleware.session.server_side import ServerSideSessionConfig


@get("/session")
async def read(request: Request) -> dict[str, Any]:
    return {"session": request.session}


@post("/session")
async def update(request: Request, data: dict[str, Any]) -> None:
    request.session.update(data)


@post("/replace")
async def replace(request: Request, data: dict[str, Any]) -> None:
    request.set_session(data)


@post("/clear")
async def clear(request: Request) -> None:
    request.clear_session()


app = Litestar([read, update, replace, clear], middleware=[ServerSideSessionConfig(max_age=600).middleware])


def _normalise_cookie(cookie):
    name, _, rest = cookie.partition("=")
    value, _, attributes = rest.partition(";")
    if value != "null":
        value = f"<{len(value)} chars>"
    attributes = ";".join(a for a in attributes.split(";") if not a.strip().startswith("expires="))
    return f"{name}={value};{attributes}"


def NORMALISE(resp):
    cookies = resp["headers"].get("set-cookie")
    if cookies:
        cookies = cookies if isinstance(cookies, list) else [cookies]
        resp["headers"]["set-cookie"] = [_normalise_cookie(c) for c in cookies]
    return resp


REQUESTS = [
    {"method": "GET", "url": "/session", "name": "new session"},
    {"method": "POST", "url": "/session", "json": {"a": 1}},
    {"method": "GET", "url": "/session"},
    {"method": "POST", "url": "/replace", "json": {"b": [1, 2]}},
    {"method": "GET", "url": "/session"},
    {"method": "POST", "url": "/clear"},
    {"method": "GET", "url": "/session", "name": "after clear"},
]
