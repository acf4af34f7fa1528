"""before_request / after_request / after_response / before_send hooks, lifespan and startup/shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, Request, Response, Router, get
from litestar.datastructures import MutableScopeHeaders, State

EVENTS: list[str] = []


def on_startup_sync(app: Litestar) -> None:
    app.state.events = ["startup-sync"]


async def on_startup_async(app: Litestar) -> None:
    app.state.events.append("startup-async")


def on_shutdown(app: Litestar) -> None:
    EVENTS.append("shutdown")


@asynccontextmanager
async def lifespan(app: Litestar) -> AsyncIterator[None]:
    app.state.lifespan = "entered"
    try:
        yield
    finally:
        EVENTS.append("lifespan-exit")


async def app_before(request: Request) -> Any:
    if request.query_params.get("short") == "app":
        return {"short_circuit": "app"}
    request.state.trail = ["app-before"]
    return None


async def router_before(request: Request) -> Any:
    # NOTE: the closest layer's hook replaces the outer ones, so this starts a fresh trail.
    request.state.trail = [*request.state.get("trail", []), "router-before"]
    if request.query_params.get("short") == "router":
        return Response("router short", status_code=299)
    return None


def handler_before(request: Request) -> None:
    request.state.trail = [*request.state.get("trail", []), "handler-before"]


async def app_after(response: Response) -> Response:
    response.headers["X-After-App"] = "1"
    return response


def handler_after(response: Response) -> Response:
    response.headers["X-After-Handler"] = "1"
    return Response({"replaced": True, "was": response.content}, status_code=203)


async def after_response(request: Request) -> None:
    EVENTS.append(f"after-response {request.url.path}")


async def before_send(message: Any, scope: Any) -> None:
    if message["type"] == "http.response.start":
        headers = MutableScopeHeaders.from_message(message)
        headers["X-Before-Send"] = "yes"


@get("/trail")
async def trail(request: Request) -> dict:
    return {"trail": request.state.trail}


@get("/handler-hooks", before_request=handler_before, after_request=handler_after)
async def handler_hooks(request: Request) -> dict:
    return {"trail": request.state.trail}


@get("/state")
async def show_state(state: State) -> dict:
    return {"events": state.events, "lifespan": state.lifespan}


@get("/events")
async def events() -> list[str]:
    return list(EVENTS)


@get("/error")
async def error() -> None:
    raise ValueError("x")


router = Router(path="/r", route_handlers=[trail, handler_hooks], before_request=router_before)


def create_app() -> Litestar:
    EVENTS.clear()
    return Litestar(
        route_handlers=[router, trail, show_state, events, error],
        on_startup=[on_startup_sync, on_startup_async],
        on_shutdown=[on_shutdown],
        lifespan=[lifespan],
        before_request=app_before,
        after_request=app_after,
        after_response=after_response,
        before_send=[before_send],
    )


REQUESTS = [
    {"method": "GET", "url": "/state", "name": "startup hooks and lifespan ran"},
    {"method": "GET", "url": "/trail"},
    {"method": "GET", "url": "/r/trail"},
    {"method": "GET", "url": "/r/handler-hooks", "name": "handler hooks override"},
    {"method": "GET", "url": "/trail?short=app", "name": "app before_request short-circuits"},
    {"method": "GET", "url": "/r/trail?short=router", "name": "router before_request returns Response"},
    {"method": "GET", "url": "/events", "name": "after_response ran for earlier requests"},
    {"method": "GET", "url": "/error", "name": "before_send on error response"},
    {"method": "GET", "url": "/nowhere", "name": "before_send on 404"},
    {"method": "GET", "url": "/events", "name": "after_response after errors"},
]
