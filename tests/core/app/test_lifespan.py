"""Lifespan: context managers, startup/shutdown hooks, failures and ordering."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from litestar import Litestar, Request, get
from litestar.datastructures import State
from litestar.testing import TestClient


@get("/")
async def index(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return {
        "same_app": Litestar.from_scope(request.scope) is request.app,
        "value": request.app.state.get("value"),
    }


def test_lifespan_order_of_managers_and_hooks() -> None:
    log: list[str] = []

    @asynccontextmanager
    async def first(app: Litestar) -> AsyncGenerator[None, None]:
        log.append(f"first enter {type(app).__name__}")
        yield
        log.append("first exit")

    @asynccontextmanager
    async def second(app: Litestar) -> AsyncGenerator[None, None]:
        log.append("second enter")
        yield
        log.append("second exit")

    def sync_start() -> None:
        log.append("sync start")

    async def async_start(app: Litestar) -> None:
        log.append(f"async start {app.state.value}")

    def sync_stop(app: Litestar) -> None:
        log.append("sync stop")

    async def async_stop() -> None:
        log.append("async stop")

    app = Litestar(
        [index],
        lifespan=[first, second],
        on_startup=[sync_start, async_start],
        on_shutdown=[sync_stop, async_stop],
        state=State({"value": 1}),
    )
    with TestClient(app) as client:
        log.append("request")
        assert client.get("/").json() == {"same_app": True, "value": 1}
    assert log == [
        "first enter Litestar",
        "second enter",
        "sync start",
        "async start 1",
        "request",
        "second exit",
        "first exit",
        "sync stop",
        "async stop",
    ]


def test_lifespan_accepts_a_context_manager_instance() -> None:
    log: list[str] = []

    @asynccontextmanager
    async def manager() -> AsyncGenerator[None, None]:
        log.append("enter")
        yield
        log.append("exit")

    with TestClient(Litestar([index], lifespan=[manager()])):
        assert log == ["enter"]
    assert log == ["enter", "exit"]


def test_startup_failure_is_raised_and_later_hooks_do_not_run() -> None:
    log: list[str] = []

    def boom() -> None:
        raise RuntimeError("startup boom")

    app = Litestar([index], on_startup=[boom, lambda: log.append("after")])
    # As the reference, a startup failure arrives wrapped in an ExceptionGroup.
    with pytest.raises(ExceptionGroup) as info, TestClient(app):
        log.append("served")
    assert [str(e) for e in info.value.exceptions] == ["startup boom"]
    assert log == []


def test_shutdown_failure_is_raised_after_serving() -> None:
    log: list[str] = []

    def boom() -> None:
        raise RuntimeError("shutdown boom")

    app = Litestar([index], on_shutdown=[boom])
    with pytest.raises(RuntimeError, match="shutdown boom"), TestClient(app) as client:
        log.append(str(client.get("/").status_code))
    assert log == ["200"]


async def test_lifespan_context_manager_can_be_used_directly() -> None:
    log: list[str] = []
    app = Litestar([index], on_startup=[lambda: log.append("up")], on_shutdown=[lambda: log.append("down")])
    async with app.lifespan():
        assert log == ["up"]
    assert log == ["up", "down"]


async def test_lifespan_protocol_reports_startup_failure() -> None:
    def boom() -> None:
        raise ValueError("nope")

    app = Litestar([index], on_startup=[boom])
    messages = iter([{"type": "lifespan.startup"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> Any:
        return next(messages)

    async def send(message: Any) -> None:
        sent.append(message)

    with pytest.raises(ExceptionGroup) as info:
        await app({"type": "lifespan"}, receive, send)  # type: ignore[arg-type]
    assert isinstance(info.value.exceptions[0], ValueError)
    assert sent[0]["type"] == "lifespan.startup.failed"
    assert "ValueError: nope" in sent[0]["message"]


async def test_lifespan_protocol_reports_shutdown_failure_and_success() -> None:
    def boom() -> None:
        raise ValueError("late")

    for hooks, expected in (([boom], "lifespan.shutdown.failed"), ([], "lifespan.shutdown.complete")):
        app = Litestar([index], on_shutdown=hooks)
        messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
        sent: list[dict[str, Any]] = []

        async def receive() -> Any:
            return next(messages)  # noqa: B023

        async def send(message: Any) -> None:
            sent.append(message)  # noqa: B023

        with contextlib.suppress(ValueError):
            await app({"type": "lifespan"}, receive, send)  # type: ignore[arg-type]
        assert [m["type"] for m in sent] == ["lifespan.startup.complete", expected]


class _Opaque:
    """A callable whose signature cannot be inspected."""

    __signature__ = "not a signature"

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)


def test_hook_without_inspectable_signature_is_called_without_app() -> None:
    hook = _Opaque()
    with TestClient(Litestar([index], on_startup=[hook])):
        assert hook.calls == [()]
