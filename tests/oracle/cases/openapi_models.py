"""OpenAPI differential case: the /schema/openapi.json of this app equals 2.17's."""

from __future__ import annotations

from dataclasses import dataclass, field, make_dataclass
from typing import Annotated, Optional, Union

import msgspec
from litestar import Litestar, get, post
from typing_extensions import NotRequired, TypedDict

# Two models named Item from different modules get module-qualified component names.
ItemA = make_dataclass("Item", [("x", int)])
ItemA.__module__ = "pkg.a"
ItemB = make_dataclass("Item", [("y", str)])
ItemB.__module__ = "pkg.b"


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None


class Cat(msgspec.Struct, tag=True):
    meow: bool


class Dog(msgspec.Struct, tag="doggo", tag_field="kind"):
    bark: int = 1


class Renamed(msgspec.Struct, rename="camel"):
    first_name: str
    age: Annotated[
        int, msgspec.Meta(ge=0, le=150, title="Age", examples=[30], extra_json_schema={"x-foo": 1})
    ] = 0
    tags: frozenset[str] = frozenset()


# The functional form keeps NotRequired a real object despite the __future__ import (with a
# string annotation 2.17 documents ``b`` as required; see docs/openapi.md).
TDN = TypedDict("TDN", {"a": int, "b": NotRequired[str]})  # noqa: UP013 - see the comment above


@dataclass
class WithMeta:
    """A documented dataclass."""

    a: int = field(default=1, metadata={"description": "meta"})


@get("/n")
async def n() -> Node: ...
@post("/pets")
async def pets(data: Union[Cat, Dog]) -> Renamed: ...
@get("/items")
async def items() -> tuple[ItemA, ItemB]: ...
@get("/td")
async def td(x: Optional[list[int]] = None) -> TDN: ...
@get("/wm")
async def wm() -> WithMeta: ...


app = Litestar([n, pets, items, td, wm])
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
