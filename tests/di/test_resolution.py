"""Dependency resolution through the app: kinds of providers, cleanup, layering, errors."""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import Any, Optional

import pytest
from litestar import Controller, Litestar, Request, Router, get, post
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import ImproperlyConfiguredException, LitestarWarning
from litestar.params import Dependency, Parameter
from litestar.testing import create_test_client


def _plain(value: Any) -> Provide:
    return Provide(lambda: value, sync_to_thread=False)


def test_sync_async_and_thread_providers() -> None:
    def in_thread() -> int:
        return threading.get_ident()

    async def async_value() -> str:
        return "async"

    @get(
        "/",
        dependencies={
            "a": Provide(async_value),
            "t": Provide(in_thread, sync_to_thread=True),
            "s": Provide(in_thread, sync_to_thread=False),
        },
    )
    async def handler(a: str, t: int, s: int) -> dict[str, Any]:
        here = threading.get_ident()
        return {"a": a, "t": t == here, "s": s == here}

    with create_test_client([handler]) as client:
        assert client.get("/").json() == {"a": "async", "t": False, "s": True}


def test_class_provider_receives_query_parameter() -> None:
    class Service:
        def __init__(self, q: int) -> None:
            self.q = q

    @get("/", dependencies={"svc": Provide(Service, sync_to_thread=False)})
    async def handler(svc: Service) -> dict[str, int]:
        return {"q": svc.q}

    with create_test_client([handler], signature_namespace={"Service": Service}) as client:
        assert client.get("/?q=3").json() == {"q": 3}
        bad = client.get("/?q=x")
        assert bad.status_code == 400
        assert bad.json()["extra"] == [
            {"message": "Expected `int`, got `str`", "key": "q", "source": "query"}
        ]
        assert client.get("/").json()["detail"] == "Missing required query parameter 'q' for path /"


def test_plain_async_callable_as_provider() -> None:
    async def seven() -> int:
        return 7

    @get("/", dependencies={"p": seven})
    async def handler(p: int) -> int:
        return p

    with create_test_client([handler]) as client:
        assert client.get("/").text == "7"


def test_plain_sync_callable_as_provider_warns() -> None:
    def seven() -> int:
        return 7

    @get("/", dependencies={"p": seven})
    async def handler(p: int) -> int:
        return p

    with pytest.warns(LitestarWarning):
        client = create_test_client([handler])
    with client:
        assert client.get("/").text == "7"


LOG: list[str] = []


def _generator(name: str) -> Any:
    def provider() -> Generator[str, None, None]:
        LOG.append(f"{name}-start")
        try:
            yield name
        except ValueError as exc:
            LOG.append(f"{name}-caught:{exc}")
            raise
        finally:
            LOG.append(f"{name}-end")

    return provider


def _async_generator(name: str) -> Any:
    async def provider() -> AsyncGenerator[str, None]:
        LOG.append(f"{name}-start")
        try:
            yield name
        except ValueError as exc:
            LOG.append(f"{name}-caught:{exc}")
            raise
        finally:
            LOG.append(f"{name}-end")

    return provider


GENERATORS = {"a": Provide(_generator("a")), "b": Provide(_async_generator("b"))}


def test_generator_cleanup_runs_after_response_in_reverse_order() -> None:
    @get("/", dependencies=GENERATORS)
    async def handler(a: str, b: str) -> dict[str, Any]:
        return {"a": a, "b": b, "log": list(LOG)}

    LOG.clear()
    with create_test_client([handler]) as client:
        response = client.get("/")
    assert response.json() == {"a": "a", "b": "b", "log": ["a-start", "b-start"]}
    assert LOG == ["a-start", "b-start", "b-end", "a-end"]


def test_handler_exception_is_thrown_into_generators_in_resolution_order() -> None:
    @get("/", dependencies=GENERATORS)
    async def handler(a: str, b: str) -> None:
        raise ValueError("boom")

    LOG.clear()
    with create_test_client([handler]) as client:
        assert client.get("/").status_code == 500
    assert LOG == ["a-start", "b-start", "a-caught:boom", "a-end", "b-caught:boom", "b-end"]


def test_generator_may_swallow_the_exception_and_the_error_response_is_still_sent() -> None:
    def swallow() -> Generator[str, None, None]:
        try:
            yield "s"
        except ValueError:
            LOG.append("swallowed")

    @get("/", dependencies={"s": Provide(swallow)})
    async def handler(s: str) -> None:
        raise ValueError("x")

    LOG.clear()
    with create_test_client([handler]) as client:
        assert client.get("/").status_code == 500
    assert LOG == ["swallowed"]


