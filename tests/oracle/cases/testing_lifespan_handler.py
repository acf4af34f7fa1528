"""LifeSpanHandler used on its own, around an inner app whose lifespan hooks record events.

Each request runs one scenario in a worker thread (the handler blocks on the inner
client's portal) and answers the events seen at each step.
"""

from typing import Any

from litestar import Litestar, get
from litestar.testing import TestClient
from litestar.testing.life_span_handler import LifeSpanHandler


def _inner(events: list[str]) -> Litestar:
    return Litestar(
        [], on_startup=[lambda: events.append("start")], on_shutdown=[lambda: events.append("stop")]
    )


@get("/context-manager", sync_to_thread=True)
def context_manager() -> dict[str, Any]:
    events: list[str] = []
    steps: dict[str, Any] = {}
    with TestClient(_inner(events)) as client:
        events.clear()
        handler = LifeSpanHandler(client)
        steps["constructed"] = list(events)
        with handler as entered:
            steps["entered_is_handler"] = entered is handler
            steps["inside"] = list(events)
        steps["after_exit_and_close"] = events[:1]
        handler.close()
    return steps


@get("/close-unopened", sync_to_thread=True)
def close_unopened() -> dict[str, Any]:
    events: list[str] = []
    handler = LifeSpanHandler(TestClient(_inner(events)))
    handler.close()
    return {"events": events}


@get("/enter-twice", sync_to_thread=True)
def enter_twice() -> dict[str, Any]:
    events: list[str] = []
    with TestClient(_inner(events)) as client:
        events.clear()
        handler = LifeSpanHandler(client)
        handler.__enter__()
        handler.__enter__()
        started = list(events)
        client.blocking_portal.call(handler.wait_shutdown)  # type: ignore[union-attr]
        stopped = list(events)
        handler.close()
    return {"started": started, "stopped": stopped}


@get("/implicit", sync_to_thread=True)
def implicit() -> dict[str, Any]:
    events: list[str] = []
    with TestClient(_inner(events)) as client:
        events.clear()
        handler = LifeSpanHandler(client)
        try:
            client.blocking_portal.call(handler.wait_startup)  # type: ignore[union-attr]
            outcome = "started"
        except RuntimeError as exc:
            outcome = f"RuntimeError: {exc}"
        seen = list(events)
        handler.close()
    return {"outcome": outcome, "events": seen}


app = Litestar([context_manager, close_unopened, enter_twice, implicit])

REQUESTS = [
    {"method": "GET", "url": "/context-manager"},
    {"method": "GET", "url": "/close-unopened"},
    {"method": "GET", "url": "/enter-twice"},
    {
        "method": "GET",
        "url": "/implicit",
        "name": "implicit startup from the portal's loop (intended difference)",
    },
]
