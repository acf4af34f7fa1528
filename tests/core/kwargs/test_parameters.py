"""Query, header and cookie parameters: conversion, constraints, aliases, layering, errors."""

from __future__ import annotations

import datetime
import decimal
import enum
import uuid
from typing import Annotated, Any, List, Optional, Set, Tuple

import pytest
from litestar import Controller, Litestar, Request, Router, get
from litestar.datastructures import State
from litestar.params import Parameter
from litestar.testing import TestClient, create_test_client


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


class Num(enum.IntEnum):
    ONE = 1
    TWO = 2


def _failed(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["detail"].startswith("Validation failed for GET ")
    return body["extra"]  # type: ignore[no-any-return]


@get("/c")
async def constrained(
    a: int = Parameter(gt=1, lt=10, default=5),
    b: float = Parameter(ge=1.5, le=2.5, default=2.0),
    m: int = Parameter(multiple_of=3, default=3),
    s: str = Parameter(min_length=2, max_length=4, pattern="^[a-z]+$", default="ab"),
    items: Optional[List[int]] = Parameter(query="l", min_items=1, max_items=2, default=None),
) -> Any:
    return {"a": a, "b": b, "m": m, "s": s, "l": items}


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        ("a=1", [("Expected `int` >= 2", "a")]),
        ("a=10&b=1.0", [("Expected `int` <= 9", "a"), ("Expected `float` >= 1.5", "b")]),
        ("b=3", [("Expected `float` <= 2.5", "b")]),
        ("m=4", [("Expected `int` that's a multiple of 3", "m")]),
        ("s=a", [("Expected `str` of length >= 2", "s")]),
        ("s=abcde", [("Expected `str` of length <= 4", "s")]),
        ("s=AB", [("Expected `str` matching regex '^[a-z]+$'", "s")]),
        ("l=1&l=2&l=3", [("Expected `array` of length <= 2", "items")]),
        ("a=x", [("Expected `int`, got `str`", "a")]),
    ],
)
def test_constraints(query: str, errors: list[tuple[str, str]]) -> None:
    with create_test_client([constrained]) as client:
        extra = _failed(client.get(f"/c?{query}"))
    assert [(e["message"], e["key"]) for e in extra] == errors
    assert {e["source"] for e in extra} == {"query"}


def test_constraints_pass_and_defaults() -> None:
    with create_test_client([constrained]) as client:
        assert client.get("/c").json() == {"a": 5, "b": 2.0, "m": 3, "s": "ab", "l": None}
        assert client.get("/c?a=9&b=2.5&m=6&s=abcd&l=1&l=2").json() == {
            "a": 9,
            "b": 2.5,
            "m": 6,
            "s": "abcd",
            "l": [1, 2],
        }


@get("/t")
async def typed(
    color: Optional[Color] = None,
    num: Optional[Num] = None,
    u: Optional[uuid.UUID] = None,
    dt: Optional[datetime.datetime] = None,
    d: Optional[datetime.date] = None,
    dec: Optional[decimal.Decimal] = None,
    flag: Optional[bool] = None,
    st: Optional[Set[int]] = None,
    tp: Optional[Tuple[int, ...]] = None,
) -> Any:
    return {
        "color": color,
        "num": num,
        "u": u,
        "dt": dt,
        "d": d,
        "dec": None if dec is None else str(dec),
        "flag": flag,
        "st": None if st is None else sorted(st),
        "tp": tp,
    }


def test_typed_values() -> None:
    url = (
        "/t?color=red&num=2&u=12345678-1234-5678-1234-567812345678&dt=2024-01-02T03:04:05&d=2024-01-02"
        "&dec=1.50&flag=true&st=1&st=1&st=2&tp=1&tp=2"
    )
    with create_test_client([typed]) as client:
        assert client.get(url).json() == {
            "color": "red",
            "num": 2,
            "u": "12345678-1234-5678-1234-567812345678",
            "dt": "2024-01-02T03:04:05",
            "d": "2024-01-02",
            "dec": "1.50",
            "flag": True,
            "st": [1, 2],
            "tp": [1, 2],
        }
        assert client.get("/t").json()["color"] is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("true", True), ("false", False), ("1", True), ("0", False), ("True", True), ("FALSE", False)],
)
def test_bool_spellings(raw: str, expected: bool) -> None:
    with create_test_client([typed]) as client:
        assert client.get(f"/t?flag={raw}").json()["flag"] is expected