def test_generator_yielding_twice_is_tolerated() -> None:
    def twice() -> Generator[str, None, None]:
        yield "1"
        yield "2"

    async def atwice() -> AsyncGenerator[str, None]:
        yield "3"
        yield "4"

    @get("/", dependencies={"t": Provide(twice), "u": Provide(atwice)})
    async def handler(t: str, u: str) -> str:
        return t + u

    with create_test_client([handler]) as client:
        response = client.get("/")
    assert response.status_code == 200
    assert response.text == "13"


def test_generator_cleanup_error_is_raised_after_response() -> None:
    def broken() -> Generator[str, None, None]:
        yield "v"
        raise RuntimeError("cleanup failed")

    @get("/", dependencies={"v": Provide(broken)})
    async def handler(v: str) -> str:
        return v

    with create_test_client([handler], raise_server_exceptions=False) as client:
        assert client.get("/").status_code == 500


def test_provider_error_closes_started_generators_last_first_without_throwing_in() -> None:
    async def failing(a: str, b: str) -> str:
        raise ValueError("provider failed")

    @get("/", dependencies={**GENERATORS, "f": Provide(failing)})
    async def handler(f: str) -> str:
        return f

    LOG.clear()
    with create_test_client([handler], raise_server_exceptions=False) as client:
        assert client.get("/").status_code == 500
    # GeneratorExit, not the ValueError: the generators never see "caught".
    assert LOG == ["a-start", "b-start", "b-end", "a-end"]


def test_unannotated_provider_parameter_is_a_startup_error() -> None:
    def provider(name) -> str:  # type: ignore[no-untyped-def]
        return str(name)

    class Service:
        def __init__(self, size=3) -> None:  # type: ignore[no-untyped-def]
            self.size = size

    for provide in (Provide(provider, sync_to_thread=False), Provide(Service, sync_to_thread=False)):

        @get("/{name:str}", dependencies={"dep": provide})
        async def handler(dep: Any) -> None:
            return None

        with pytest.raises(ImproperlyConfiguredException, match="does not have a type annotation"):
            Litestar([handler])


def test_use_cache_computes_once_per_app() -> None:
    calls: list[int] = []

    def counted() -> int:
        calls.append(1)
        return len(calls)

    @get("/cached", dependencies={"n": Provide(counted, use_cache=True, sync_to_thread=False)})
    async def cached(n: int) -> int:
        return n

    @get("/fresh", dependencies={"n": Provide(counted, sync_to_thread=False)})
    async def fresh(n: int) -> int:
        return n

    with create_test_client([cached, fresh]) as client:
        assert [client.get("/cached").text for _ in range(3)] == ["1", "1", "1"]
        assert [client.get("/fresh").text for _ in range(2)] == ["2", "3"]


def test_dependencies_depend_on_dependencies_params_and_reserved_kwargs() -> None:
    def base(item_id: int, q: int, h: str = Parameter(header="x-h"), c: str = Parameter(cookie="c")) -> dict:
        return {"item_id": item_id, "q": q, "h": h, "c": c}

    def reserved(
        request: Request, state: State, headers: dict, cookies: dict, query: dict, scope: dict
    ) -> dict:
        return {
            "path": request.url.path,
            "st": state.x,
            "h": headers.get("x-h"),
            "c": cookies.get("c"),
            "q": dict(query),
            "t": scope["type"],
        }

    async def combined(base: dict, reserved: dict) -> dict:
        return {"base": base, "reserved": reserved}

    @get(
        "/items/{item_id:int}",
        dependencies={
            "base": Provide(base, sync_to_thread=False),
            "reserved": Provide(reserved, sync_to_thread=False),
            "combined": Provide(combined),
        },
    )
    async def handler(combined: dict) -> dict:
        return combined

    with create_test_client([handler], state=State({"x": 1})) as client:
        client.cookies.set("c", "cv")
        response = client.get("/items/3?q=4", headers={"x-h": "hv"})
        assert response.json() == {
            "base": {"item_id": 3, "q": 4, "h": "hv", "c": "cv"},
            "reserved": {"path": "/items/3", "st": 1, "h": "hv", "c": "cv", "q": {"q": "4"}, "t": "http"},
        }
        missing = client.get("/items/3?q=4", headers={"cookie": "c=cv"})
        assert missing.status_code == 400
        assert missing.json()["detail"] == "Missing required header parameter 'x-h' for path /items/3?q=4"


def test_layered_dependencies_inner_layer_wins() -> None:
    class Ctrl(Controller):
        path = "/c"
        dependencies = {"x": _plain("ctrl-x"), "y": _plain("ctrl-y")}

        @get("/", dependencies={"y": _plain("handler-y")})
        async def handler(self, x: str, y: str, z: str, w: str) -> dict[str, str]:
            return {"x": x, "y": y, "z": z, "w": w}

    router = Router(
        "/r", route_handlers=[Ctrl], dependencies={"x": _plain("router-x"), "z": _plain("router-z")}
    )
    app = Litestar([router], dependencies={"z": _plain("app-z"), "w": _plain("app-w")})
    from litestar.testing import TestClient

    with TestClient(app) as client:
        assert client.get("/r/c").json() == {"x": "ctrl-x", "y": "handler-y", "z": "router-z", "w": "app-w"}


