"""Dependency injection: sync/async/generator providers, use_cache, chains, query deps, layering, overrides."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Any

from litestar import Controller, Litestar, Router, get
from litestar.di import Provide
from litestar.params import Dependency, Parameter

LOG: list[str] = []
COUNTER = {"n": 0}


def sync_value() -> str:
    return "sync"


async def async_value() -> str:
    return "async"


def generator_value() -> Generator[str, None, None]:
    LOG.append("gen-start")
    try:
        yield "gen"
    finally:
        LOG.append("gen-cleanup")


async def async_generator_value() -> AsyncGenerator[str, None]:
    LOG.append("agen-start")
    yield "agen"
    LOG.append("agen-cleanup")


def counted() -> int:
    COUNTER["n"] += 1
    return COUNTER["n"]


def depends_on_others(sync_dep: str, async_dep: str) -> str:
    return f"{sync_dep}+{async_dep}"


async def paginator(page: int = 1, size: int = Parameter(query="pageSize", default=10, le=50)) -> dict:
    return {"page": page, "size": size}


def app_level() -> str:
    return "app"


def router_level() -> str:
    return "router"


def controller_level() -> str:
    return "controller"


def shared_app() -> str:
    return "shared-app"


def shared_router() -> str:
    return "shared-router"


def shared_handler() -> str:
    return "shared-handler"


def boom() -> int:
    return 1 // 0


def shared_controller() -> str:
    return "shared-controller"


@get(
    "/basic",
    dependencies={
        "sync_dep": Provide(sync_value, sync_to_thread=False),
        "async_dep": Provide(async_value),
        "gen_dep": Provide(generator_value, sync_to_thread=False),
        "agen_dep": Provide(async_generator_value),
        "combined": Provide(depends_on_others, sync_to_thread=False),
    },
)
async def basic(sync_dep: str, async_dep: str, gen_dep: str, agen_dep: str, combined: str) -> dict:
    return {
        "sync": sync_dep,
        "async": async_dep,
        "gen": gen_dep,
        "agen": agen_dep,
        "combined": combined,
        "log_during": sorted(LOG),
    }


@get("/log")
async def log() -> dict:
    # NOTE: the start order of independent providers is not fixed; cleanup must be its reverse.
    starts = [e.split("-")[0] for e in LOG if e.endswith("-start")]
    cleanups = [e.split("-")[0] for e in LOG if e.endswith("-cleanup")]
    return {
        "log": sorted(LOG),
        "cleanup_reverses_start": cleanups == starts[::-1],
        "all_started_before_cleanup": all(e.endswith("-start") for e in LOG[: len(starts)]),
    }


@get("/paged", dependencies={"pages": Provide(paginator)})
async def paged(pages: dict) -> dict:
    return pages


@get("/cached", dependencies={"value": Provide(counted, use_cache=True, sync_to_thread=False)})
async def cached(value: int) -> dict:
    return {"value": value}


@get("/uncached", dependencies={"value2": Provide(counted, sync_to_thread=False)})
async def uncached(value2: int) -> dict:
    return {"value": value2}


@get("/optional-dep")
async def optional_dep(
    missing: str | None = Dependency(default="fallback"), other: int = Dependency(default=3)
) -> dict:
    return {"missing": missing, "other": other}


@get("/layers")
async def layers(app_dep: str, router_dep: str, shared: str) -> dict:
    return {"app": app_dep, "router": router_dep, "shared": shared}


@get("/layers-override", dependencies={"shared": Provide(shared_handler, sync_to_thread=False)})
async def layers_override(shared: str) -> dict:
    return {"shared": shared}


def thing_label(thing_id: int) -> str:
    return f"thing-{thing_id}"


class Things(Controller):
    path = "/things"
    dependencies = {
        "shared": Provide(shared_controller, sync_to_thread=False),
        "ctrl_dep": Provide(controller_level, sync_to_thread=False),
    }

    @get("/")
    async def index(self, shared: str, ctrl_dep: str, app_dep: str, router_dep: str) -> dict:
        return {"shared": shared, "ctrl": ctrl_dep, "app": app_dep, "router": router_dep}

    @get("/{thing_id:int}", dependencies={"ctrl_dep": Provide(thing_label, sync_to_thread=False)})
    async def item(self, ctrl_dep: str) -> dict:
        return {"ctrl": ctrl_dep}


@get("/fails", dependencies={"bad": Provide(boom, sync_to_thread=False)})
async def fails(bad: Any) -> dict:
    return {"bad": bad}


router = Router(
    path="/r",
    route_handlers=[layers, layers_override, Things],
    dependencies={
        "router_dep": Provide(router_level, sync_to_thread=False),
        "shared": Provide(shared_router, sync_to_thread=False),
    },
)


def create_app() -> Litestar:
    LOG.clear()
    COUNTER["n"] = 0
    return Litestar(
        route_handlers=[basic, log, paged, cached, uncached, optional_dep, router, fails],
        dependencies={
            "app_dep": Provide(app_level, sync_to_thread=False),
            "shared": Provide(shared_app, sync_to_thread=False),
        },
    )


REQUESTS = [
    {"method": "GET", "url": "/basic"},
    {"method": "GET", "url": "/log", "name": "generator cleanup ran"},
    {"method": "GET", "url": "/paged"},
    {"method": "GET", "url": "/paged?page=3&pageSize=20"},
    {"method": "GET", "url": "/paged?pageSize=100", "name": "query constraint inside dependency"},
    {"method": "GET", "url": "/paged?page=x", "name": "bad query inside dependency"},
    {"method": "GET", "url": "/cached"},
    {"method": "GET", "url": "/cached", "name": "cached value reused"},
    {"method": "GET", "url": "/uncached"},
    {"method": "GET", "url": "/uncached", "name": "uncached value recomputed"},
    {"method": "GET", "url": "/optional-dep"},
    {"method": "GET", "url": "/r/layers"},
    {"method": "GET", "url": "/r/layers-override"},
    {"method": "GET", "url": "/r/things"},
    {"method": "GET", "url": "/r/things/4", "name": "dependency using path param"},
    {"method": "GET", "url": "/fails", "name": "provider raising -> 500"},
]