@pytest.mark.parametrize("raw", ["yes", "no", "on", "off", "t"])
def test_bool_spellings_rejected(raw: str) -> None:
    with create_test_client([typed]) as client:
        assert _failed(client.get(f"/t?flag={raw}"))[0]["key"] == "flag"


@pytest.mark.parametrize(
    "query",
    ["color=green", "num=3", "u=nope", "dt=nope", "d=2024-13-01", "dec=abc", "st=a", "num=", "color="],
)
def test_typed_values_rejected(query: str) -> None:
    with create_test_client([typed]) as client:
        extra = _failed(client.get(f"/t?{query}"))
    assert [e["key"] for e in extra] == [query.split("=")[0]]


@get("/alias")
async def aliased(
    page_size: int = Parameter(query="pageSize", default=10),
    token: str = Parameter(header="X-Token"),
    sess: Optional[str] = Parameter(cookie="sess", default=None),
    req: Optional[int] = Parameter(required=True),
    notreq: int = Parameter(required=False, default=3),
) -> Any:
    return {"page_size": page_size, "token": token, "sess": sess, "req": req, "notreq": notreq}


def test_aliases_and_required() -> None:
    with create_test_client([aliased]) as client:
        ok = client.get("/alias?req=1&pageSize=2", headers={"x-token": "tk", "cookie": "sess=S"})
        assert ok.json() == {"page_size": 2, "token": "tk", "sess": "S", "req": 1, "notreq": 3}
        ignored = client.get("/alias?req=1&page_size=7", headers={"X-Token": "tk"})
        assert ignored.json()["page_size"] == 10
        missing_req = client.get("/alias", headers={"x-token": "tk"})
        assert missing_req.json() == {
            "status_code": 400,
            "detail": "Missing required query parameter 'req' for path /alias",
        }
        assert _failed(client.get("/alias?req=5&notreq=x", headers={"x-token": "tk"})) == [
            {"message": "Expected `int`, got `str`", "key": "notreq", "source": "query"}
        ]


def test_missing_parameters_reported_header_then_cookie_then_query_with_query_string() -> None:
    @get("/order")
    async def order(q: int, c: str = Parameter(cookie="c"), h: str = Parameter(header="h")) -> None:
        return None

    with create_test_client([order]) as client:
        assert (
            client.get("/order").json()["detail"] == "Missing required header parameter 'h' for path /order"
        )
        assert (
            client.get("/order", headers={"h": "1"}).json()["detail"]
            == "Missing required cookie parameter 'c' for path /order"
        )
        assert (
            client.get("/order?x=1", headers={"h": "1", "cookie": "c=1"}).json()["detail"]
            == "Missing required query parameter 'q' for path /order?x=1"
        )


def test_errors_listed_in_signature_order_with_their_source() -> None:
    @get("/bad")
    async def bad(h: int = Parameter(header="h"), q: int = 0, c: int = Parameter(cookie="c")) -> None:
        return None

    with create_test_client([bad]) as client:
        response = client.get("/bad?q=x", headers={"h": "y", "cookie": "c=z"})
    assert response.json() == {
        "status_code": 400,
        "detail": "Validation failed for GET /bad?q=x",
        "extra": [
            {"message": "Expected `int`, got `str`", "key": "h", "source": "header"},
            {"message": "Expected `int`, got `str`", "key": "q", "source": "query"},
            {"message": "Expected `int`, got `str`", "key": "c", "source": "cookie"},
        ],
    }


def test_annotated_parameter_and_header_list_is_not_split() -> None:
    @get("/ann")
    async def ann(
        x: Annotated[int, Parameter(ge=3)],
        hl: Annotated[Optional[List[str]], Parameter(header="x-list")] = None,
    ) -> Any:
        return {"x": x, "hl": hl}

    with create_test_client([ann]) as client:
        assert client.get("/ann?x=3").json() == {"x": 3, "hl": None}
        assert _failed(client.get("/ann?x=2")) == [
            {"message": "Expected `int` >= 3", "key": "x", "source": "query"}
        ]
        assert _failed(client.get("/ann?x=4", headers={"x-list": "a, b"})) == [
            {"message": "Expected `array | null`, got `str`", "key": "hl", "source": "header"}
        ]


def test_optional_without_default_is_not_required() -> None:
    @get("/opt")
    async def opt(x: Optional[int]) -> Any:
        return {"x": x}

    with create_test_client([opt]) as client:
        assert client.get("/opt").json() == {"x": None}
        assert client.get("/opt?x=2").json() == {"x": 2}


