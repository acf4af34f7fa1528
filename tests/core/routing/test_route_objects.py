"""Route objects: BaseRoute parsing, HTTPRoute maps and options, ASGIRoute/HTTPRoute handle."""

from __future__ import annotations

import re
from typing import Any

import pytest
from litestar import Litestar, get, post
from litestar.enums import ScopeType
from litestar.exceptions import ImproperlyConfiguredException, MethodNotAllowedException
from litestar.handlers import asgi
from litestar.routes import ASGIRoute, BaseRoute, HTTPRoute
from litestar.types import Receive, Scope, Send


@get("/items/{item_id:int}")
async def read(item_id: int) -> int:
    return item_id


@post("/items/{item_id:int}")
async def write(item_id: int) -> int:
    return item_id


def test_base_route_parses_its_path() -> None:
    route = BaseRoute(
        handler_names=["h"], path="items/{item_id:int}/", scope_type=ScopeType.HTTP, methods=["GET"]
    )
    assert route.path == "/items/{item_id:int}"
    assert route.path_format == "/items/{item_id}"
    assert list(route.path_parameters) == ["item_id"]
    assert route.path_parameters["item_id"].type is int
    assert route.methods == {"GET"}
    assert repr(route) == "<BaseRoute /items/{item_id:int} ['GET']>"


def test_http_route_maps_methods_and_adds_options() -> None:
    route = HTTPRoute(path="/items/{item_id:int}", route_handlers=[read])
    assert route.methods == {"GET", "OPTIONS"}
    route.add_handler(write)
    assert route.methods == {"GET", "OPTIONS", "POST"}
    assert route.route_handler_map == {"GET": read, "POST": write}
    assert route.handler_names == ["read", "write"]
    with pytest.raises(
        ImproperlyConfiguredException, match=re.escape("Duplicate route: GET /items/{item_id:int}")
    ):
        route.add_handler(read._copy(owner=None))


async def test_http_route_options_handler_answers_204_with_allow() -> None:
    route = HTTPRoute(path="/items/{item_id:int}", route_handlers=[read, write])
    options = route.create_options_handler("/items/{item_id:int}")
    assert options.http_methods == {"OPTIONS"}
    assert options.resolve_include_in_schema() is False
    response = await options.fn()
    assert response.status_code == 204
    assert response.headers["Allow"] == "GET, OPTIONS, POST"


async def test_http_route_handle_dispatches_to_the_compiled_app() -> None:
    app = Litestar([read, write])
    route = next(r for r in app.routes if isinstance(r, HTTPRoute))
    sent: list[Any] = []

    async def receive() -> Any:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    scope: Any = {
        "type": "http",
        "method": "GET",
        "path": "/items/4",
        "path_params": {"item_id": 4},
        "headers": [],
        "query_string": b"",
        "app": app,
        "route_handler": route.route_handler_map["GET"],
        "state": {},
    }
    await route.handle(scope, receive, send)
    assert sent[-1]["body"] == b"4"
    with pytest.raises(MethodNotAllowedException):
        await route.handle({**scope, "method": "PUT"}, receive, send)
    unregistered = HTTPRoute(path="/items/{item_id:int}", route_handlers=[read])
    with pytest.raises(
        ImproperlyConfiguredException, match="is not compiled: register it on a Litestar app first"
    ):
        await unregistered.handle(scope, receive, send)


async def test_asgi_route_handle_calls_the_app() -> None:
    calls: list[str] = []

    @asgi("/a", copy_scope=True)
    async def plain(scope: Scope, receive: Receive, send: Send) -> None:
        calls.append(scope["path"])

    route = ASGIRoute(path="/a", route_handler=plain)
    assert route.handler_names == [plain.handler_name]
    assert route.scope_type is ScopeType.ASGI

    async def noop(*_: Any) -> Any:
        return None

    await route.handle({"path": "/a"}, noop, noop)  # type: ignore[arg-type]
    assert calls == ["/a"]
