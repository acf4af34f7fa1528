"""Request dispatch: static and parameterised paths, methods, OPTIONS, slashes, root_path."""

from __future__ import annotations

import datetime
import decimal
import uuid
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, Request, Router, delete, get, post, put, route
from litestar.testing import TestClient


@get("/", sync_to_thread=False)
def root() -> str:
    return "root"


@get("/items")
async def items() -> list[int]:
    return [1]


@post("/items")
async def create_item() -> dict[str, int]:
    return {"id": 1}


@get("/items/{item_id:int}")
async def item(item_id: int) -> int:
    return item_id


@get("/items/special")
async def special() -> str:
    return "special"


@get("/files/{file_path:path}")
async def files(file_path: Path) -> str:
    return str(file_path)


@delete("/items/{item_id:int}")
async def delete_item(item_id: int) -> None:
    return None


@get("/where")
async def where(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return {
        "path": request.scope["path"],
        "root_path": request.scope.get("root_path"),
        "template": request.scope["path_template"],
    }


@pytest.fixture
def client() -> Any:
    app = Litestar([root, items, create_item, item, special, files, delete_item, where])
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("method", "path", "status", "body"),
    [
        ("GET", "/", 200, "root"),
        ("GET", "/items", 200, "[1]"),
        ("POST", "/items", 201, '{"id":1}'),
        ("GET", "/items/3", 200, "3"),
        ("GET", "/items/-3", 200, "-3"),
        ("GET", "/items/special", 200, "special"),
        ("GET", "/items/3/", 200, "3"),
        ("GET", "/items/", 200, "[1]"),
        ("GET", "/files/a/b.txt", 200, "/a/b.txt"),
        ("GET", "/files/a/b/", 200, "/a/b"),
        ("DELETE", "/items/3", 204, ""),
        ("GET", "/items/x", 404, '{"status_code":404,"detail":"Not Found"}'),
        ("GET", "/nothing", 404, '{"status_code":404,"detail":"Not Found"}'),
        ("GET", "/items/3/more", 404, '{"status_code":404,"detail":"Not Found"}'),
        ("PUT", "/items", 405, '{"status_code":405,"detail":"Method Not Allowed"}'),
    ],
)
def test_dispatch(client: Any, method: str, path: str, status: int, body: str) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert response.text == body


def test_405_lists_allowed_methods(client: Any) -> None:
    response = client.put("/items/3")
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, OPTIONS"


def test_automatic_options_lists_every_method(client: Any) -> None:
    response = client.options("/items")
    assert response.status_code == 204
    assert response.headers["allow"] == "GET, OPTIONS, POST"
    assert response.content == b""
    assert client.options("/items/4").headers["allow"] == "DELETE, GET, OPTIONS"


def test_explicit_options_handler_replaces_the_automatic_one() -> None:
    @route("/x", http_method=["OPTIONS"])
    async def options() -> str:
        return "custom"

    @get("/x")
    async def x() -> str:
        return "x"

    for handlers in ([options, x], [x, options]):
        with TestClient(Litestar(handlers)) as client:
            assert client.options("/x").text == "custom"


def test_scope_has_template_and_trailing_slash_is_removed(client: Any) -> None:
    assert client.get("/where/").json() == {"path": "/where", "root_path": "", "template": "/where"}


def test_root_path_is_stripped_before_matching() -> None:
    app = Litestar([where, item])
    with TestClient(app, root_path="/api") as client:
        assert client.get("/api/items/5").json() == 5
        assert client.get("/items/5").json() == 5
        assert client.get("/api/where").json()["root_path"] == "/api"


def test_route_with_several_methods() -> None:
    @route("/multi", http_method=["GET", "PUT"], sync_to_thread=False)
    def multi(request: Request[Any, Any, Any]) -> str:
        return request.method

    with TestClient(Litestar([multi])) as client:
        assert client.get("/multi").text == "GET"
        assert client.put("/multi").text == "PUT"
        assert client.post("/multi").headers["allow"] == "GET, OPTIONS, PUT"


