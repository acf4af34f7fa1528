"""Event listeners and the in-process emitter."""

from __future__ import annotations

import logging
import threading
from typing import Any

import anyio
import anyio.to_thread
import pytest
from litestar.events import BaseEventEmitterBackend, EventListener, SimpleEventEmitter, listener
from litestar.exceptions import ImproperlyConfiguredException


def test_listener_is_the_event_listener_class() -> None:
    assert listener is EventListener


def test_decorating_records_the_event_ids_and_wraps_the_function() -> None:
    async def handler() -> None:
        pass

    decorated = listener("a", "b", "a")(handler)
    assert isinstance(decorated, EventListener)
    assert decorated.event_ids == frozenset({"a", "b"})
    assert decorated.fn is not handler


def test_decorating_a_non_callable_is_a_configuration_error() -> None:
    with pytest.raises(
        ImproperlyConfiguredException,
        match="EventListener instance should be called as a decorator on a callable",
    ):
        listener("x")(1)  # type: ignore[arg-type]


def test_emitter_indexes_listeners_by_event_id() -> None:
    first = listener("a", "b")(lambda: None)
    second = listener("a")(lambda: None)
    emitter = SimpleEventEmitter([first, second])
    assert emitter.listeners == {"a": {first, second}, "b": {first}}


async def test_emit_runs_async_and_sync_listeners_in_the_background() -> None:
    received: list[Any] = []

    @listener("created")
    async def on_created(*args: Any, **kwargs: Any) -> None:
        received.append(("async", args, kwargs))

    @listener("created")
    def on_created_sync(value: int, key: int) -> None:
        received.append(("sync", threading.current_thread() is threading.main_thread(), value, key))

    async with SimpleEventEmitter([on_created, on_created_sync]) as emitter:
        emitter.emit("created", 1, key=2)
    assert sorted(received, key=str) == [("async", (1,), {"key": 2}), ("sync", False, 1, 2)]


async def test_leaving_the_emitter_waits_for_running_listeners() -> None:
    done: list[str] = []

    @listener("slow")
    async def slow() -> None:
        await anyio.sleep(0.05)
        done.append("slow")

    async with SimpleEventEmitter([slow]) as emitter:
        emitter.emit("slow")
        assert done == []
    assert done == ["slow"]


async def test_emit_from_a_worker_thread() -> None:
    received: list[int] = []

    @listener("e")
    async def on_e(value: int) -> None:
        received.append(value)

    async with SimpleEventEmitter([on_e]) as emitter:
        await anyio.to_thread.run_sync(emitter.emit, "e", 7)
    assert received == [7]


async def test_emit_unknown_event_is_a_configuration_error() -> None:
    async with SimpleEventEmitter([listener("a")(lambda: None)]) as emitter:
        with pytest.raises(
            ImproperlyConfiguredException, match="no event listeners are registered for event ID: zzz"
        ):
            emitter.emit("zzz")


async def test_emit_outside_the_context_raises() -> None:
    emitter = SimpleEventEmitter([listener("a")(lambda: None)])
    with pytest.raises(RuntimeError, match="Emitter not initialized"):
        emitter.emit("a")
    async with emitter:
        pass
    with pytest.raises(RuntimeError, match="Emitter not initialized"):
        emitter.emit("a")
    async with emitter:  # re-entering works
        emitter.emit("a")


async def test_listener_errors_are_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    @listener("err")
    async def bad() -> None:
        raise ValueError("bad listener")

    with caplog.at_level(logging.ERROR, logger="litestar.events.listener"):
        async with SimpleEventEmitter([bad]) as emitter:
            emitter.emit("err")
    (record,) = caplog.records
    assert record.getMessage() == "Error while executing listener bad: bad listener"
    assert record.exc_info is not None


def test_backend_is_abstract() -> None:
    with pytest.raises(TypeError):
        BaseEventEmitterBackend([])  # type: ignore[abstract]