def test_same_provide_under_two_keys_is_an_error() -> None:
    provide = Provide(lambda: 1, sync_to_thread=False)

    @get("/", dependencies={"a": provide, "b": provide})
    async def handler(a: int, b: int) -> None:
        return None

    with pytest.raises(
        ImproperlyConfiguredException, match="Provider for key b is already defined under the different key a"
    ):
        Litestar([handler])


def test_dependency_default_without_provider() -> None:
    @get("/")
    async def handler(x: int = Dependency(default=5), y: Optional[int] = Dependency(default=None)) -> dict:
        return {"x": x, "y": y}

    with create_test_client([handler]) as client:
        assert client.get("/").json() == {"x": 5, "y": None}


def test_dependency_provider_overrides_default() -> None:
    @get("/", dependencies={"x": _plain(9)})
    async def handler(x: int = Dependency(default=5)) -> int:
        return x

    with create_test_client([handler]) as client:
        assert client.get("/").text == "9"


def test_dependency_without_default_or_provider_is_a_startup_error() -> None:
    @get("/")
    async def handler(x: int = Dependency()) -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException, match="'x'"):
        Litestar([handler])


def test_dependency_cycle_is_a_startup_error() -> None:
    def first(second: int) -> int:
        return second

    def second(first: int) -> int:
        return first

    @get(
        "/",
        dependencies={
            "first": Provide(first, sync_to_thread=False),
            "second": Provide(second, sync_to_thread=False),
        },
    )
    async def handler(first: int) -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException, match="circular"):
        Litestar([handler])


def test_reserved_name_as_dependency_is_a_startup_error() -> None:
    @get("/", dependencies={"state": _plain(1)})
    async def handler(state: Any) -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException, match="reserved"):
        Litestar([handler])


def test_dependency_value_is_coerced_to_the_consumer_annotation() -> None:
    @dataclass
    class Point:
        x: int

    def chain(v: int) -> dict:
        return {"inner": v, "type": type(v).__name__}

    @get("/int", dependencies={"v": _plain("5")})
    async def as_int(v: int) -> dict:
        return {"v": v, "type": type(v).__name__}

    @get("/chain", dependencies={"v": _plain("5"), "w": Provide(chain, sync_to_thread=False)})
    async def chained(w: Any) -> Any:
        return w

    @get("/point", dependencies={"p": _plain({"x": 1})})
    async def point(p: Point) -> str:
        return repr(p)

    @get("/any", dependencies={"v": _plain("5")})
    async def any_value(v: Any) -> Any:
        return {"v": v}

    @get("/none", dependencies={"v": _plain(None)})
    async def none_value(v: Optional[int]) -> Any:
        return {"v": v}

    with create_test_client(
        [as_int, chained, point, any_value, none_value], signature_namespace={"Point": Point}
    ) as client:
        assert client.get("/int").json() == {"v": 5, "type": "int"}
        assert client.get("/chain").json() == {"inner": 5, "type": "int"}
        assert client.get("/point").text.endswith("Point(x=1)")
        assert client.get("/any").json() == {"v": "5"}
        assert client.get("/none").json() == {"v": None}


def test_dependency_value_of_wrong_type_is_a_server_error() -> None:
    @get("/handler", dependencies={"v": _plain("notint")})
    async def handler(v: int) -> Any:
        return v

    def chain(v: int) -> int:
        return v

    @get("/chain", dependencies={"v": _plain("notint"), "w": Provide(chain, sync_to_thread=False)})
    async def chained(w: Any) -> Any:
        return w

    @get("/none", dependencies={"v": _plain(None)})
    async def none_value(v: int) -> Any:
        return v

    @get("/skip", dependencies={"v": _plain("notint")})
    async def skipped(v: int = Dependency(skip_validation=True)) -> Any:
        return {"v": v}

    with create_test_client([handler, chained, none_value, skipped]) as client:
        for path in ("/handler", "/chain", "/none"):
            response = client.get(path)
            assert response.status_code == 500
        assert client.get("/skip").json() == {"v": "notint"}


def test_dependencies_on_post_with_body_and_cleanup() -> None:
    LOG.clear()

    @post("/", dependencies={"a": Provide(_generator("a"))})
    async def handler(a: str, data: dict) -> dict:
        return {"a": a, **data}

    with create_test_client([handler]) as client:
        assert client.post("/", json={"k": 1}).json() == {"a": "a", "k": 1}
    assert LOG == ["a-start", "a-end"]
