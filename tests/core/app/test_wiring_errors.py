"""Wiring errors: every problem of every handler is reported at construction, at once."""

from __future__ import annotations

import re
from typing import Any

import pytest
from litestar import Controller, Litestar, Router, get, post
from litestar.di import Provide
from litestar.exceptions import ImproperlyConfiguredException
from litestar.params import Dependency


@get("/no-return")
async def no_return():  # type: ignore[no-untyped-def]
    return 1


@get("/bad/{value:nope}")
async def unknown_type(value: int) -> int:
    return value


@get("/dep", sync_to_thread=False)
def missing_provider(thing: int = Dependency()) -> int:
    return thing


@get("/unannotated", sync_to_thread=False)
def unannotated(q) -> int:  # type: ignore[no-untyped-def]
    return 1


async def provide_id() -> int:
    return 1


@get("/items/{item_id:int}", dependencies={"item_id": Provide(provide_id)})
async def clash(item_id: int) -> int:
    return item_id


def _lines(exc: ImproperlyConfiguredException) -> list[str]:
    return str(exc.detail).splitlines()


def test_all_errors_are_reported_in_one_exception() -> None:
    with pytest.raises(ImproperlyConfiguredException) as info:
        Litestar([no_return, unknown_type, missing_provider, unannotated, clash])
    lines = _lines(info.value)
    assert lines[0] == "5 configuration error(s):"
    assert len(lines) == 6
    file = re.escape(__file__)
    expected = [
        rf"no_return \({file}:\d+\): a route handler must annotate its return type\..*'-> None'",
        rf"unknown_type \({file}:\d+\): .*unknown type 'nope'; use one of: str, int",
        rf"missing_provider \({file}:\d+\): dependency 'thing' has no provider\. Register one",
        rf"unannotated \({file}:\d+\): parameter 'q' does not have a type annotation.*'Any'",
        rf"clash \({file}:\d+\): 'item_id' is both a path parameter and a dependency; rename one",
    ]
    for line, pattern in zip(lines[1:], expected, strict=True):
        assert line.startswith("- ")
        assert re.search(pattern, line), (pattern, line)


def test_duplicate_route_names_both_handlers() -> None:
    @get("/same")
    async def first() -> None:
        return None

    @get("/same")
    async def second() -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException) as info:
        Litestar([first, second])
    message = str(info.value.detail)
    assert "Duplicate route: GET /same is served by both" in message
    assert "first (" in message
    assert "second (" in message


def test_duplicate_route_across_routers() -> None:
    @post("/x")
    async def first() -> None:
        return None

    @post("/r/x")
    async def second() -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException, match="Duplicate route: POST /r/x"):
        Litestar([second, Router("/r", route_handlers=[first])])


def test_duplicate_handler_names_are_rejected() -> None:
    @get("/a", name="same")
    async def first() -> None:
        return None

    @get("/b", name="same")
    async def second() -> None:
        return None

    with pytest.raises(
        ImproperlyConfiguredException, match=r"Handler name 'same' is used by both .*first.*second"
    ):
        Litestar([first, second])


def test_the_same_named_handler_on_two_paths_is_fine() -> None:
    @get("/a", name="shared")
    async def handler() -> None:
        return None

    app = Litestar([handler, Router("/r", route_handlers=[handler])])
    entry = app.get_handler_index_by_name("shared")
    assert entry is not None
    assert entry["paths"] == ["/a", "/r/a"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (lambda: 1, "'<lambda>' is not a route handler: decorate it with @get/@post/..."),
        (42, "Cannot register 42: expected a route handler, Controller or Router."),
    ],
)
def test_registering_something_else_is_an_error(value: Any, message: str) -> None:
    with pytest.raises(ImproperlyConfiguredException, match=re.escape(message)):
        Litestar([value])


def test_registering_a_controller_instance_is_an_error() -> None:
    class Items(Controller):
        @get()
        async def index(self) -> None:
            return None

    with pytest.raises(ImproperlyConfiguredException, match="Register the controller class Items"):
        Litestar([Items(owner=Router("/", route_handlers=[]))])


def test_empty_controller_is_an_error() -> None:
    class Empty(Controller):
        path = "/empty"

    with pytest.raises(ImproperlyConfiguredException, match=r"Controller .*Empty has no route handlers"):
        Litestar([Empty])


def test_router_cannot_register_itself() -> None:
    router = Router("/r", route_handlers=[])
    with pytest.raises(ImproperlyConfiguredException, match="cannot be registered on itself"):
        router.register(router)


def test_missing_return_annotation_error_on_register_after_construction() -> None:
    app = Litestar([])
    with pytest.raises(ImproperlyConfiguredException, match="must annotate its return type"):
        app.register(no_return)


def test_bad_path_template_names_the_handler() -> None:
    @get("/{broken")
    async def malformed() -> None:
        return None

    @get("/{a:int}/{a:int}")
    async def twice(a: int) -> None:
        return None

    @get("/{rest:path}/tail")
    async def not_last(rest: str) -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException) as info:
        Litestar([malformed, twice, not_last])
    lines = _lines(info.value)
    assert "malformed (" in lines[1]
    assert "is malformed: write it as '{name:type}'" in lines[1]
    assert "twice (" in lines[2]
    assert "Path parameter 'a' appears twice" in lines[2]
    assert "not_last (" in lines[3]
    assert "must be the last segment" in lines[3]


def test_provider_registered_under_two_keys_is_an_error() -> None:
    provider = Provide(provide_id)

    @get("/p", dependencies={"other": provider})
    async def handler(other: int) -> int:
        return other

    with pytest.raises(ImproperlyConfiguredException, match="already defined under the different key"):
        Litestar([handler], dependencies={"first": provider})
