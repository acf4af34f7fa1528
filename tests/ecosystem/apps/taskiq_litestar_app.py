"""taskiq-litestar: a worker runs the app's lifespan and injects the app and its state into tasks.

``init(broker, "module:app")`` imports the app in the worker, enters ``app.lifespan()``
(startup hooks, lifespan managers) and offers ``Litestar`` and ``State`` to tasks through
taskiq's dependency injection; the broker's shutdown leaves the lifespan again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import taskiq_litestar
from litestar import Litestar, get
from litestar.datastructures import State
from taskiq import InMemoryBroker, TaskiqDepends

EVENTS: list[str] = []

broker = InMemoryBroker()
taskiq_litestar.init(broker, "taskiq_litestar_app:app")


@asynccontextmanager
async def database(app: Litestar) -> AsyncIterator[None]:
    app.state.rows = ["a", "b", "c"]
    EVENTS.append("lifespan enter")
    try:
        yield
    finally:
        EVENTS.append("lifespan exit")


def on_startup(app: Litestar) -> None:
    app.state.greeting = "hi"
    EVENTS.append("startup hook")


@get("/")
async def index() -> str:
    return "ok"


app = Litestar([index], lifespan=[database], on_startup=[on_startup])


@broker.task
async def count_rows(state: State = TaskiqDepends()) -> int:  # noqa: B008 (taskiq's way to inject)
    return len(state.rows)


@broker.task
async def app_title(app: Litestar = TaskiqDepends()) -> str:  # noqa: B008 (taskiq's way to inject)
    return f"{app.state.greeting}:{'/' in app.route_handler_method_map}"


async def run() -> None:
    broker.is_worker_process = True  # what `taskiq worker` sets; the in-memory broker is both sides
    await broker.startup()
    try:
        rows = await (await count_rows.kiq()).wait_result(timeout=5)
        assert not rows.is_err, repr(rows.error)
        assert rows.return_value == 3
        title = await (await app_title.kiq()).wait_result(timeout=5)
        assert not title.is_err, repr(title.error)
        assert title.return_value == "hi:True"
    finally:
        await broker.shutdown()


def main() -> None:
    asyncio.run(run())
    from taskiq_litestar_app import EVENTS as worker_events  # the worker's own import of this module

    assert worker_events == ["lifespan enter", "startup hook", "lifespan exit"], worker_events
    print("OK")


if __name__ == "__main__":
    main()
