"""route_reverse, handler index, method maps and views, Litestar.from_scope."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from litestar import Controller, Litestar, Request, Router, get, post
from litestar.exceptions import NoRouteMatchFoundException
from litestar.handlers import asgi
from litestar.testing import TestClient
from litestar.types import Receive, Scope, Send


@get("/items/{item_id:int}", name="item")
async def item(item_id: int) -> int:
    return item_id


@get(["/greet", "/greet/{who:str}"], name="greet")
async def greet(who: str = "world") -> str:
    return who


@get("/files/{file_path:path}", name="file")
async def file(file_path: Path) -> str:
    return str(file_path)


@get("/users/{user_id:uuid}/{slug:str}", name="user")
async def user(user_id: uuid.UUID, slug: str) -> str:
    return slug


@post("/unnamed")
async def unnamed() -> None:
    return None


@pytest.fixture
def app() -> Litestar:
    return Litestar([item, greet, file, user, unnamed], openapi_config=None)


def test_route_reverse_builds_paths(app: Litestar) -> None:
    assert app.route_reverse("item", item_id=3) == "/items/3"
    assert app.route_reverse("greet") == "/greet"
    assert app.route_reverse("greet", who="you") == "/greet/you"
    assert app.route_reverse("file", file_path="/a/b.txt") == "/files/a/b.txt"
    uid = uuid.UUID(int=1)
    assert app.route_reverse("user", user_id=uid, slug="s") == f"/users/{uid}/s"


@pytest.mark.parametrize("value", ["3", 3.0])
def test_route_reverse_checks_parameter_types(app: Litestar, value: Any) -> None:
    with pytest.raises(NoRouteMatchFoundException, match="doesn't match declared type"):
        app.route_reverse("item", item_id=value)


def test_remembered_reversals_keep_values_of_other_types_apart(app: Litestar) -> None:
    """``1``, ``True`` and ``1.0`` are equal keys, but only ``1`` is a remembered int."""
    for _ in range(2):
        assert app.route_reverse("item", item_id=1) == "/items/1"
        assert app.route_reverse("item", item_id=True) == "/items/True"
        with pytest.raises(NoRouteMatchFoundException, match="doesn't match declared type"):
            app.route_reverse("item", item_id=1.0)
        assert app.route_reverse("greet", who="1") == "/greet/1"
        with pytest.raises(NoRouteMatchFoundException, match="doesn't match declared type"):
            app.route_reverse("item", item_id="1")


def test_remembered_reversals_stay_bounded(app: Litestar) -> None:
    from litestar._routing import _reverse

    for item_id in range(_reverse._MEMO_SIZE + 10):
        assert app.route_reverse("item", item_id=item_id) == f"/items/{item_id}"
    assert 0 < len(_reverse._memo) <= _reverse._MEMO_SIZE


def test_a_path_added_to_a_name_later_is_used(app: Litestar) -> None:
    """Results are remembered per set of paths, so registering more paths is seen."""
    assert app.route_reverse("greet", who="x") == "/greet/x"
    router = Router("/v2", route_handlers=[greet])
    app.register(router)
    assert app.route_reverse("greet", who="x") == "/v2/greet/x"


def test_route_reverse_type_error_message_matches_reference(app: Litestar) -> None:
    with pytest.raises(NoRouteMatchFoundException) as info:
        app.route_reverse("item", item_id="3")
    assert (
        info.value.detail
        == "Received type for path parameter item_id doesn't match declared type <class 'int'>"
    )


def test_route_reverse_unknown_name_or_missing_parameters(app: Litestar) -> None:
    with pytest.raises(NoRouteMatchFoundException, match="Route nope can not be found"):
        app.route_reverse("nope")
    with pytest.raises(NoRouteMatchFoundException, match="Route user can not be found"):
        app.route_reverse("user", slug="only")


def test_url_for_from_a_request() -> None:
    @get("/here")
    async def here(request: Request[Any, Any, Any]) -> str:
        return request.url_for("item", item_id=5)

    with TestClient(Litestar([here, item])) as client:
        assert client.get("/here").text == "http://testserver.local/items/5"


def test_handler_index(app: Litestar) -> None:
    entry = app.get_handler_index_by_name("greet")
    assert entry is not None
    assert entry["paths"] == ["/greet", "/greet/{who:str}"]
    assert entry["identifier"] == "greet"
    assert entry["handler"].fn is greet.fn
    assert app.get_handler_index_by_name("missing") is None


def test_unnamed_handler_is_indexed_by_its_module_qualified_name(app: Litestar) -> None:
    name = f"{__name__}.unnamed"
    entry = app.get_handler_index_by_name(name)
    assert entry is not None
    assert entry["identifier"] == name
    assert app.route_reverse(name) == "/unnamed"


def test_route_handler_method_map(app: Litestar) -> None:
    method_map = app.route_handler_method_map
    assert sorted(method_map) == [
        "/files/{file_path:path}",
        "/greet",
        "/greet/{who:str}",
        "/items/{item_id:int}",
        "/unnamed",
        "/users/{user_id:uuid}/{slug:str}",
    ]
    assert method_map["/unnamed"]["POST"].fn is unnamed.fn


def test_route_handler_method_view(app: Litestar) -> None:
    view = app.route_handler_method_view
    assert view["greet"] == ["/greet", "/greet/{who:str}"]
    assert view["unnamed"] == ["/unnamed"]


def test_get_route_handler_map_for_every_kind() -> None:
    @asgi("/a", copy_scope=True)
    async def plain(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    app = Litestar([item, plain])
    routes = {route.path: route for route in app.routes}
    assert list(Router.get_route_handler_map(routes["/a"])) == ["asgi"]
    assert list(Router.get_route_handler_map(routes["/items/{item_id:int}"])) == ["GET"]
    assert Router.get_route_handler_map(item) == {"GET": item}
    assert Router.get_route_handler_map(plain) == {"asgi": plain}
    assert app.route_handler_method_map["/a"]["asgi"].fn is plain.fn
    with pytest.raises(Exception, match="Cannot build a handler map"):
        Router.get_route_handler_map(object())


def test_from_scope_returns_the_serving_app() -> None:
    apps: list[Any] = []

    @get("/")
    async def index(request: Request[Any, Any, Any]) -> None:
        apps.append(Litestar.from_scope(request.scope))

    app = Litestar([index])
    with TestClient(app) as client:
        client.get("/")
    assert apps == [app]


def test_one_router_registered_on_two_apps() -> None:
    class Items(Controller):
        path = "/c"

        @get("/")
        async def index(self, request: Request[Any, Any, Any]) -> Any:
            return request.app.opt["name"]

    @get("/h")
    async def handler(request: Request[Any, Any, Any]) -> Any:
        return request.app.opt["name"]

    router = Router("/r", route_handlers=[handler, Router("/in", route_handlers=[Items])])
    first = Litestar([router], opt={"name": "first"}, path="/one")
    second = Litestar([router], opt={"name": "second"})
    with TestClient(first) as client:
        assert client.get("/one/r/h").text == "first"
        assert client.get("/one/r/in/c").text == "first"
    with TestClient(second) as client:
        assert client.get("/r/h").text == "second"
        assert client.get("/r/in/c").text == "second"
        assert client.get("/one/r/h").status_code == 404


def test_route_handler_method_map_lists_the_automatic_options_handler() -> None:
    """Like the reference, every HTTP path lists its automatic OPTIONS handler."""
    from litestar import post

    @get("/both")
    async def read() -> None:
        return None

    @post("/both")
    async def write() -> None:
        return None

    method_map = Litestar([read, write]).route_handler_method_map
    assert sorted(method_map["/both"]) == ["GET", "OPTIONS", "POST"]
