"""2.17's kwargs model calls, answered by the compiled plan (litestar-mcp calls a handler this way)."""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar, Request, get, post
from litestar._asgi.routing_trie.traversal import parse_path_params
from litestar.di import Provide
from litestar.exceptions import ValidationException
from litestar.routes import HTTPRoute


@dataclass
class Item:
    name: str


def _request(
    app: Litestar, handler: Any, path_params: dict[str, Any], query: bytes, body: bytes
) -> Request[Any, Any, Any]:
    scope: Any = {
        "type": "http",
        "method": next(iter(handler.http_methods)),
        "path": "/",
        "headers": [(b"content-type", b"application/json")] if body else [],
        "query_string": query,
        "path_params": path_params,
        "app": app,
        "route_handler": handler,
        "state": {},
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(scope, receive)


def _route(app: Litestar, path: str) -> HTTPRoute:
    return next(r for r in app.routes if isinstance(r, HTTPRoute) and r.path == path)


async def test_a_handler_is_called_through_the_three_steps() -> None:
    events: list[str] = []

    async def provide_session() -> AsyncGenerator[str, None]:
        events.append("open")
        try:
            yield "session"
        except ValueError:
            events.append("rolled back")
            raise
        events.append("closed")

    @post("/items/{shop:int}", dependencies={"session": Provide(provide_session)})
    async def create(shop: int, data: Item, session: str, limit: int = 3) -> dict[str, Any]:
        return {"shop": shop, "name": data.name, "session": session, "limit": limit}

    app = Litestar([create], openapi_config=None)
    route = _route(app, "/items/{shop:int}")
    create = route.route_handlers[0]  # the registered handler, as integrations find it
    path_params = parse_path_params(tuple(route.path_parameters.values()), ("7",))
    assert path_params == {"shop": 7}

    model = create.create_kwargs_model(path_parameters=route.path_parameters)
    request = _request(app, create, path_params, b"limit=5", b'{"name": "pen"}')
    kwargs = await model.to_kwargs(connection=request)
    async with await model.resolve_dependencies(request, kwargs):
        parsed = create.signature_model.parse_values_from_connection_kwargs(connection=request, kwargs=kwargs)
        assert await create.fn(**parsed) == {"shop": 7, "name": "pen", "session": "session", "limit": 5}
        assert events == ["open"]
    assert events == ["open", "closed"]

    events.clear()
    kwargs = await model.to_kwargs(connection=_request(app, create, path_params, b"", b'{"name": "x"}'))
    with pytest.raises(ValueError, match="fail"):
        async with await model.resolve_dependencies(request, kwargs):
            raise ValueError("fail")
    assert events == ["open", "rolled back"], "the error is thrown into the dependency"


async def test_to_kwargs_validates() -> None:
    @get("/items/{shop:int}", sync_to_thread=False)
    def read(shop: int, limit: int) -> int:
        return shop

    app = Litestar([read], openapi_config=None)
    model = read.create_kwargs_model(path_parameters={"shop": int})
    with pytest.raises(ValidationException):
        await model.to_kwargs(connection=_request(app, read, {"shop": 1}, b"limit=many", b""))
    kwargs = await model.to_kwargs(connection=_request(app, read, {"shop": 1}, b"limit=2", b""))
    assert kwargs == {"shop": 1, "limit": 2}
    async with await model.resolve_dependencies(None, {"shop": 1}):  # type: ignore[arg-type]
        pass  # nothing to finalise: a plain dict, a plan without dependencies


def test_parse_path_params_applies_each_parser_in_order() -> None:
    @get("/{a:int}/{b:str}/{c:float}/{d:path}", sync_to_thread=False)
    def h(a: int, b: str, c: float, d: str) -> None: ...

    app = Litestar([h], openapi_config=None)
    definitions = tuple(_route(app, "/{a:int}/{b:str}/{c:float}/{d:path}").path_parameters.values())
    assert [d.parser for d in definitions] == [int, None, float, None]
    assert parse_path_params(definitions, ("1", "x", "2.5", "/p/q")) == {
        "a": 1,
        "b": "x",
        "c": 2.5,
        "d": "/p/q",
    }
    assert parse_path_params(definitions, ("1",)) == {"a": 1}
    with pytest.raises(ValueError, match="invalid literal"):
        parse_path_params(definitions, ("one",))


def test_handlers_can_be_weakly_referenced() -> None:
    @get("/", sync_to_thread=False)
    def index() -> None: ...

    assert weakref.ref(index)() is index


def test_the_app_names_its_default_connection_classes() -> None:
    from litestar.connection import WebSocket

    class MyRequest(Request[Any, Any, Any]):
        pass

    app = Litestar(openapi_config=None)
    assert app.request_class is Request
    assert app.websocket_class is WebSocket
    assert Litestar(request_class=MyRequest, openapi_config=None).request_class is MyRequest
    app.websocket_class = None  # type: ignore[assignment]
    assert app.websocket_class is WebSocket
