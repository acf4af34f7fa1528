"""Guards on app / router / controller / handler layers, using `opt` and raising 401/403."""

from __future__ import annotations

from litestar import Controller, Litestar, Router, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler


def require_token(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.headers.get("x-token") != "secret":
        raise NotAuthorizedException("missing or bad token")


def require_admin(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if connection.headers.get("x-role") != "admin":
        raise PermissionDeniedException(detail=f"admin required for {handler.opt.get('area', '?')}")


async def async_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if handler.opt.get("locked"):
        raise PermissionDeniedException("locked by opt")


def query_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.query_params.get("deny") == "1":
        raise NotAuthorizedException(headers={"WWW-Authenticate": "Bearer"})


@get("/public")
async def public() -> str:
    return "public"


@get("/locked", guards=[async_guard], opt={"locked": True})
async def locked() -> str:
    return "never"


@get("/unlocked", guards=[async_guard])
async def unlocked() -> str:
    return "open"


class Admin(Controller):
    path = "/admin"
    guards = [require_admin]
    opt = {"area": "admin-panel"}

    @get("/")
    async def index(self) -> dict:
        return {"admin": True}

    @get("/special", opt={"area": "special"})
    async def special(self) -> dict:
        return {"special": True}


secure = Router(path="/secure", route_handlers=[Admin, public], guards=[require_token])


def create_app() -> Litestar:
    return Litestar(route_handlers=[secure, locked, unlocked], guards=[query_guard])


REQUESTS = [
    {"method": "GET", "url": "/secure/public", "name": "router guard rejects"},
    {"method": "GET", "url": "/secure/public", "headers": {"X-Token": "secret"}},
    {
        "method": "GET",
        "url": "/secure/admin",
        "headers": {"X-Token": "secret"},
        "name": "controller guard rejects",
    },
    {"method": "GET", "url": "/secure/admin", "headers": {"X-Token": "secret", "X-Role": "admin"}},
    {
        "method": "GET",
        "url": "/secure/admin/special",
        "headers": {"X-Token": "secret"},
        "name": "opt overridden",
    },
    {"method": "GET", "url": "/secure/admin", "headers": {"X-Role": "admin"}, "name": "outer guard first"},
    {"method": "GET", "url": "/locked"},
    {"method": "GET", "url": "/unlocked"},
    {"method": "GET", "url": "/unlocked?deny=1", "name": "app guard with headers"},
    {"method": "GET", "url": "/nowhere?deny=1", "name": "guards do not run on 404"},
    {"method": "POST", "url": "/unlocked?deny=1", "name": "guards do not run on 405"},
]
