"""An auth-ish API: token guard, two middleware styles with excludes, hooks, layered exception handlers, cookies."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, MediaType, Request, Response, Router, get, post
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders, State
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import AbstractMiddleware, ASGIMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send

USERS = {"tok-alice": {"name": "alice", "role": "admin"}, "tok-bob": {"name": "bob", "role": "user"}}


class AccountLocked(Exception):
    def __init__(self, user: str) -> None:
        super().__init__(f"account {user} locked")
        self.user = user


class AuthMiddleware(AbstractMiddleware):
    exclude = ["^/public", "^/login"]
    exclude_opt_key = "skip_auth"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        token = headers.get("authorization", "").removeprefix("Bearer ")
        cookie = headers.get("cookie", "")
        if not token and "session=" in cookie:
            token = cookie.split("session=", 1)[1].split(";", 1)[0]
        scope["state"]["user"] = USERS.get(token)
        await self.app(scope, receive, send)


class TimingHeader(ASGIMiddleware):
    exclude_path_pattern = ("/public/raw",)
    exclude_opt_key = "no_timing"

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        scope["state"]["trace"] = ["timing"]

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableScopeHeaders.from_message(message)["X-Trace"] = ",".join(scope["state"]["trace"])
            await send(message)

        await next_app(scope, receive, send_wrapper)


def user_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.state.get("user") is None:
        raise NotAuthorizedException("token required")


def admin_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    user = connection.state.user
    if user["role"] != "admin":
        raise PermissionDeniedException(
            detail=f"{user['name']} may not {handler.opt.get('action', 'do that')}"
        )


async def before(request: Request) -> Any:
    request.state.trace.append("before")
    if request.query_params.get("short") == "1":
        return {"short": True, "user": (request.state.user or {}).get("name")}
    return None


async def after(response: Response) -> Response:
    response.headers["X-After"] = "yes"
    return response


def handle_401(request: Request, exc: Exception) -> Response:
    return Response(
        {"error": "unauthorized", "detail": getattr(exc, "detail", str(exc))},
        status_code=401,
        headers={"WWW-Authenticate": "Bearer"},
    )


def handle_locked(request: Request, exc: AccountLocked) -> Response:
    return Response(f"locked: {exc.user}", status_code=423, media_type=MediaType.TEXT)


def handle_403_admin(request: Request, exc: PermissionDeniedException) -> Response:
    return Response({"admin_area": True, "detail": exc.detail, "trace": request.state.trace}, status_code=403)


@get("/public/hello")
async def public_hello(request: Request) -> dict:
    return {"user": request.state.get("user", "unset"), "trace": request.state.get("trace")}


@get("/public/raw", opt={"no_timing": True})
async def public_raw(request: Request) -> dict:
    return {"trace": request.state.get("trace", "none")}


@post("/login", status_code=200)
async def login(data: dict[str, str]) -> Response[dict]:
    token = f"tok-{data.get('user')}"
    if token not in USERS:
        raise NotAuthorizedException("unknown user")
    if data.get("user") == "bob" and data.get("pin") == "0":
        raise AccountLocked("bob")
    return Response({"ok": True}, cookies=[Cookie(key="session", value=token, httponly=True, path="/")])


@post("/logout", status_code=200, opt={"skip_auth": True})
async def logout() -> Response[str]:
    response = Response("bye", media_type=MediaType.TEXT)
    response.delete_cookie("session")
    return response


@get("/me", guards=[user_guard])
async def me(request: Request, state: State) -> dict:
    return {
        "me": request.state.user["name"],
        "trace": request.state.trace,
        "app": state.app_name,
        "cookie": request.cookies.get("session"),
    }


class AdminController(Controller):
    path = "/admin"
    guards = [user_guard, admin_guard]
    exception_handlers = {PermissionDeniedException: handle_403_admin}

    @get("/stats", opt={"action": "view stats"})
    async def stats(self) -> dict:
        return {"users": len(USERS)}

    @post("/ban/{name:str}", opt={"action": "ban"})
    async def ban(self, name: str) -> dict:
        if name == "alice":
            raise AccountLocked(name)
        return {"banned": name}


secure = Router(path="/secure", route_handlers=[me, AdminController], before_request=before)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[public_hello, public_raw, login, logout, secure],
        middleware=[TimingHeader(), AuthMiddleware],
        after_request=after,
        state=State({"app_name": "auth-demo"}),
        exception_handlers={401: handle_401, AccountLocked: handle_locked},
    )


REQUESTS = [
    {"method": "GET", "url": "/public/hello"},
    {"method": "GET", "url": "/public/raw", "name": "both middlewares excluded"},
    {"method": "GET", "url": "/secure/me", "name": "no token -> 401 by status handler"},
    {"method": "GET", "url": "/secure/me", "headers": {"Authorization": "Bearer nope"}},
    {"method": "GET", "url": "/secure/me", "headers": {"Authorization": "Bearer tok-bob"}},
    {
        "method": "GET",
        "url": "/secure/me",
        "params": {"short": "1"},
        "headers": {"Authorization": "Bearer tok-bob"},
    },
    {"method": "GET", "url": "/secure/admin/stats", "headers": {"Authorization": "Bearer tok-bob"}},
    {"method": "GET", "url": "/secure/admin/stats", "headers": {"Authorization": "Bearer tok-alice"}},
    {"method": "POST", "url": "/secure/admin/ban/bob", "headers": {"Authorization": "Bearer tok-bob"}},
    {"method": "POST", "url": "/secure/admin/ban/bob", "headers": {"Authorization": "Bearer tok-alice"}},
    {"method": "POST", "url": "/secure/admin/ban/alice", "headers": {"Authorization": "Bearer tok-alice"}},
    {"method": "POST", "url": "/login", "json": {"user": "eve"}, "name": "401 from handler"},
    {"method": "POST", "url": "/login", "json": {"user": "bob", "pin": "0"}, "name": "class handler 423"},
    {"method": "POST", "url": "/login", "json": ["bad"], "name": "bad body"},
    {"method": "POST", "url": "/login", "json": {"user": "bob"}, "name": "sets cookie"},
    {"method": "GET", "url": "/secure/me", "name": "cookie from jar"},
    {"method": "GET", "url": "/public/hello", "name": "excluded: user not set"},
    {"method": "POST", "url": "/logout", "name": "deletes cookie"},
    {"method": "GET", "url": "/secure/me", "name": "after logout"},
    {"method": "GET", "url": "/secure/me", "cookies": {"session": "tok-alice"}, "name": "explicit cookie"},
    {"method": "GET", "url": "/secure/nothing", "name": "404 through middleware"},
    {"method": "DELETE", "url": "/secure/me", "name": "405 through middleware"},
]


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    import re

    cookies = resp.get("headers", {}).get("set-cookie")
    if cookies:
        resp["headers"]["set-cookie"] = [re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies]
    return resp
