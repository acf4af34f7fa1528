"""Middleware ordering across app / router / controller / handler, all middleware styles, scopes, excludes,
short-circuiting, scope header rewriting, and middleware on websocket routes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar import Controller, Litestar, Response, Router, WebSocket, get, post, websocket
from litestar.datastructures import MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.middleware import AbstractMiddleware, ASGIMiddleware, DefineMiddleware
from litestar.params import Parameter
from litestar.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from uuid import UUID


def _trace(scope: Scope, name: str) -> None:
    state = scope.setdefault("state", {})
    state["trace"] = [*state.get("trace", []), name]


def _with_header(send: Send, name: str, value: str) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            MutableScopeHeaders.from_message(message).add(name, value)
        await send(message)

    return wrapped


class Plain:
    """A plain ASGI middleware class."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _trace(scope, f"plain:{scope['type']}")
        await self.app(scope, receive, _with_header(send, "x-mw", "plain"))


def factory(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        _trace(scope, "factory")
        await app(scope, receive, _with_header(send, "x-mw", "factory"))

    return middleware


class Tagger:
    """DefineMiddleware passes `app` by keyword, so positional args start at `tag`."""

    def __init__(self, tag: str, suffix: str = "", *, app: ASGIApp) -> None:
        self.app = app
        self.tag = tag
        self.suffix = suffix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _trace(scope, self.tag + self.suffix)
        await self.app(scope, receive, _with_header(send, "x-mw", self.tag))


class HttpOnly(ASGIMiddleware):
    scopes = (ScopeType.HTTP,)
    exclude_path_pattern = "^/excl"

    def __init__(self, name: str) -> None:
        self.name = name

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        _trace(scope, f"http-only:{self.name}")
        await next_app(scope, receive, send)


class TuplePattern(ASGIMiddleware):
    exclude_path_pattern = ("/tuple-a", "/tuple-b")
    exclude_opt_key = "skip_tuple"

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        _trace(scope, f"tuple:{scope['type']}")
        await next_app(scope, receive, send)


class Abstract(AbstractMiddleware):
    exclude = ["/abstract-skip", "^/ctl/quiet"]
    exclude_opt_key = "skip_abstract"
    scopes = {ScopeType.HTTP}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _trace(scope, "abstract")
        await self.app(scope, receive, send)


class WsOnly(AbstractMiddleware):
    scopes = {ScopeType.WEBSOCKET}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _trace(scope, "ws-only")
        await self.app(scope, receive, send)


class Blocker(ASGIMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        headers = dict(scope["headers"])
        if headers.get(b"x-block") == b"raw":
            await send(
                {"type": "http.response.start", "status": 418, "headers": [(b"content-type", b"text/plain")]}
            )
            await send({"type": "http.response.body", "body": b"blocked raw"})
            return
        if headers.get(b"x-block") == b"response":
            response = Response({"blocked": True, "trace": scope["state"].get("trace")}, status_code=403)
            await response(scope, receive, send)
            return
        await next_app(scope, receive, send)


class Injector(ASGIMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        scope["headers"] = [*scope["headers"], (b"x-injected", b"by-mw")]
        scope["headers"] = [(k, b"rewritten" if k == b"x-rewrite" else v) for k, v in scope["headers"]]
        await next_app(scope, receive, send)


def _echo(scope: Any) -> dict:
    return {"trace": scope["state"].get("trace")}


@get("/order", middleware=[DefineMiddleware(Tagger, "handler")])
async def order(scope: Any) -> dict:
    return _echo(scope)


@get("/excluded")
async def excluded(scope: Any) -> dict:
    return _echo(scope)


@get("/tuple-a")
async def tuple_a(scope: Any) -> dict:
    return _echo(scope)


@get("/tuple-b/x")
async def tuple_b(scope: Any) -> dict:
    return _echo(scope)


@get("/abstract-skip")
async def abstract_skip(scope: Any) -> dict:
    return _echo(scope)


@get("/opt-skip", opt={"skip_abstract": True, "skip_tuple": True})
async def opt_skip(scope: Any) -> dict:
    return _echo(scope)


@get("/opt-false", opt={"skip_abstract": False})
async def opt_false(scope: Any) -> dict:
    return _echo(scope)


@get("/headers", middleware=[Injector()])
async def read_headers(
    scope: Any,
    injected: str = Parameter(header="x-injected"),
    rewrite: str = Parameter(header="x-rewrite", default="none"),
) -> dict:
    return {"injected": injected, "rewrite": rewrite, "trace": scope["state"].get("trace")}


@post("/blockable", middleware=[Blocker()])
async def blockable(scope: Any, data: dict) -> dict:
    return {"data": data, "trace": scope["state"].get("trace")}


@websocket("/ws", middleware=[DefineMiddleware(Tagger, "ws-handler", suffix="?"), WsOnly])
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json({"trace": socket.scope["state"].get("trace")})
    await socket.close()


@websocket("/excl-ws")
async def excl_ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json({"trace": socket.scope["state"].get("trace")})
    await socket.close()


@get("/typed/{u:uuid}", signature_types=[__import__("uuid").UUID], signature_namespace={"Limit": int})
async def typed(u: UUID, limit: Limit = 3) -> dict:  # noqa: F821
    return {"u": str(u), "limit": limit, "kind": type(limit).__name__}


class Ctl(Controller):
    path = "/ctl"
    middleware = [DefineMiddleware(Tagger, tag="controller")]

    @get("/", middleware=[DefineMiddleware(Tagger, "ctl-handler", "#")])
    async def index(self, scope: Any) -> dict:
        return _echo(scope)

    @get("/quiet")
    async def quiet(self, scope: Any) -> dict:
        return _echo(scope)

    @websocket("/ws")
    async def ctl_ws(self, socket: WebSocket) -> None:
        await socket.accept()
        await socket.send_json({"trace": socket.scope["state"].get("trace")})
        await socket.close()


router = Router(
    path="/r",
    route_handlers=[Ctl, order],
    middleware=[DefineMiddleware(Tagger, "router"), HttpOnly("router")],
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[
            order,
            excluded,
            tuple_a,
            tuple_b,
            abstract_skip,
            opt_skip,
            opt_false,
            read_headers,
            blockable,
            ws,
            excl_ws,
            typed,
            router,
        ],
        middleware=[
            Plain,
            factory,
            DefineMiddleware(Tagger, "app-def", suffix="!"),
            HttpOnly("app"),
            TuplePattern(),
            Abstract,
        ],
    )


REQUESTS = [
    {"method": "GET", "url": "/order", "name": "app + handler ordering"},
    {"method": "GET", "url": "/r/order", "name": "app + router + handler ordering"},
    {"method": "GET", "url": "/r/ctl", "name": "app + router + controller + handler ordering"},
    {"method": "GET", "url": "/r/ctl/quiet", "name": "abstract exclude anchored pattern under router"},
    {"method": "GET", "url": "/excluded", "name": "ASGIMiddleware str exclude_path_pattern"},
    {"method": "GET", "url": "/tuple-a", "name": "tuple exclude_path_pattern first"},
    {"method": "GET", "url": "/tuple-b/x", "name": "tuple exclude_path_pattern second (prefix)"},
    {"method": "GET", "url": "/abstract-skip", "name": "AbstractMiddleware exclude list"},
    {"method": "GET", "url": "/opt-skip", "name": "exclude_opt_key true on both"},
    {"method": "GET", "url": "/opt-false", "name": "exclude_opt_key false"},
    {"method": "GET", "url": "/headers", "name": "middleware injects a header"},
    {
        "method": "GET",
        "url": "/headers",
        "headers": {"x-rewrite": "orig"},
        "name": "middleware rewrites a header",
    },
    {"method": "POST", "url": "/blockable", "json": {"a": 1}, "name": "blocker passes"},
    {
        "method": "POST",
        "url": "/blockable",
        "json": {"a": 1},
        "headers": {"x-block": "raw"},
        "name": "raw short circuit",
    },
    {
        "method": "POST",
        "url": "/blockable",
        "json": {"a": 1},
        "headers": {"x-block": "response"},
        "name": "Response short circuit",
    },
    {
        "method": "GET",
        "url": "/typed/12345678-1234-5678-1234-567812345678?limit=9",
        "name": "TYPE_CHECKING type",
    },
    {
        "method": "GET",
        "url": "/typed/12345678-1234-5678-1234-567812345678?limit=x",
        "name": "namespace type validates",
    },
    {"method": "GET", "url": "/missing", "name": "404 through app middleware"},
    {"method": "DELETE", "url": "/order", "name": "405 through app middleware"},
    {"method": "GET", "url": "/r/missing", "name": "404 under router"},
]

WEBSOCKETS = [
    {"url": "/ws", "steps": [["receive_json"]]},
    {"url": "/excl-ws", "steps": [["receive_json"]]},
    {"url": "/r/ctl/ws", "steps": [["receive_json"]]},
]
