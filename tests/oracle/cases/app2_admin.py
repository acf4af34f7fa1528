"""A controller-heavy admin API: guards reading opt merged from app / router / controller / handler, layered
exception handlers (status code vs. exception class, nearest layer wins), before_request answering early on
one controller, after_request rewriting responses per layer, response_headers / response_cookies on every
layer (and overridden by the response), a maintenance switch kept in app.state."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, Request, Response, Router, delete, get, patch, post
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, ResponseHeader, State
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    ValidationException,
)
from litestar.handlers.base import BaseRouteHandler

TOKENS = {
    "root": {"name": "root", "roles": ["admin", "auditor"]},
    "aud": {"name": "aud", "roles": ["auditor"]},
}


def current_user(connection: ASGIConnection) -> dict[str, Any]:
    token = connection.headers.get("x-token")
    if token is None:
        raise NotAuthorizedException("token required")
    user = TOKENS.get(token)
    if user is None:
        raise NotAuthorizedException(f"unknown token {token!r}")
    return user


def role_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if handler.opt.get("public"):
        return
    user = current_user(connection)
    needed = handler.opt.get("role", "admin")
    if needed not in user["roles"]:
        raise PermissionDeniedException(f"{user['name']} lacks role {needed}")


async def scope_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    scopes = handler.opt.get("scopes", ())
    asked = connection.query_params.get("scope")
    if scopes and asked not in scopes:
        raise HTTPException(status_code=403, detail=f"scope {asked!r} not in {sorted(scopes)}")


class QuotaExceeded(Exception):
    def __init__(self, used: int) -> None:
        super().__init__(f"quota exceeded: {used}")
        self.used = used


def app_403(request: Request, exc: Exception) -> Response[Any]:
    return Response({"layer": "app", "error": str(getattr(exc, "detail", exc))}, status_code=403)


def router_403(request: Request, exc: Exception) -> Response[Any]:
    return Response({"layer": "router", "error": getattr(exc, "detail", str(exc))}, status_code=403)


def controller_quota(request: Request, exc: QuotaExceeded) -> Response[Any]:
    return Response({"layer": "controller", "used": exc.used}, status_code=429, headers={"retry-after": "30"})


def handler_validation(request: Request, exc: ValidationException) -> Response[Any]:
    return Response({"layer": "handler", "fields": [e.get("key") for e in exc.extra or []]}, status_code=422)


def app_value_error(request: Request, exc: ValueError) -> Response[Any]:
    return Response({"layer": "app", "value_error": str(exc)}, status_code=400)


async def maintenance_gate(request: Request) -> Any:
    if request.app.state.maintenance and request.method != "GET":
        return Response({"maintenance": True}, status_code=503, headers={"retry-after": "60"})
    return None


def controller_after(response: Response[Any]) -> Response[Any]:
    response.headers["x-controller-after"] = "users"
    if isinstance(response.content, dict):
        response.content = {**response.content, "_links": {"self": "users"}}
    return response


async def router_after(response: Response[Any]) -> Response[Any]:
    response.headers["x-router-after"] = "admin"
    return response


def app_after(response: Response[Any]) -> Response[Any]:
    response.set_cookie("last", "app-after")
    return response


USERS: dict[int, dict[str, Any]] = {}


class Users(Controller):
    path = "/users"
    opt = {"role": "auditor"}
    guards = [scope_guard]
    before_request = maintenance_gate
    after_request = controller_after
    exception_handlers = {QuotaExceeded: controller_quota}
    response_headers = [ResponseHeader(name="x-layer", value="controller")]
    response_cookies = [Cookie(key="ctrl", value="users", path="/admin")]

    @get("/")
    async def list_users(self) -> dict[str, Any]:
        return {"users": sorted(USERS)}

    @get("/{user_id:int}", opt={"scopes": ["read"]})
    async def get_user(self, user_id: int) -> dict[str, Any]:
        if user_id not in USERS:
            raise NotFoundException(f"user {user_id}")
        return USERS[user_id]

    @post("/", opt={"role": "admin"}, exception_handlers={ValidationException: handler_validation})
    async def create_user(self, data: dict[str, str], state: State) -> dict[str, Any]:
        if "name" not in data:
            raise ValidationException("bad user", extra=[{"key": "name", "message": "required"}])
        if len(USERS) >= 2:
            raise QuotaExceeded(len(USERS))
        user_id = len(USERS) + 1
        USERS[user_id] = {"id": user_id, "name": data["name"]}
        state.created += 1
        return USERS[user_id]

    @patch(
        "/{user_id:int}",
        opt={"role": "admin"},
        response_headers=[ResponseHeader(name="x-layer", value="handler")],
        response_cookies=[Cookie(key="ctrl", value="patched")],
    )
    async def rename(self, user_id: int, data: dict[str, str]) -> Response[dict[str, Any]]:
        USERS[user_id]["name"] = data["name"]
        return Response(USERS[user_id], headers={"x-response": "1"}, cookies=[Cookie(key="resp", value="r")])

    @delete("/{user_id:int}", opt={"role": "admin"}, status_code=200)
    async def remove(self, user_id: int) -> dict[str, Any]:
        if user_id == 1:
            raise ValueError("cannot remove the first user")
        return {"removed": USERS.pop(user_id, None) is not None}


class System(Controller):
    path = "/system"
    response_headers = {"x-layer": "system"}

    @get("/health", opt={"public": True})
    async def health(self, state: State) -> dict[str, Any]:
        return {"maintenance": state.maintenance, "created": state.created}

    @post("/maintenance/{on:str}", status_code=200)
    async def maintenance(self, on: str, state: State) -> dict[str, bool]:
        state.maintenance = on == "true"
        return {"maintenance": state.maintenance}

    @get("/forbidden", opt={"role": "nobody"})
    async def forbidden(self) -> None:
        return None

    @get("/teapot", opt={"public": True}, exception_handlers={418: app_403})
    async def teapot(self) -> None:
        raise HTTPException(status_code=418, detail="short and stout")


admin = Router(
    path="/admin",
    route_handlers=[Users, System],
    guards=[role_guard],
    after_request=router_after,
    exception_handlers={403: router_403},
    response_headers=[ResponseHeader(name="x-router", value="admin")],
    response_cookies=[Cookie(key="area", value="admin", httponly=True)],
    opt={"role": "admin"},
)


@get("/ping")
async def ping() -> str:
    return "pong"


@get("/denied", guards=[role_guard])
async def denied() -> str:
    return "never for aud"


def create_app() -> Litestar:
    USERS.clear()
    return Litestar(
        route_handlers=[admin, ping, denied],
        state=State({"maintenance": False, "created": 0}),
        after_request=app_after,
        exception_handlers={403: app_403, ValueError: app_value_error},
        response_headers=[
            ResponseHeader(name="x-app", value="1"),
            ResponseHeader(name="x-layer", value="app"),
        ],
        response_cookies=[Cookie(key="app", value="1")],
    )


ROOT = {"x-token": "root"}
AUD = {"x-token": "aud"}

REQUESTS = [
    {"method": "GET", "url": "/ping"},
    {"method": "GET", "url": "/denied", "headers": AUD, "name": "app-level 403 handler"},
    {"method": "GET", "url": "/admin/system/health"},
    {"method": "GET", "url": "/admin/users", "name": "no token"},
    {"method": "GET", "url": "/admin/users", "headers": {"x-token": "nope"}, "name": "bad token"},
    {"method": "GET", "url": "/admin/users", "headers": AUD, "name": "controller opt role satisfied"},
    {
        "method": "POST",
        "url": "/admin/users",
        "json": {"name": "a"},
        "headers": AUD,
        "name": "handler opt role",
    },
    {"method": "POST", "url": "/admin/users", "json": {"name": "ann"}, "headers": ROOT},
    {
        "method": "POST",
        "url": "/admin/users",
        "json": {"nick": "x"},
        "headers": ROOT,
        "name": "handler exc handler",
    },
    {
        "method": "POST",
        "url": "/admin/users",
        "json": ["not", "a", "dict"],
        "headers": ROOT,
        "name": "framework validation via handler handler",
    },
    {"method": "POST", "url": "/admin/users", "json": {"name": "bob"}, "headers": ROOT},
    {
        "method": "POST",
        "url": "/admin/users",
        "json": {"name": "cat"},
        "headers": ROOT,
        "name": "controller handler",
    },
    {"method": "GET", "url": "/admin/users/1", "headers": AUD, "name": "scope guard without scope"},
    {"method": "GET", "url": "/admin/users/1?scope=read", "headers": AUD},
    {
        "method": "GET",
        "url": "/admin/users/9?scope=read",
        "headers": AUD,
        "name": "404 through after_request",
    },
    {"method": "PATCH", "url": "/admin/users/2", "json": {"name": "bobby"}, "headers": ROOT},
    {"method": "DELETE", "url": "/admin/users/1", "headers": ROOT, "name": "app ValueError handler"},
    {"method": "DELETE", "url": "/admin/users/2", "headers": ROOT},
    {"method": "GET", "url": "/admin/system/forbidden", "headers": ROOT, "name": "router 403 handler"},
    {"method": "GET", "url": "/admin/system/teapot", "name": "handler-level status handler"},
    {
        "method": "POST",
        "url": "/admin/system/maintenance/true",
        "headers": AUD,
        "name": "auditor cannot toggle",
    },
    {"method": "POST", "url": "/admin/system/maintenance/true", "headers": ROOT},
    {
        "method": "POST",
        "url": "/admin/users",
        "json": {"name": "dan"},
        "headers": ROOT,
        "name": "before_request 503",
    },
    {
        "method": "POST",
        "url": "/admin/users",
        "json": {"name": "dan"},
        "headers": AUD,
        "name": "guard runs before before_request",
    },
    {"method": "GET", "url": "/admin/users", "headers": AUD, "name": "GET passes maintenance"},
    {"method": "POST", "url": "/admin/system/maintenance/false", "headers": ROOT},
    {"method": "GET", "url": "/admin/system/health", "name": "state after all"},
    {"method": "GET", "url": "/admin/nothing", "headers": ROOT, "name": "404 in router"},
    {"method": "PUT", "url": "/admin/users", "headers": ROOT, "name": "405 in router"},
]