def test_last_query_value_wins_for_scalars() -> None:
    @get("/")
    async def handler(x: int) -> int:
        return x

    with create_test_client([handler]) as client:
        assert client.get("/?x=1&x=2").text == "2"


class LayeredController(Controller):
    path = "/ctrl"
    parameters = {
        "ctrl_q": Parameter(int, query="cq", ge=2, required=True),
        "hh": Parameter(int, header="x-h", default=3, lt=5),
        "opt": Parameter(int, required=False),
    }

    @get("/nouse")
    async def nouse(self) -> Any:
        return {"ok": True}

    @get("/use")
    async def use(self, ctrl_q: int, hh: int, opt: Optional[int], app_h: str, r_q: int) -> Any:
        return {"ctrl_q": ctrl_q, "hh": hh, "opt": opt, "app_h": app_h, "r_q": r_q}


@pytest.fixture
def layered_client() -> Any:
    router = Router(
        "/r", route_handlers=[LayeredController], parameters={"r_q": Parameter(int, default=7, lt=100)}
    )
    app = Litestar([router], parameters={"app_h": Parameter(str, header="x-app", default="dflt")})
    with TestClient(app) as client:
        yield client


def test_layered_parameters_unused_by_handler_are_only_required(layered_client: Any) -> None:
    assert layered_client.get("/r/ctrl/nouse").json() == {
        "status_code": 400,
        "detail": "Missing required query parameter 'cq' for path /r/ctrl/nouse",
    }
    assert layered_client.get("/r/ctrl/nouse?cq=1").json() == {"ok": True}
    assert layered_client.get("/r/ctrl/nouse?cq=x", headers={"x-h": "zz"}).json() == {"ok": True}


def test_layered_parameters_give_alias_default_and_requiredness(layered_client: Any) -> None:
    assert layered_client.get("/r/ctrl/use?cq=3").json() == {
        "ctrl_q": 3,
        "hh": 3,
        "opt": None,
        "app_h": "dflt",
        "r_q": 7,
    }
    # The layer's constraints (ge=2, lt=5, lt=100) are not applied to a plainly declared parameter.
    assert layered_client.get(
        "/r/ctrl/use?cq=1&opt=2&r_q=200", headers={"x-h": "9", "x-app": "A"}
    ).json() == {
        "ctrl_q": 1,
        "hh": 9,
        "opt": 2,
        "app_h": "A",
        "r_q": 200,
    }
    assert layered_client.get("/r/ctrl/use?ctrl_q=5").json()["detail"] == (
        "Missing required query parameter 'cq' for path /r/ctrl/use?ctrl_q=5"
    )


def test_layered_aliased_parameter_errors_have_no_source(layered_client: Any) -> None:
    response = layered_client.get("/r/ctrl/use?cq=x&opt=x", headers={"x-h": "y"})
    assert _failed(response) == [
        {"message": "Expected `int`, got `str`", "key": "ctrl_q"},
        {"message": "Expected `int`, got `str`", "key": "hh"},
        {"message": "Expected `int | null`, got `str`", "key": "opt", "source": "query"},
    ]


def test_type_decoders_on_a_layer_for_query_parameter() -> None:
    class Money:
        def __init__(self, cents: int) -> None:
            self.cents = cents

    @get("/")
    async def handler(price: Money) -> int:
        return price.cents

    router = Router(
        "/r",
        route_handlers=[handler],
        type_decoders=[(lambda t: t is Money, lambda t, v: Money(int(float(v) * 100)))],
    )
    with create_test_client([router], signature_namespace={"Money": Money}) as client:
        assert client.get("/r?price=1.25").text == "125"


def test_parameter_rejects_two_sources() -> None:
    with pytest.raises(ValueError, match="Only one of"):
        Parameter(header="a", cookie="b")


def test_reserved_kwargs_in_handler() -> None:
    @get("/r")
    async def handler(
        request: Request, state: State, scope: dict, headers: dict, cookies: dict, query: dict
    ) -> Any:
        return {
            "path": request.url.path,
            "state": state.value,
            "type": scope["type"],
            "h": headers["x-a"],
            "c": cookies,
            "q": query,
        }

    with create_test_client([handler], state=State({"value": 2})) as client:
        response = client.get("/r?a=1&a=2&b=3", headers={"x-a": "A", "cookie": "k=v"})
    assert response.json() == {
        "path": "/r",
        "state": 2,
        "type": "http",
        "h": "A",
        "c": {"k": "v"},
        "q": {"a": "1", "b": "3"},
    }
