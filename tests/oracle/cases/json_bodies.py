"""`data` bodies: JSON into dataclass / TypedDict / msgspec Struct / dict / list, msgpack, malformed JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

import msgspec
from litestar import Litestar, post, put
from litestar.enums import RequestEncodingType
from litestar.params import Body


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address | None = None
    tags: list[str] = field(default_factory=list)


class Movie(TypedDict):
    title: str
    year: int


class Book(msgspec.Struct):
    title: str
    pages: int
    authors: list[str] = []


@post("/dataclass")
async def dc(data: Person) -> Person:
    return data


@post("/typeddict")
async def td(data: Movie) -> dict:
    return {"got": data, "type": type(data).__name__}


@post("/struct")
async def struct(data: Book) -> Book:
    return Book(title=data.title.upper(), pages=data.pages, authors=data.authors)


@post("/dict")
async def as_dict(data: dict[str, Any]) -> dict:
    return {"keys": sorted(data), "n": len(data)}


@post("/list")
async def as_list(data: list[int]) -> dict:
    return {"sum": sum(data), "n": len(data)}


@post("/list-of-dc")
async def list_of_dc(data: list[Address]) -> list[str]:
    return [a.city for a in data]


@put("/optional")
async def optional(data: Person | None = None) -> dict:
    return {"none": data is None}


@post("/msgpack")
async def msgpack_body(data: Book = Body(media_type=RequestEncodingType.MESSAGEPACK)) -> dict:
    return {"title": data.title, "pages": data.pages}


@post("/any")
async def any_body(data: Any) -> Any:
    return data


app = Litestar(
    route_handlers=[dc, td, struct, as_dict, as_list, list_of_dc, optional, msgpack_body, any_body]
)

BAD = {"content-type": "application/json"}

REQUESTS = [
    {"method": "POST", "url": "/dataclass", "json": {"name": "ann", "age": 30}},
    {
        "method": "POST",
        "url": "/dataclass",
        "json": {"name": "ann", "age": 30, "address": {"city": "Oslo"}, "tags": ["a"]},
        "name": "nested",
    },
    {"method": "POST", "url": "/dataclass", "json": {"name": "ann"}, "name": "missing field"},
    {"method": "POST", "url": "/dataclass", "json": {"name": "ann", "age": "x"}, "name": "wrong type"},
    {
        "method": "POST",
        "url": "/dataclass",
        "json": {"name": "ann", "age": 3, "address": {"zip": 1}},
        "name": "nested error",
    },
    {"method": "POST", "url": "/dataclass", "json": [1, 2], "name": "array for object"},
    {
        "method": "POST",
        "url": "/dataclass",
        "content": b'{"name": ',
        "headers": BAD,
        "name": "malformed json",
    },
    {"method": "POST", "url": "/dataclass", "content": b"", "headers": BAD, "name": "empty body"},
    {"method": "POST", "url": "/dataclass", "content": b'{"name": "a", "age": 1}', "name": "no content-type"},
    {"method": "POST", "url": "/typeddict", "json": {"title": "Up", "year": 2009}},
    {"method": "POST", "url": "/typeddict", "json": {"title": "Up"}, "name": "typeddict missing key"},
    {"method": "POST", "url": "/struct", "json": {"title": "dune", "pages": 412, "authors": ["herbert"]}},
    {
        "method": "POST",
        "url": "/struct",
        "json": {"title": "dune", "pages": "many"},
        "name": "struct bad field",
    },
    {"method": "POST", "url": "/dict", "json": {"b": 1, "a": [1, 2]}},
    {"method": "POST", "url": "/dict", "json": "text", "name": "dict gets string"},
    {"method": "POST", "url": "/list", "json": [1, 2, 3]},
    {"method": "POST", "url": "/list", "json": [1, "two"], "name": "bad list item"},
    {"method": "POST", "url": "/list-of-dc", "json": [{"city": "A"}, {"city": "B", "zip": "1"}]},
    {"method": "PUT", "url": "/optional", "name": "optional body absent"},
    {"method": "PUT", "url": "/optional", "json": {"name": "x", "age": 1}, "name": "optional body given"},
    {
        "method": "POST",
        "url": "/msgpack",
        "content": msgspec.msgpack.encode({"title": "t", "pages": 3}),
        "headers": {"content-type": "application/x-msgpack"},
    },
    {
        "method": "POST",
        "url": "/msgpack",
        "content": b"\xc1\xc1",
        "headers": {"content-type": "application/x-msgpack"},
        "name": "malformed msgpack",
    },
    {"method": "POST", "url": "/any", "json": {"x": [1, None, True]}},
    {"method": "POST", "url": "/any", "content": b"[1, 2", "headers": BAD, "name": "any malformed"},
]
