"""Middleware, plugins, events and exception logging through a real app."""

from __future__ import annotations

import time
from typing import Any

import pytest
from litestar import Litestar, Request, get
from litestar.config.app import AppConfig
from litestar.events import listener
from litestar.logging import LoggingConfig
from litestar.middleware import AbstractMiddleware, ASGIMiddleware, DefineMiddleware
from litestar.plugins import InitPlugin
from litestar.testing import TestClient


def _append(scope: Any, tag: str) -> None:
    state = scope.setdefault("state", {})
    state["log"] = state.get("log", "") + tag


def _factory(app: Any) -> Any:
    async def middleware(scope: Any, receive: Any, send: Any) -> None:
        _append(scope, "F")
        await app(scope, receive, send)

    return middleware


class _Keyword:
    def __init__(self, app: Any, tag: str) -> None:
        self.app = app
        self.tag = tag

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        _append(scope, self.tag)
        await self.app(scope, receive, send)


class _Handle(ASGIMiddleware):
    def __init__(self, tag: str) -> None:
        self.tag = tag

    async def handle(self, scope: Any, receive: Any, send: Any, next_app: Any) -> None:
        _append(scope, self.tag)
        await next_app(scope, receive, send)


with pytest.warns(DeprecationWarning, match="AbstractMiddleware"):

    class _Skippable(AbstractMiddleware):
        exclude_opt_key = "skip"
        exclude = "^/excluded"

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            _append(scope, "S")
            await self.app(scope, receive, send)


@get("/", middleware=[_Handle("h")])
async def index(request: Request) -> str:
    return str(request.state.get("log", ""))


@get("/skipped", skip=True)
async def skipped(request: Request) -> str:
    return str(request.state.get("log", ""))


@get("/excluded")
async def excluded(request: Request) -> str:
    return str(request.state.get("log", ""))


def test_app_and_handler_middleware_run_outermost_first() -> None:
    app = Litestar(
        [index, skipped, excluded],
        middleware=[_factory, DefineMiddleware(_Keyword, tag="K"), _Handle("a"), _Skippable],
    )
    with TestClient(app) as client:
        assert client.get("/").text == "FKaSh"
        assert client.get("/skipped").text == "FKa"
        assert client.get("/excluded").text == "FKa"


def test_init_plugin_edits_the_app_config() -> None:
    class AddRoute(InitPlugin):
        def on_app_init(self, app_config: AppConfig) -> AppConfig:
            app_config.route_handlers.append(index)
            return app_config

    with TestClient(Litestar(plugins=[AddRoute()])) as client:
        assert client.get("/").status_code == 200


def test_emit_runs_listeners_in_the_background() -> None:
    received: list[Any] = []

    @listener("created")
    async def on_created(value: int) -> None:
        received.append(value)

    @get("/emit")
    async def emit(request: Request) -> str:
        request.app.emit("created", 3)
        return "ok"

    with TestClient(Litestar([emit], listeners=[on_created])) as client:
        assert client.get("/emit").text == "ok"
        for _ in range(100):
            if received:
                break
            time.sleep(0.01)
    assert received == [3]


def test_unhandled_exceptions_go_to_the_exception_logging_handler() -> None:
    calls: list[tuple[str, str]] = []

    @get("/boom")
    async def boom() -> None:
        raise ValueError("kaboom")

    config = LoggingConfig(
        log_exceptions="always",
        exception_logging_handler=lambda logger, scope, tb: calls.append((scope["path"], tb[-1])),
    )
    with TestClient(Litestar([boom], logging_config=config)) as client:
        assert client.get("/boom").status_code == 500
    assert calls == [("/boom", "ValueError: kaboom\n")]


def test_handler_exceptions_become_responses_inside_the_middleware() -> None:
    seen: list[str] = []

    class Observe(ASGIMiddleware):
        async def handle(self, scope: Any, receive: Any, send: Any, next_app: Any) -> None:
            async def observing_send(message: Any) -> None:
                if message["type"] == "http.response.start":
                    seen.append(f"status {message['status']}")
                await send(message)

            try:
                await next_app(scope, receive, observing_send)
            except Exception as exc:
                seen.append(f"raised {type(exc).__name__}")
                raise

    def teapot(request: Request, exc: KeyError) -> Any:
        from litestar import Response

        return Response({"handled": str(exc)}, status_code=418)

    @get("/boom", sync_to_thread=False)
    def boom() -> None:
        raise ValueError("x")

    @get("/handled", exception_handlers={KeyError: teapot}, sync_to_thread=False)
    def handled() -> None:
        raise KeyError("k")

    with TestClient(Litestar([boom, handled], middleware=[Observe()])) as client:
        assert client.get("/boom").status_code == 500
        response = client.get("/handled")
        assert (response.status_code, response.json()) == (418, {"handled": "'k'"})
    assert seen == ["status 500", "status 418"]
