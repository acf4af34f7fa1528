"""Controllers: path, bound methods, inheritance, as_router and registration errors."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, Router, get, post
from litestar.testing import TestClient


class Base(Controller):
    path = "/base"
    greeting = "hello"

    @get("/")
    async def index(self) -> str:
        return f"{self.greeting} from {type(self).__name__}"

    @get("/shared", sync_to_thread=False)
    def shared(self) -> str:
        return "base shared"


class Child(Base):
    path = "/child/"
    greeting = "hi"

    @get("/shared", sync_to_thread=False)
    def shared(self) -> str:
        return "child shared"

    @post("/{item_id:int}")
    async def create(self, item_id: int) -> dict[str, Any]:
        return {"id": item_id, "owner": type(self.owner).__name__}


def test_methods_are_bound_to_the_instance_and_inherited() -> None:
    with TestClient(Litestar([Base, Child])) as client:
        assert client.get("/base").text == "hello from Base"
        assert client.get("/base/shared").text == "base shared"
        assert client.get("/child").text == "hi from Child"
        assert client.get("/child/shared").text == "child shared"
        assert client.post("/child/5").json() == {"id": 5, "owner": "Litestar"}


def test_controller_below_a_router() -> None:
    with TestClient(Litestar([Router("/api", route_handlers=[Child])])) as client:
        assert client.get("/api/child").text == "hi from Child"
        assert client.post("/api/child/1").json() == {"id": 1, "owner": "Router"}


def test_controller_with_root_path_and_signature_types() -> None:
    class Model:
        pass

    class Root(Controller):
        path = "/"
        signature_types = [Model]

        @get("/x")
        async def x(self) -> str:
            return "x"

    controller = Root(owner=Router("/", route_handlers=[]))
    assert controller.path == ""
    assert controller.signature_namespace == {"Model": Model}
    with TestClient(Litestar([Root])) as client:
        assert client.get("/x").text == "x"


def test_get_route_handlers_copies_and_prefixes() -> None:
    controller = Child(owner=Router("/", route_handlers=[]))
    handlers = controller.get_route_handlers()
    assert sorted(p for h in handlers for p in h.paths) == ["/child", "/child/shared", "/child/{item_id:int}"]
    assert all(h.owner is controller for h in handlers)
    assert Child.index.owner is None


def test_as_router() -> None:
    router = Child(owner=Router("/", route_handlers=[])).as_router()
    assert sorted(route.path for route in router.routes) == [
        "/child",
        "/child/shared",
        "/child/{item_id:int}",
    ]


def test_controller_hooks_defined_as_functions_are_not_bound() -> None:
    calls: list[Any] = []

    async def after_response(request: Any) -> None:
        calls.append(type(request).__name__)

    class Hooked(Controller):
        path = "/h"

        @get()
        async def index(self) -> str:
            return "ok"

    Hooked.after_response = after_response  # type: ignore[assignment]
    with TestClient(Litestar([Hooked])) as client:
        assert client.get("/h").text == "ok"
    assert calls == ["Request"]
