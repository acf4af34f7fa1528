"""A ``handle`` replaced on a route class is on the request path, as 2.17 puts it there.

sentry-sdk replaces ``HTTPRoute.handle`` to name transactions and attach request data.
2.17 decides at registration: routes registered after the replacement serve through it,
inside the handler's middleware and outside its exception handling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from litestar import Litestar, Router, get, post, websocket_listener
from litestar.handlers import asgi
from litestar.routes import ASGIRoute, HTTPRoute, WebSocketRoute
from litestar.routes.base import BaseRoute, handle_is_replaced
from litestar.testing import TestClient
from litestar.types import Receive, Scope, Send

Log = list[Any]


@pytest.fixture
def log() -> Log:
    return []


@pytest.fixture
def replace_handle(log: Log, monkeypatch: pytest.MonkeyPatch) -> Callable[[type[BaseRoute]], None]:
    """Replace ``cls.handle`` with a logging wrapper around the original (undone after the test)."""

    def replace(cls: type[BaseRoute]) -> None:
        original = cls.handle

        async def handle(self: Any, scope: Scope, receive: Receive, send: Send) -> None:
            log.append(("handle", type(self).__name__, self.path, scope.get("path_params")))
            try:
                await original(self, scope, receive, send)
            except Exception as exc:
                log.append(("raised", type(exc).__name__))
                raise

        monkeypatch.setattr(cls, "handle", handle)

    return replace


def _handlers(log: Log) -> list[Any]:
    class Tag:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            log.append(("mw", scope["path"]))
            await self.app(scope, receive, send)

    @get("/items/{item_id:int}", sync_to_thread=False)
    def item(item_id: int) -> int:
        log.append(("handler", item_id))
        return item_id

    @post("/boom", sync_to_thread=False)
    def boom() -> None:
        raise ValueError("boom")

    @websocket_listener("/ws")
    async def echo(data: str) -> str:
        return data

    @asgi("/mount", is_mount=True, copy_scope=False)
    async def mounted(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": scope["path"].encode()})

    return [item, boom, echo, mounted, Router("/mw", route_handlers=[item], middleware=[Tag])]


@pytest.fixture
def app_factory(log: Log) -> Callable[[], Litestar]:
    return lambda: Litestar(
        _handlers(log),
        openapi_config=None,
        after_exception=[lambda exc, scope: log.append(("after", type(exc).__name__))],
    )


def test_the_original_handle_is_not_on_the_request_path(
    app_factory: Callable[[], Litestar], log: Log, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory()
    route = next(r for r in app.routes if isinstance(r, HTTPRoute))
    assert handle_is_replaced(route) is False

    async def unexpected(*_: Any) -> None:
        raise AssertionError("the dispatcher called BaseRoute.handle")

    # Replacing the original after registration proves the compiled path never reaches it.
    monkeypatch.setattr(BaseRoute, "handle", unexpected)
    with TestClient(app) as client:
        assert client.get("/items/1").text == "1"
        assert client.get("/mw/items/2").text == "2"
    assert log == [("handler", 1), ("mw", "/mw/items/2"), ("handler", 2)]


def test_a_handle_replaced_before_the_app_serves_every_routed_request(
    app_factory: Callable[[], Litestar], log: Log, replace_handle: Callable[[type[BaseRoute]], None]
) -> None:
    for cls in (HTTPRoute, WebSocketRoute, ASGIRoute):
        replace_handle(cls)
    app = app_factory()
    assert all(handle_is_replaced(route) for route in app.routes)
    with TestClient(app) as client:
        assert client.get("/items/1").text == "1"
        assert log == [("handle", "HTTPRoute", "/items/{item_id:int}", {"item_id": 1}), ("handler", 1)]

        log.clear()
        assert client.get("/mw/items/2").text == "2"
        assert log == [
            ("mw", "/mw/items/2"),
            ("handle", "HTTPRoute", "/mw/items/{item_id:int}", {"item_id": 2}),
            ("handler", 2),
        ], "inside the handler's middleware"

        log.clear()
        assert client.post("/boom").status_code == 500
        assert log == [
            ("handle", "HTTPRoute", "/boom", {}),
            ("raised", "ValueError"),
            ("after", "ValueError"),
        ]

        log.clear()
        assert client.options("/items/3").status_code == 204
        assert log == [("handle", "HTTPRoute", "/items/{item_id:int}", {"item_id": 3})]

        log.clear()
        assert client.get("/mount/deep").status_code == 200
        assert log == [("handle", "ASGIRoute", "/mount", {})]

        log.clear()
        with client.websocket_connect("/ws") as ws:
            ws.send_text("hi")
            assert ws.receive_text() == "hi"
        assert log == [("handle", "WebSocketRoute", "/ws", {})]

        log.clear()
        assert client.get("/nope").status_code == 404
        assert client.put("/items/1").status_code == 405
        assert log == [("after", "NotFoundException"), ("after", "MethodNotAllowedException")]


def test_a_handle_replaced_after_the_app_serves_only_routes_registered_later(
    app_factory: Callable[[], Litestar], log: Log, replace_handle: Callable[[type[BaseRoute]], None]
) -> None:
    app = app_factory()
    replace_handle(HTTPRoute)

    @get("/late", sync_to_thread=False)
    def late() -> str:
        return "late"

    app.register(late)
    with TestClient(app) as client:
        assert client.get("/items/1").text == "1"
        assert client.options("/items/1").status_code == 204
        assert client.get("/late").text == "late"
    assert log == [("handler", 1), ("handle", "HTTPRoute", "/late", {})]


async def test_the_original_handle_serves_a_registered_route() -> None:
    @get("/items/{item_id:int}", sync_to_thread=False)
    def item(item_id: int) -> int:
        return item_id

    app = Litestar([item], openapi_config=None)
    route = next(r for r in app.routes if isinstance(r, HTTPRoute))
    sent: list[Any] = []

    async def receive() -> Any:
        return {"type": "http.request", "body": b""}

    async def send(message: Any) -> None:
        sent.append(message)

    scope: Any = {
        "type": "http",
        "method": "GET",
        "path": "/items/5",
        "path_params": {"item_id": 5},
        "headers": [],
        "query_string": b"",
        "app": app,
        "route_handler": item,
        "state": {},
    }
    await route.handle(scope, receive, send)
    assert sent[-1]["body"] == b"5"
