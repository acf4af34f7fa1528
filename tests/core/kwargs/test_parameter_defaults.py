"""Defaults of parameters, as the reference treats them.

``Body()`` on another parameter than ``data`` is a query parameter; mutable collections
are refused as defaults at startup; a layer's default completes a handler's own
``Parameter(...)`` that has none, and is validated like a received value.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

import pytest
from litestar import Litestar, Router, get, post, websocket
from litestar.di import Provide
from litestar.params import Body, Dependency, Parameter
from litestar.testing import create_test_client


@post("/plain")
async def body_as_query(q: int = Body()) -> Any:
    return {"q": q}


@post("/constrained")
async def body_constrained(q: int = Body(ge=3, default=5)) -> Any:
    return {"q": q}


@post("/optional")
async def body_optional(q: Optional[int] = Body()) -> Any:
    return {"q": q}


@post("/with-data")
async def body_with_data(data: Dict[str, int], q: int = Body()) -> Any:
    return {"q": q, "data": data}


BODY_HANDLERS = [body_as_query, body_constrained, body_optional, body_with_data]


def test_body_on_another_parameter_is_a_query_parameter() -> None:
    with create_test_client(BODY_HANDLERS) as client:
        assert client.post("/plain?q=1", json={"q": 7}).json() == {"q": 1}
        assert client.post("/plain?q=1&q=2").json() == {"q": 2}
        missing = client.post("/plain", json={"q": 7}, headers={"q": "9"})
        assert client.post("/constrained").json() == {"q": 5}
        assert client.post("/constrained?q=4").json() == {"q": 4}
        too_small = client.post("/constrained?q=1")
        assert client.post("/optional").json() == {"q": None}
        assert client.post("/with-data?q=1", json={"q": 7}).json() == {"q": 1, "data": {"q": 7}}
    assert missing.status_code == 400
    assert missing.json()["detail"] == "Missing required query parameter 'q' for path /plain"
    assert too_small.status_code == 400
    assert too_small.json()["extra"] == [{"message": "Expected `int` >= 3", "key": "q", "source": "query"}]


def _handler_with_default(default: Any) -> Any:
    @get("/")
    async def handler(q: List[int] = Parameter(default=default)) -> Any:
        return q

    return handler


@pytest.mark.parametrize("default", [[1], [], {"a": 1}, {}, {1}, bytearray(b"x")])
def test_mutable_parameter_default_fails_at_startup(default: Any) -> None:
    handler = _handler_with_default(default)  # defining the handler is fine
    with pytest.raises(TypeError, match=r"parameter 'q' has a mutable default .* Use an immutable value"):
        Litestar([handler])


def test_mutable_defaults_in_other_places_fail_at_startup() -> None:
    @get("/plain")
    async def plain(q: List[int] = [1]) -> None:  # noqa: B006
        return None

    @get("/header")
    async def header(q: List[int] = Parameter(header="x-q", default=[1])) -> None:
        return None

    @get("/dependency")
    async def dependency(q: List[int] = Dependency(default=[])) -> None:
        return None

    @post("/data")
    async def data(data: List[int] = Body(default=[1])) -> None:
        return None

    @websocket("/ws")
    async def socket_handler(socket: Any, q: List[int] = Parameter(default=[1])) -> None:
        return None

    def provider(q: List[int] = []) -> int:  # noqa: B006
        return 1

    @get("/provided", dependencies={"x": Provide(provider, sync_to_thread=False)})
    async def provided(x: int) -> None:
        return None

    @get("/layered")
    async def layered(q: List[int]) -> None:
        return None

    for handler in (plain, header, dependency, data, socket_handler, provided):
        with pytest.raises(TypeError, match="mutable default"):
            Litestar([handler])
    with pytest.raises(TypeError, match="mutable default"):
        Litestar([layered], parameters={"q": Parameter(default=[1])})


def test_immutable_and_empty_body_defaults_are_accepted() -> None:
    @get("/")
    async def handler(q: Tuple[int, ...] = Parameter(default=(1, 2))) -> Any:
        return {"q": list(q)}

    @post("/data")
    async def data(data: List[int] = []) -> Any:  # noqa: B006
        return {"data": data}

    @get("/headers")
    async def headers(headers: Dict[str, str] = {}) -> Any:  # noqa: B006
        return {"n": len(headers) > 0}

    with create_test_client([handler, data, headers]) as client:
        assert client.get("/").json() == {"q": [1, 2]}
        assert client.get("/?q=3").json() == {"q": [3]}
        assert client.post("/data", content=b"").json() == {"data": []}
        assert client.get("/headers").json() == {"n": True}


@get("/a")
async def own_plain(q: int = Parameter()) -> Any:
    return {"q": q}


@get("/b")
async def own_constrained(q: int = Parameter(ge=10)) -> Any:
    return {"q": q}


@get("/c")
async def own_alias(q: int = Parameter(query="z")) -> Any:
    return {"q": q}


@get("/d")
async def own_header(q: int = Parameter(header="x-q")) -> Any:
    return {"q": q}


@get("/e")
async def own_default(q: int = Parameter(default=3)) -> Any:
    return {"q": q}


@get("/f")
async def own_required(q: int = Parameter(required=True)) -> Any:
    return {"q": q}


@get("/g")
async def own_optional(q: Optional[int] = Parameter()) -> Any:
    return {"q": q}


@get("/h")
async def own_str(q: str = Parameter(), r: int = Parameter(le=1)) -> Any:
    return {"q": q, "r": r}


LAYER = {"q": Parameter(int, query="qq", default=5, ge=2), "r": Parameter(int, default=7)}
OWN = [own_plain, own_constrained, own_alias, own_header, own_default, own_required, own_optional, own_str]


@pytest.mark.parametrize(
    ("url", "headers", "expected"),
    [
        ("/a", {}, 5),
        ("/a?q=1", {}, 1),  # the layer's constraint (ge=2) does not apply
        ("/a?qq=7", {}, 5),  # nor its alias
        ("/c?q=7", {}, 5),
        ("/c?z=7", {}, 7),
        ("/d", {}, 5),
        ("/d", {"x-q": "8"}, 8),
        ("/e", {}, 3),  # the handler's own default wins
        ("/f", {}, 5),
        ("/g", {}, 5),
        ("/g?q=2", {}, 2),
    ],
)
def test_layer_default_completes_the_handler_parameter(
    url: str, headers: dict[str, str], expected: int
) -> None:
    with create_test_client(OWN, parameters=LAYER) as client:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"q": expected}


def test_layer_default_is_validated_against_the_handler_parameter() -> None:
    router = Router("/r", route_handlers=[own_constrained, own_str], parameters=LAYER)
    with create_test_client([router]) as client:
        below = client.get("/r/b")
        assert client.get("/r/b?q=12").json() == {"q": 12}
        both = client.get("/r/h")
        assert client.get("/r/h?q=x&r=0").json() == {"q": "x", "r": 0}
    assert below.status_code == 400
    assert below.json()["detail"] == "Validation failed for GET /r/b"
    assert below.json()["extra"] == [{"message": "Expected `int` >= 10", "key": "q", "source": "query"}]
    assert both.json()["extra"] == [
        {"message": "Expected `str`, got `int`", "key": "q", "source": "query"},
        {"message": "Expected `int` <= 1", "key": "r", "source": "query"},
    ]


@get("/h")
async def own_header_constrained(q: int = Parameter(header="x-q", ge=10)) -> Any:
    return {"q": q}


@get("/k")
async def own_cookie_constrained(q: int = Parameter(cookie="cq", ge=10)) -> Any:
    return {"q": q}


@get("/m")
async def mixed_sources(
    a: int = Parameter(ge=10), q: int = Parameter(cookie="cq", ge=10), z: int = Parameter(query="zz")
) -> Any:
    return {"a": a, "q": q, "z": z}


def test_invalid_layer_default_is_reported_for_each_source_in_signature_order() -> None:
    handlers = [own_header_constrained, own_cookie_constrained, mixed_sources]
    with create_test_client(
        handlers, parameters={"q": Parameter(int, default=5), "a": Parameter(int, default=1)}
    ) as client:
        header = client.get("/h").json()["extra"]
        cookie = client.get("/k").json()["extra"]
        assert client.get("/h", headers={"x-q": "11"}).json() == {"q": 11}
        missing = client.get("/m").json()["detail"]
        mixed = client.get("/m?zz=x").json()["extra"]
    assert header == [{"message": "Expected `int` >= 10", "key": "q", "source": "header"}]
    assert cookie == [{"message": "Expected `int` >= 10", "key": "q", "source": "cookie"}]
    assert missing == "Missing required query parameter 'zz' for path /m"
    assert mixed == [
        {"message": "Expected `int` >= 10", "key": "a", "source": "query"},
        {"message": "Expected `int` >= 10", "key": "q", "source": "cookie"},
        {"message": "Expected `int`, got `str`", "key": "z", "source": "query"},
    ]


@get("/int")
async def plain_int(p: int) -> Any:
    return {"p": p}


@get("/opt")
async def plain_optional(p: Optional[int]) -> Any:
    return {"p": p}


@get("/unused")
async def not_using_p() -> Any:
    return {"p": "unused"}


@pytest.mark.parametrize(
    ("layer", "url", "status", "body"),
    [
        # Untyped (Any) or optional layer types are never required, even with required=True:
        # the missing value is None, validated against the handler's annotation.
        (Parameter(query="q"), "/r/int", 400, {"message": "Expected `int`, got `null`", "key": "p"}),
        (
            Parameter(query="q", required=True),
            "/r/int",
            400,
            {"message": "Expected `int`, got `null`", "key": "p"},
        ),
        (
            Parameter(Optional[int], query="q", default=None),
            "/r/int",
            400,
            {"message": "Expected `int`, got `null`", "key": "p"},
        ),
        (Parameter(query="q"), "/r/opt", 200, {"p": None}),
        (Parameter(query="q", required=True), "/r/unused", 200, {"p": "unused"}),
        # A typed layer parameter is required, whatever the handler's annotation; a None
        # default does not count as one.
        (Parameter(int, query="q"), "/r/opt", 400, "Missing required query parameter 'q' for path /r/opt"),
        (
            Parameter(int, query="q", default=None),
            "/r/unused",
            400,
            "Missing required query parameter 'q' for path /r/unused",
        ),
        (Parameter(int, query="q", default=5), "/r/unused", 200, {"p": "unused"}),
        (
            Parameter(int, query="q", required=False),
            "/r/int",
            400,
            {"message": "Expected `int`, got `null`", "key": "p"},
        ),
        (Parameter(int, query="q", required=False), "/r/opt", 200, {"p": None}),
        # The layer's default is validated against the handler's annotation.
        (
            Parameter(str, query="q", default="x"),
            "/r/int",
            400,
            {"message": "Expected `int`, got `str`", "key": "p"},
        ),
        (Parameter(query="q", default=5), "/r/int", 200, {"p": 5}),
    ],
)
def test_layered_parameter_requiredness_comes_from_the_layer_type(
    layer: Any, url: str, status: int, body: Any
) -> None:
    router = Router("/r", route_handlers=[plain_int, plain_optional, not_using_p], parameters={"p": layer})
    with create_test_client([router]) as client:
        response = client.get(url)
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json() == body
    elif isinstance(body, str):
        assert response.json()["detail"] == body
    else:
        assert response.json()["extra"] == [body]
