"""Every model library in path/query/header/cookie params, dependencies, bodies and returns.

Constraints from pydantic (``Field``, ``conint``), annotated_types (``Gt``, ``Interval``,
``MaxLen``) and msgspec (``Meta``) on scalar parameters; TypedDict, Struct (tagged unions,
``Meta``), dataclass, attrs, pydantic v2 and ``pydantic.v1`` models as bodies, dependency
results and returns, and generic pages of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Generic, Literal, Optional, TypedDict, TypeVar, Union

import annotated_types
import attrs
import msgspec
import pydantic.v1 as pydantic_v1
from litestar import Litestar, get, post
from litestar.di import Provide
from litestar.params import Parameter
from pydantic import BaseModel, Field, conint

T = TypeVar("T")


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Cat(msgspec.Struct, tag="cat"):
    name: str
    lives: Annotated[int, msgspec.Meta(ge=0, le=9)] = 9


class Dog(msgspec.Struct, tag="dog"):
    name: str
    good: bool = True


class Filter(msgspec.Struct):
    q: Annotated[str, msgspec.Meta(min_length=2)]
    limit: int = 10


@dataclass
class Box(Generic[T]):
    items: list[T]
    total: int


@attrs.define
class Owner:
    name: str
    age: int = attrs.field(validator=attrs.validators.ge(0), default=0)


class Order(BaseModel):
    id: int
    qty: conint(gt=0)  # type: ignore[valid-type]


class LegacyOrder(pydantic_v1.BaseModel):
    id: int
    note: Optional[str] = None


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


@get("/q/annotated")
async def q_annotated(
    gt: Annotated[int, annotated_types.Gt(0)],
    interval: Annotated[int, annotated_types.Interval(ge=1, le=10)] = 5,
    short: Annotated[Optional[str], annotated_types.MaxLen(3)] = None,
) -> dict[str, object]:
    return {"gt": gt, "interval": interval, "short": short}


@get("/q/pydantic")
async def q_pydantic(
    count: Annotated[int, Field(ge=1, le=3)],
    name: Annotated[str, Field(min_length=2)] = "ab",
    positive: Optional[conint(gt=0, multiple_of=2)] = None,  # type: ignore[valid-type]
) -> dict[str, object]:
    return {"count": count, "name": name, "positive": positive}


@get("/q/msgspec")
async def q_msgspec(
    size: Annotated[int, msgspec.Meta(gt=0, lt=100)], tags: Optional[list[str]] = None
) -> dict:
    return {"size": size, "tags": tags}


@get("/p/{code:int}")
async def path_constrained(code: Annotated[int, annotated_types.Ge(100)]) -> dict[str, int]:
    return {"code": code}


@get("/h")
async def header_constrained(
    token: Annotated[str, Parameter(header="x-token"), annotated_types.MinLen(4)],
    session: Annotated[int, Parameter(cookie="session"), annotated_types.Lt(5)] = 1,
) -> dict[str, object]:
    return {"token": token, "session": session}


async def provide_filter(q: str, limit: int = 10) -> Filter:
    return Filter(q=q, limit=limit)


async def provide_movie(title: str = "Alien") -> Movie:
    return {"title": title, "year": 1979}


async def provide_owner(owner_name: str = "Sam") -> Owner:
    return Owner(owner_name)


@get(
    "/deps",
    dependencies={
        "flt": Provide(provide_filter),
        "movie": Provide(provide_movie),
        "owner": Provide(provide_owner),
    },
)
async def deps(flt: Filter, movie: Movie, owner: Owner) -> dict[str, object]:
    return {"filter": msgspec.to_builtins(flt), "movie": movie, "owner": attrs.asdict(owner)}


@post("/typed-dict")
async def typed_dict(data: Movie) -> Movie:
    return data


@post("/typed-dict/partial")
async def typed_dict_partial(data: PartialMovie) -> PartialMovie:
    return data


@post("/pets")
async def pets(data: list[Union[Cat, Dog]]) -> list[Union[Cat, Dog]]:
    return data


@post("/owner")
async def owner(data: Owner) -> Owner:
    return data


@post("/order")
async def order(data: Order) -> Order:
    return data


@post("/legacy")
async def legacy(data: LegacyOrder) -> LegacyOrder:
    return data


@get("/box")
async def box() -> Box[Movie]:
    return Box(items=[{"title": "Alien", "year": 1979}], total=1)


@get("/page")
async def page() -> Page[Order]:
    return Page[Order](items=[Order(id=1, qty=2)], total=1)


@get("/struct-box")
async def struct_box() -> Box[Cat]:
    return Box(items=[Cat("Tom")], total=1)


@get("/q/struct")
async def q_struct(flt: Filter) -> Filter:
    return flt


@get("/q/typed-dict")
async def q_typed_dict(movie: Optional[Movie] = None) -> dict[str, object]:
    return {"movie": movie}


@get("/literal")
async def literal(mode: Literal["a", "b"] = "a") -> dict[str, str]:
    return {"mode": mode}


def create_app() -> Litestar:
    return Litestar(
        [
            q_annotated,
            q_pydantic,
            q_msgspec,
            path_constrained,
            header_constrained,
            deps,
            typed_dict,
            typed_dict_partial,
            pets,
            owner,
            order,
            legacy,
            box,
            page,
            struct_box,
            literal,
            q_struct,
            q_typed_dict,
        ],
        signature_namespace={
            "Movie": Movie,
            "PartialMovie": PartialMovie,
            "Cat": Cat,
            "Dog": Dog,
            "Filter": Filter,
            "Owner": Owner,
            "Order": Order,
            "LegacyOrder": LegacyOrder,
            "Box": Box,
            "Page": Page,
        },
    )


REQUESTS = [
    {"method": "GET", "url": "/q/annotated?gt=1"},
    {"method": "GET", "url": "/q/annotated?gt=0"},
    {"method": "GET", "url": "/q/annotated?gt=2&interval=11"},
    {"method": "GET", "url": "/q/annotated?gt=2&interval=0"},
    {"method": "GET", "url": "/q/annotated?gt=2&short=abcd"},
    {"method": "GET", "url": "/q/annotated?gt=2&short=abc"},
    {"method": "GET", "url": "/q/pydantic?count=2"},
    {"method": "GET", "url": "/q/pydantic?count=4"},
    {"method": "GET", "url": "/q/pydantic?count=2&name=a"},
    {"method": "GET", "url": "/q/pydantic?count=2&positive=4"},
    {"method": "GET", "url": "/q/pydantic?count=2&positive=3"},
    {"method": "GET", "url": "/q/pydantic?count=2&positive=-2"},
    {"method": "GET", "url": "/q/msgspec?size=5&tags=a&tags=b"},
    {"method": "GET", "url": "/q/msgspec?size=100"},
    {"method": "GET", "url": "/p/100"},
    {"method": "GET", "url": "/p/99"},
    {"method": "GET", "url": "/h", "headers": {"x-token": "abcd"}, "cookies": {"session": "3"}},
    {"method": "GET", "url": "/h", "headers": {"x-token": "abc"}},
    {"method": "GET", "url": "/h", "headers": {"x-token": "abcd"}, "cookies": {"session": "7"}},
    {"method": "GET", "url": "/deps?q=hi&limit=3&title=Heat&owner_name=Al"},
    {"method": "GET", "url": "/deps?q=h"},
    {"method": "GET", "url": "/deps"},
    {"method": "POST", "url": "/typed-dict", "json": {"title": "Heat", "year": 1995}},
    {"method": "POST", "url": "/typed-dict", "json": {"title": "Heat"}},
    {"method": "POST", "url": "/typed-dict", "json": {"title": "Heat", "year": "x"}},
    {"method": "POST", "url": "/typed-dict/partial", "json": {"rating": 4.5}},
    {
        "method": "POST",
        "url": "/pets",
        "json": [{"type": "cat", "name": "Tom", "lives": 3}, {"type": "dog", "name": "Rex"}],
    },
    {"method": "POST", "url": "/pets", "json": [{"type": "cat", "name": "Tom", "lives": 10}]},
    {"method": "POST", "url": "/pets", "json": [{"type": "cow", "name": "Bess"}]},
    {"method": "POST", "url": "/owner", "json": {"name": "Ann", "age": 3}},
    {"method": "POST", "url": "/owner", "json": {"name": "Ann", "age": -1}},
    {"method": "POST", "url": "/owner", "json": {"age": 2}},
    {"method": "POST", "url": "/order", "json": {"id": 1, "qty": 2}},
    {"method": "POST", "url": "/order", "json": {"id": "x", "qty": 0}},
    {"method": "POST", "url": "/legacy", "json": {"id": 1}},
    {"method": "POST", "url": "/legacy", "json": {"id": "nope"}},
    {"method": "GET", "url": "/box"},
    {"method": "GET", "url": "/page"},
    {"method": "GET", "url": "/struct-box"},
    {"method": "GET", "url": "/q/struct?flt=x"},
    {"method": "GET", "url": "/q/struct?q=hi"},
    {"method": "GET", "url": "/q/struct"},
    {"method": "GET", "url": "/q/typed-dict"},
    {"method": "GET", "url": "/q/typed-dict?movie=x"},
    {"method": "GET", "url": "/literal?mode=b"},
    {"method": "GET", "url": "/literal?mode=c"},
]