def test_handler_with_several_paths() -> None:
    @get(["/a", "/a/{name:str}"])
    async def greet(name: str = "world") -> str:
        return f"hello {name}"

    with TestClient(Litestar([greet])) as client:
        assert client.get("/a").text == "hello world"
        assert client.get("/a/you").text == "hello you"


@pytest.mark.parametrize(
    ("type_name", "annotation", "raw", "expected"),
    [
        ("str", str, "abc", None),
        ("int", int, "42", 42),
        ("float", float, "1.5", 1.5),
        ("uuid", uuid.UUID, "12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-567812345678"),
        ("decimal", decimal.Decimal, "1.25", "1.25"),
        ("date", datetime.date, "2024-01-02", "2024-01-02"),
        ("datetime", datetime.datetime, "2024-01-02T03:04:05", "2024-01-02T03:04:05"),
        ("time", datetime.time, "03:04:05", "03:04:05"),
        ("timedelta", datetime.timedelta, "PT1M", "PT60S"),
    ],
)
def test_path_parameter_types(type_name: str, annotation: Any, raw: str, expected: Any) -> None:
    @get(f"/v/{{value:{type_name}}}", signature_namespace={"T": annotation})
    async def handler(value: Any) -> Any:
        assert isinstance(value, annotation)
        return value

    with TestClient(Litestar([handler])) as client:
        response = client.get(f"/v/{raw}")
        assert response.status_code == 200
        if expected is None:
            assert response.content == raw.encode()
        else:
            assert response.json() == expected
            assert client.get("/v/not-valid-value").status_code == 404


def test_parameterised_and_static_siblings_do_not_shadow_each_other() -> None:
    @get("/{a:int}/x")
    async def first(a: int) -> str:
        return f"first {a}"

    @get("/5/y")
    async def second() -> str:
        return "second"

    @get("/{name:str}/y/{rest:path}")
    async def third(name: str, rest: Path) -> str:
        return f"third {name} {rest}"

    with TestClient(Litestar([first, second, third])) as client:
        assert client.get("/5/x").text == "first 5"
        assert client.get("/5/y").text == "second"
        assert client.get("/6/y/q/r").text == "third 6 /q/r"


def test_router_root_and_nested_prefixes() -> None:
    @get("/")
    async def index() -> str:
        return "index"

    @put("/{x:int}")
    async def update(x: int) -> int:
        return x

    inner = Router("/inner/", route_handlers=[index, update])
    outer = Router("outer", route_handlers=[inner, index])
    slash = Router("/", route_handlers=[])
    assert slash.path == ""
    with TestClient(Litestar([outer])) as client:
        assert client.get("/outer").text == "index"
        assert client.get("/outer/inner").text == "index"
        assert client.get("/outer/inner/").text == "index"
        assert client.put("/outer/inner/3").text == "3"


def test_register_after_construction_serves_new_routes() -> None:
    app = Litestar([root])

    @get("/late")
    async def late() -> str:
        return "late"

    app.register(late)
    app.register(Router("/r", route_handlers=[late]))
    with TestClient(app) as client:
        assert client.get("/late").text == "late"
        assert client.get("/r/late").text == "late"
        assert client.options("/late").headers["allow"] == "GET, OPTIONS"


def test_scope_path_template_names_parameters_without_their_types() -> None:
    """``scope["path_template"]`` is the route path with ``{name}`` placeholders, as the reference."""

    from litestar import Litestar, get
    from litestar.testing import TestClient

    @get("/url/{item_id:int}/{slug:str}")
    async def templated(scope: Any) -> str:
        return str(scope["path_template"])

    with TestClient(Litestar([templated])) as client:
        assert client.get("/url/3/x").text == "/url/{item_id}/{slug}"
