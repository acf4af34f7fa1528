"""Layered options: app -> router -> controller -> handler resolution order."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Controller, Litestar, Request, Response, Router, get, post
from litestar.datastructures import CacheControlHeader, Cookie, ETag, ResponseHeader
from litestar.di import Provide
from litestar.testing import TestClient


class Foo:
    def __init__(self, value: int) -> None:
        self.value = value


def _provide(value: str) -> Provide:
    return Provide(lambda: value, sync_to_thread=False)


def _layer_hooks(log: list[str], name: str) -> dict[str, Any]:
    def guard(connection: Any, handler: Any) -> None:
        log.append(f"guard {name}")

    def middleware(app: Any) -> Any:
        async def wrapped(scope: Any, receive: Any, send: Any) -> None:
            log.append(f"middleware {name}")
            await app(scope, receive, send)

        return wrapped

    return {"guards": [guard], "middleware": [middleware]}


class MyRequest(Request[Any, Any, Any]):
    pass


class MyResponse(Response[Any]):
    pass


def _build(log: list[str]) -> Litestar:
    async def after_request(response: Response[Any]) -> Response[Any]:
        response.headers["x-after"] = "controller"
        return response

    class Layered(Controller):
        path = "/c"
        guards = _layer_hooks(log, "controller")["guards"]
        middleware = _layer_hooks(log, "controller")["middleware"]
        dependencies = {"b": _provide("controller-b"), "c": _provide("controller-c")}
        response_headers = [
            ResponseHeader(name="x-layer", value="controller"),
            ResponseHeader(name="x-c", value="1"),
        ]
        response_cookies = [Cookie(key="layer", value="controller")]
        opt = {"layer": "controller", "controller": True}
        type_encoders = {Foo: lambda foo: f"controller:{foo.value}"}

        def before_request(request: Request[Any, Any, Any]) -> None:  # type: ignore[misc]
            log.append("before controller")

        @get(
            "/h",
            dependencies={"c": _provide("handler-c")},
            response_headers=[ResponseHeader(name="x-layer", value="handler")],
            opt={"layer": "handler"},
            **_layer_hooks(log, "handler"),
        )
        async def handler(self, request: Request[Any, Any, Any], a: str, b: str, c: str) -> dict[str, Any]:
            log.append(f"handler {type(request).__name__} {sorted(request.route_handler.opt.items())}")
            return {"a": a, "b": b, "c": c, "foo": Foo(1), "controller": type(self).__name__}

        @get("/plain")
        async def plain(self) -> Foo:
            return Foo(2)

    Layered.after_request = after_request  # type: ignore[assignment]
    router = Router(
        "/r",
        route_handlers=[Layered],
        dependencies={"a": _provide("router-a"), "b": _provide("router-b")},
        response_headers=[
            ResponseHeader(name="x-layer", value="router"),
            ResponseHeader(name="x-r", value="1"),
        ],
        response_cookies=[Cookie(key="layer", value="router"), Cookie(key="r", value="1")],
        opt={"layer": "router", "router": True},
        request_class=MyRequest,
        **_layer_hooks(log, "router"),
    )
    return Litestar(
        [router],
        dependencies={"a": _provide("app-a")},
        response_headers=[
            ResponseHeader(name="x-layer", value="app"),
            ResponseHeader(name="x-app", value="1"),
        ],
        opt={"layer": "app", "app": True},
        type_encoders={Foo: lambda foo: f"app:{foo.value}"},
        response_class=MyResponse,
        **_layer_hooks(log, "app"),
    )


def test_layers_resolve_from_app_to_handler() -> None:
    log: list[str] = []
    with TestClient(_build(log)) as client:
        response = client.get("/r/c/h")
    assert response.json() == {
        "a": "router-a",
        "b": "controller-b",
        "c": "handler-c",
        "foo": "controller:1",
        "controller": "Layered",
    }
    assert response.headers["x-layer"] == "handler"
    assert (response.headers["x-app"], response.headers["x-r"], response.headers["x-c"]) == ("1", "1", "1")
    assert response.headers["x-after"] == "controller"
    assert response.cookies["layer"] == "controller"
    assert response.cookies["r"] == "1"
    assert log == [
        "middleware app",
        "middleware router",
        "middleware controller",
        "middleware handler",
        "guard app",
        "guard router",
        "guard controller",
        "guard handler",
        "before controller",
        "handler MyRequest [('app', True), ('controller', True), ('layer', 'handler'), ('router', True)]",
    ]


def test_handler_resolution_methods() -> None:
    app = _build([])
    handler = app.route_handler_method_map["/r/c/h"]["GET"]
    layers = handler.ownership_layers
    assert layers[0] is app
    assert layers[-1] is handler
    assert [type(layer).__name__ for layer in layers] == ["Litestar", "Router", "Layered", "get"]
    assert handler.app is app
    assert [g.__qualname__.split(".")[0] for g in handler.resolve_guards()] == ["_layer_hooks"] * 4
    assert len(handler.resolve_middleware()) == 4
    assert sorted(handler.resolve_dependencies()) == ["a", "b", "c"]
    assert handler.dependency_name_set == {"a", "b", "c"}
    assert handler.resolve_request_class() is MyRequest
    assert handler.resolve_response_class() is MyResponse
    assert {h.name: h.value for h in handler.resolve_response_headers()}["x-layer"] == "handler"
    assert {c.key: c.value for c in handler.resolve_response_cookies()} == {"layer": "controller", "r": "1"}
    assert handler.resolve_type_encoders()[Foo](Foo(3)) == "controller:3"
    assert handler.default_serializer(Foo(4)) == "controller:4"
    assert handler.resolve_include_in_schema() is True
    assert handler.resolve_tags() == []
    assert handler.resolve_security() == []
    assert handler.resolve_data_dto() is None
    assert handler.resolve_return_dto() is None
    assert handler.signature_model is not None
    assert handler.parsed_return_field is not None
    assert handler.parsed_data_field is None


def test_response_class_applies_to_plain_return_values() -> None:
    seen: list[type] = []

    class Recording(Response[Any]):
        def to_asgi_response(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(type(self))
            return super().to_asgi_response(*args, **kwargs)

    @get("/")
    async def index() -> dict[str, int]:
        return {"a": 1}

    with TestClient(Litestar([Router("/", route_handlers=[index], response_class=Recording)])) as client:
        assert client.get("/").json() == {"a": 1}
    assert seen == [Recording]


def test_cache_control_and_etag_headers_from_layers() -> None:
    @get("/", etag=ETag(value="abc"))
    async def index() -> str:
        return "x"

    app = Litestar([Router("/", route_handlers=[index], cache_control=CacheControlHeader(max_age=10))])
    with TestClient(app) as client:
        response = client.get("/")
    assert response.headers["cache-control"] == "max-age=10"
    assert response.headers["etag"] == '"abc"'


def test_mapping_headers_and_cookies_on_a_layer() -> None:
    @get("/", response_headers={"x-h": "handler"}, response_cookies={"k": "handler"})
    async def index() -> str:
        return "x"

    app = Litestar([index], response_headers={"x-h": "app", "x-a": "app"}, response_cookies={"k": "app"})
    with TestClient(app) as client:
        response = client.get("/")
    assert (response.headers["x-h"], response.headers["x-a"]) == ("handler", "app")
    assert response.cookies["k"] == "handler"


def test_layered_cookies_override_only_an_equal_key_path_and_domain() -> None:
    @get("/", response_cookies=[Cookie(key="k", value="handler")])
    async def index() -> str:
        return "x"

    app = Litestar(
        [index], response_cookies=[Cookie(key="k", value="app", path="/admin"), Cookie(key="k", value="root")]
    )
    with TestClient(app) as client:
        response = client.get("/")
    assert sorted(response.headers.get_list("set-cookie")) == [
        "k=app; Path=/admin; SameSite=lax",
        "k=handler; Path=/; SameSite=lax",
    ]


@pytest.mark.parametrize(
    ("app_limit", "router_limit", "handler_limit", "status"),
    [
        (10, None, None, 413),
        (10, 1000, None, 201),
        (1000, 10, None, 413),
        (10, 10, 1000, 201),
        (None, None, None, 201),
    ],
)
def test_request_max_body_size_innermost_wins(
    app_limit: int | None, router_limit: int | None, handler_limit: int | None, status: int
) -> None:
    from litestar.types.empty import Empty

    @post("/", request_max_body_size=handler_limit if handler_limit is not None else Empty)
    async def upload(request: Request[Any, Any, Any]) -> int:
        return len(await request.body())

    router = Router("/", route_handlers=[upload], request_max_body_size=router_limit or Empty)
    with TestClient(Litestar([router], request_max_body_size=app_limit)) as client:
        assert client.post("/", content=b"x" * 100).status_code == status


def test_hooks_before_and_after_response_on_router() -> None:
    log: list[str] = []

    async def before(request: Request[Any, Any, Any]) -> Any:
        if request.query_params.get("short"):
            return {"short": True}
        log.append("before")
        return None

    def after_response(request: Request[Any, Any, Any]) -> None:
        log.append("after_response")

    @get("/")
    async def index() -> dict[str, bool]:
        log.append("handler")
        return {"short": False}

    app = Litestar(
        [Router("/", route_handlers=[index], before_request=before, after_response=after_response)]
    )
    with TestClient(app) as client:
        assert client.get("/").json() == {"short": False}
        assert client.get("/?short=1").json() == {"short": True}
    assert log == ["before", "handler", "after_response", "after_response"]


def test_signature_namespace_and_types_on_layers() -> None:
    class Model:
        pass

    router = Router("/", route_handlers=[], signature_types=[Model], signature_namespace={"Alias": int})
    assert router.signature_namespace == {"Alias": int, "Model": Model}


def test_layers_keep_their_hooks_as_async_callables_that_handlers_resolve_as_they_are() -> None:
    """As 2.17: integrations (litestar-mcp) tell an app-level hook apart by identity."""
    from litestar.utils.sync import AsyncCallable

    def before(request: Any) -> None:
        return None

    @get("/x", sync_to_thread=False, after_request=lambda response: response)
    def handler() -> int:
        return 1

    app = Litestar([handler], before_request=before, openapi_config=None)
    registered = app.route_handler_method_map["/x"]["GET"]
    assert isinstance(app.before_request, AsyncCallable)
    assert isinstance(handler.after_request, AsyncCallable)
    assert registered.resolve_before_request() is app.before_request
    assert registered.resolve_after_request() is handler.after_request
