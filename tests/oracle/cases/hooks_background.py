"""before_request returning responses, after_response, guards on routers/controllers, background tasks."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, Request, Response, Router, get, post
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler


def record(state: State, item: str) -> None:
    state.log.append(item)


async def arecord(state: State, item: str, suffix: str = "") -> None:
    state.log.append(item + suffix)


async def before_dict(request: Request) -> Any:
    if request.query_params.get("stop") == "dict":
        return {"stopped": "dict"}
    if request.query_params.get("stop") == "str":
        return "stopped as text"
    if request.query_params.get("stop") == "response":
        return Response({"stopped": "response"}, status_code=418, headers={"X-Stop": "1"})
    if request.query_params.get("stop") == "error":
        raise PermissionDeniedException("before_request raised")
    return None


def before_sync(request: Request) -> Any:
    if request.headers.get("x-stop"):
        return ["sync", request.headers["x-stop"]]
    return None


async def after_response(request: Request) -> None:
    request.app.state.log.append(f"after {request.method} {request.url.path}")


def router_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if "key" not in connection.query_params:
        raise NotAuthorizedException("router guard")


def controller_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    if connection.query_params.get("key") != handler.opt.get("key", "k"):
        raise PermissionDeniedException(f"controller guard wants {handler.opt.get('key', 'k')}")


@get("/log")
async def show_log(state: State) -> list[str]:
    return list(state.log)


@post("/clear", status_code=200)
async def clear(state: State) -> None:
    state.log.clear()


@get("/hooked", before_request=before_dict)
async def hooked() -> dict:
    return {"handler": "ran"}


@get("/bg-single")
async def bg_single(state: State) -> Response[str]:
    return Response("single", background=BackgroundTask(record, state, "single"))


@get("/bg-many")
async def bg_many(state: State) -> Response[dict]:
    tasks = BackgroundTasks(
        [BackgroundTask(record, state, "first"), BackgroundTask(arecord, state, "second", suffix="!")]
    )
    return Response({"many": True}, background=tasks)


LAYER_LOG: list[str] = []


@get("/bg-handler", background=BackgroundTask(LAYER_LOG.append, "handler background"))
async def bg_handler_default() -> str:
    return "layer background"


@get("/bg-handler-overridden", background=BackgroundTask(LAYER_LOG.append, "not used"))
async def bg_handler_overridden() -> Response[str]:
    return Response("own background", background=BackgroundTask(LAYER_LOG.append, "response background"))


@get("/layer-log")
async def layer_log() -> list[str]:
    return list(LAYER_LOG)


@get("/bg-failing")
async def bg_failing(state: State) -> Response[str]:
    def fail() -> None:
        state.log.append("failing task")
        raise RuntimeError("task failed")

    return Response("body sent first", background=BackgroundTask(fail))


class Secured(Controller):
    path = "/secured"
    guards = [controller_guard]
    before_request = before_sync

    @get("/")
    async def index(self) -> dict:
        return {"secured": True}

    @get("/special", opt={"key": "s"})
    async def special(self) -> dict:
        return {"special": True}


router = Router(
    path="/r", route_handlers=[Secured, hooked], guards=[router_guard], before_request=before_dict
)


def on_startup(app: Litestar) -> None:
    app.state.log = []


def create_app() -> Litestar:
    LAYER_LOG.clear()
    return Litestar(
        [
            show_log,
            clear,
            hooked,
            bg_single,
            bg_many,
            bg_failing,
            bg_handler_default,
            bg_handler_overridden,
            layer_log,
            router,
        ],
        on_startup=[on_startup],
        after_response=after_response,
    )


REQUESTS = [
    {"method": "GET", "url": "/hooked"},
    {"method": "GET", "url": "/hooked?stop=dict"},
    {"method": "GET", "url": "/hooked?stop=str"},
    {"method": "GET", "url": "/hooked?stop=response"},
    {"method": "GET", "url": "/hooked?stop=error"},
    {"method": "GET", "url": "/log", "name": "after_response ran for each request"},
    {"method": "POST", "url": "/clear"},
    {"method": "GET", "url": "/bg-single"},
    {"method": "GET", "url": "/bg-many"},
    {"method": "GET", "url": "/log", "name": "background tasks ran"},
    {"method": "GET", "url": "/bg-failing"},
    {"method": "GET", "url": "/log", "name": "after a failing task"},
    {"method": "GET", "url": "/bg-handler"},
    {"method": "GET", "url": "/bg-handler-overridden"},
    {"method": "GET", "url": "/layer-log", "name": "handler-level background tasks"},
    {"method": "POST", "url": "/clear"},
    {"method": "GET", "url": "/r/secured", "name": "router guard rejects"},
    {"method": "GET", "url": "/r/secured?key=x", "name": "controller guard rejects"},
    {"method": "GET", "url": "/r/secured?key=k"},
    {"method": "GET", "url": "/r/secured/special?key=k", "name": "guard reads handler opt"},
    {"method": "GET", "url": "/r/secured/special?key=s"},
    {
        "method": "GET",
        "url": "/r/secured?key=k",
        "headers": {"X-Stop": "now"},
        "name": "controller before_request",
    },
    {
        "method": "GET",
        "url": "/r/secured?key=x",
        "headers": {"X-Stop": "now"},
        "name": "guards run before before_request",
    },
    {"method": "GET", "url": "/r/hooked?key=1&stop=dict", "name": "handler hook over router hook"},
    {"method": "GET", "url": "/r/hooked?stop=dict", "name": "guard before hook"},
    {"method": "GET", "url": "/log", "name": "after_response after guards and hooks"},
]
