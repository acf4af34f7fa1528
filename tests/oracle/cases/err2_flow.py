"""Exceptions raised in guards, dependencies (incl. generator deps before / after yield), hooks,
middleware (before / after calling the app), HEAD handlers; after_exception observed via app.state."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Any

from litestar import Litestar, Request, Response, get, head, post
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import HTTPException, NotAuthorizedException, PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send

LOG: list[str] = []


def guard_http(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    raise PermissionDeniedException("guard says no", headers={"X-Guard": "1"})


async def guard_value(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    raise ValueError("guard value error")


def guard_opt(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if connection.query_params.get("deny"):
        raise NotAuthorizedException(detail=str(handler.opt.get("why", "no reason")))


async def dep_raises_http() -> int:
    raise HTTPException(status_code=409, detail="dependency conflict", extra={"dep": "a"})


def dep_raises_plain() -> int:
    raise LookupError("dependency lookup failed")


async def gen_before_yield() -> AsyncGenerator[int, None]:
    LOG.append("gen_before:start")
    raise NotAuthorizedException("before yield")
    yield 1  # pragma: no cover


async def gen_after_yield() -> AsyncGenerator[int, None]:
    LOG.append("gen_after:start")
    try:
        yield 1
    finally:
        LOG.append("gen_after:finally")
    raise RuntimeError("after yield")


def sync_gen_sees_error() -> Generator[int, None, None]:
    try:
        yield 2
    except ValueError as exc:
        LOG.append(f"sync_gen caught {exc}")
        raise
    finally:
        LOG.append("sync_gen:finally")


def sync_gen_swallows() -> Generator[int, None, None]:
    try:
        yield 3
    except Exception as exc:  # noqa: BLE001
        LOG.append(f"swallowed {type(exc).__name__}")


async def before_raises(request: Request) -> None:
    if request.query_params.get("fail") == "http":
        raise HTTPException(status_code=400, detail="before_request refused")
    if request.query_params.get("fail") == "plain":
        raise KeyError("before_request key")


async def after_request_raises(response: Response) -> Response:
    raise HTTPException(status_code=418, detail="after_request teapot")


async def after_request_plain(response: Response) -> Response:
    raise ZeroDivisionError("after_request zero")


async def after_response_raises(request: Request) -> None:
    LOG.append(f"after_response {request.url.path}")
    raise RuntimeError("after_response failure")


async def after_exception(exc: Exception, scope: Scope) -> None:
    state: State = scope["app"].state
    state.setdefault("exceptions", []).append(f"{type(exc).__name__}:{exc}")


class RaisingMiddleware(ASGIMiddleware):
    """Raises before calling the app, or after it, depending on the path."""

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        path = scope["path"]
        if path.endswith("/mw-before"):
            raise NotAuthorizedException("middleware before")
        if path.endswith("/mw-before-plain"):
            raise OSError("middleware before plain")
        if path.endswith("/mw-after"):
            await next_app(scope, receive, send)
            raise RuntimeError("middleware after app sent")
        if path.endswith("/mw-after-unsent"):

            async def swallow(message: Message) -> None:
                return None

            await next_app(scope, receive, swallow)
            raise HTTPException(status_code=502, detail="middleware after (nothing sent)")
        await next_app(scope, receive, send)


@get("/guard-http", guards=[guard_http])
async def guarded_http() -> str:
    return "never"


@get("/guard-value", guards=[guard_value])
async def guarded_value() -> str:
    return "never"


@get("/guard-opt", guards=[guard_opt], opt={"why": "opt reason"})
async def guarded_opt() -> str:
    return "allowed"


@get("/dep-http", dependencies={"d": Provide(dep_raises_http)})
async def dep_http(d: int) -> int:
    return d


@get("/dep-plain", dependencies={"d": Provide(dep_raises_plain, sync_to_thread=False)})
async def dep_plain(d: int) -> int:
    return d


@get("/gen-before", dependencies={"d": Provide(gen_before_yield)})
async def gen_before(d: int) -> int:
    return d


@get("/gen-after", dependencies={"d": Provide(gen_after_yield)})
async def gen_after(d: int) -> int:
    return d


@get("/gen-sees", dependencies={"d": Provide(sync_gen_sees_error, sync_to_thread=False)})
async def gen_sees(d: int) -> int:
    raise ValueError(f"handler failed with {d}")


@get("/gen-swallows", dependencies={"d": Provide(sync_gen_swallows, sync_to_thread=False)})
async def gen_swallows(d: int) -> int:
    raise PermissionDeniedException(f"handler failed with {d}")


@get("/before", before_request=before_raises)
async def before() -> str:
    return "before ok"


@get("/after-request-http", after_request=after_request_raises)
async def after_http() -> str:
    return "body"


@get("/after-request-plain", after_request=after_request_plain)
async def after_plain() -> str:
    return "body"


@get("/after-response", after_response=after_response_raises)
async def after_resp() -> str:
    return "sent anyway"


@get(["/mw-before", "/mw-before-plain", "/mw-after", "/mw-after-unsent", "/mw-ok"])
async def mw_paths() -> dict[str, str]:
    return {"handler": "ran"}


@head("/head-fail")
async def head_fail() -> None:
    raise NotAuthorizedException("head refused", headers={"WWW-Authenticate": "Bearer"})


@head("/head-plain")
async def head_plain() -> None:
    raise RuntimeError("head crash")


@post("/post-fail")
async def post_fail(data: dict[str, Any]) -> None:
    raise HTTPException(status_code=422, detail="post failed", extra=data)


@get("/log")
async def log(request: Request) -> dict[str, Any]:
    out = {"log": list(LOG), "exceptions": list(request.app.state.get("exceptions", []))}
    LOG.clear()
    request.app.state["exceptions"] = []
    return out


app = Litestar(
    route_handlers=[
        guarded_http,
        guarded_value,
        guarded_opt,
        dep_http,
        dep_plain,
        gen_before,
        gen_after,
        gen_sees,
        gen_swallows,
        before,
        after_http,
        after_plain,
        after_resp,
        mw_paths,
        head_fail,
        head_plain,
        post_fail,
        log,
    ],
    middleware=[RaisingMiddleware()],
    after_exception=[after_exception],
)

REQUESTS: list[dict[str, Any]] = []
for url in (
    "/guard-http",
    "/guard-value",
    "/guard-opt",
    "/guard-opt?deny=1",
    "/dep-http",
    "/dep-plain",
    "/gen-before",
    "/gen-after",
    "/gen-sees",
    "/gen-swallows",
    "/before",
    "/before?fail=http",
    "/before?fail=plain",
    "/after-request-http",
    "/after-request-plain",
    "/after-response",
    "/mw-before",
    "/mw-before-plain",
    "/mw-after",
    "/mw-after-unsent",
    "/mw-ok",
):
    REQUESTS.append({"method": "GET", "url": url})
    REQUESTS.append({"method": "GET", "url": "/log", "name": f"log after {url}"})
REQUESTS += [
    {"method": "HEAD", "url": "/head-fail"},
    {"method": "HEAD", "url": "/head-plain"},
    {"method": "GET", "url": "/head-fail", "name": "GET on HEAD-only route"},
    {"method": "POST", "url": "/post-fail", "json": {"x": [1, 2]}},
    {
        "method": "POST",
        "url": "/post-fail",
        "content": b"{not json",
        "headers": {"Content-Type": "application/json"},
    },
    {"method": "GET", "url": "/log", "name": "log at end"},
]
