"""Edge cases of JSON request bodies and content-type handling."""

from __future__ import annotations

import dataclasses
from typing import Any

import msgspec
from litestar import Litestar, Request, post
from litestar.datastructures import UploadFile


@dataclasses.dataclass
class Item:
    name: str
    qty: int
    price: float = 1.0
    note: str | None = None


class Point(msgspec.Struct):
    x: int
    y: int


@dataclasses.dataclass
class WithFile:
    doc: UploadFile


def _r(value: object) -> str:
    return f"{type(value).__name__}:{value!r}"


@post("/item")
async def item(data: Item) -> dict:
    return {"name": _r(data.name), "qty": _r(data.qty), "price": _r(data.price), "note": _r(data.note)}


@post("/point")
async def point(data: Point) -> dict:
    return {"x": _r(data.x), "y": _r(data.y)}


@post("/dict")
async def as_dict(data: dict[str, int]) -> dict:
    return {"data": _r(data)}


@post("/list")
async def as_list(data: list[int]) -> dict:
    return {"data": _r(data)}


@post("/any")
async def as_any(data: Any) -> dict:
    return {"data": _r(data)}


@post("/float")
async def as_float(data: float) -> dict:
    return {"data": _r(data)}


@post("/int")
async def as_int(data: int) -> dict:
    return {"data": _r(data)}


@post("/str")
async def as_str(data: str) -> dict:
    return {"data": _r(data)}


@post("/opt")
async def opt(data: Item | None = None) -> dict:
    return {"data": _r(data)}


@post("/raw")
async def raw(request: Request) -> dict:
    body = await request.json()
    return {"json": _r(body), "content_type": list(request.content_type)}


@post("/bytes")
async def as_bytes(data: bytes) -> dict:
    return {"data": _r(data)}


@post("/custom")
async def custom(data: WithFile) -> dict:
    return {"ok": True}


app = Litestar(
    route_handlers=[
        custom,
        item,
        point,
        as_dict,
        as_list,
        as_any,
        as_float,
        as_int,
        as_str,
        opt,
        raw,
        as_bytes,
    ]
)

J = {"content-type": "application/json"}


def _p(url: str, content: bytes | str, name: str, headers: dict | None = None) -> dict:
    return {
        "method": "POST",
        "url": url,
        "content": content,
        "headers": J if headers is None else headers,
        "name": name,
    }


GOOD = b'{"name": "a", "qty": 2}'

REQUESTS = [
    _p("/item", GOOD, "item ok"),
    _p("/item", b'{"name": "a", "qty": 2} x', "trailing garbage"),
    _p("/item", b'{"name": "a", "qty": 2}\n\n  ', "trailing whitespace"),
    _p("/item", b'{"name": "a", "qty": 2}{}', "two documents"),
    _p("/item", b"\xef\xbb\xbf" + GOOD, "utf-8 BOM"),
    _p("/item", b'{"name": "a", "qty": 2, "price": NaN}', "NaN literal"),
    _p("/item", b'{"name": "a", "qty": 2, "price": Infinity}', "Infinity literal"),
    _p("/item", b'{"name": "a", "qty": 2, "price": 1e400}', "float overflow"),
    _p("/item", b'{"name": "a", "qty": 2.0}', "int as float"),
    _p("/item", b'{"name": "a", "qty": 2.5}', "fractional int"),
    _p("/item", b'{"name": "a", "qty": "2"}', "int as string"),
    _p("/item", b'{"name": "a", "qty": true}', "int as bool"),
    _p("/item", b'{"name": "a", "qty": 2, "price": 3}', "float as int"),
    _p("/item", b'{"name": "a", "qty": 2, "price": "3.5"}', "float as string"),
    _p("/item", b'{"name": 1, "qty": 2}', "str as int"),
    _p("/item", b'{"name": null, "qty": 2}', "null for required"),
    _p("/item", b'{"name": "a", "qty": 2, "note": null}', "null for optional"),
    _p("/item", b'{"name": "a", "qty": 2, "extra": 1}', "extra field"),
    _p("/item", b'{"name": "a", "name": "b", "qty": 2}', "duplicate key"),
    _p("/item", b'{"qty": 2}', "missing field"),
    _p("/item", b"{}", "empty object"),
    _p("/item", b"[]", "array top level"),
    _p("/item", b'"text"', "string top level"),
    _p("/item", b"null", "null top level"),
    _p("/item", b"1", "number top level"),
    _p("/item", b"", "empty body"),
    _p("/item", b"   ", "blank body"),
    _p("/item", b"{'name': 'a'}", "single quotes"),
    _p("/item", b'{"name": "a", "qty": 2,}', "trailing comma"),
    _p("/item", b'{"name": "\xff", "qty": 2}', "invalid utf-8"),
    _p("/item", b'{"name": "\\ud800", "qty": 2}', "lone surrogate escape"),
    _p("/item", b'{"name": "caf\xc3\xa9 \\u2713", "qty": 2}', "unicode"),
    _p("/item", b'{"name": "a", "qty": 99999999999999999999999}', "huge int"),
    _p("/item", b'{"name": "a", "qty": -0}', "negative zero"),
    _p("/item", b'{"name": "a", "qty": 1E2}', "exponent int"),
    _p("/point", b'{"x": 1, "y": 2}', "struct ok"),
    _p("/point", b'{"x": 1, "y": 2, "z": 3}', "struct extra"),
    _p("/point", b'{"x": 1.0, "y": 2}', "struct float for int"),
    _p("/point", b'{"x": "1", "y": 2}', "struct str for int"),
    _p("/point", b'{"x": 1}', "struct missing"),
    _p("/point", b"[1, 2]", "struct array"),
    _p("/dict", b'{"a": 1}', "dict ok"),
    _p("/dict", b'{"a": "1"}', "dict str value"),
    _p("/dict", b'{"a": 1.5}', "dict float value"),
    _p("/dict", b"[]", "dict gets list"),
    _p("/list", b"[1, 2]", "list ok"),
    _p("/list", b'[1, "2"]', "list str item"),
    _p("/list", b"[1, null]", "list null item"),
    _p("/list", b'{"a": 1}', "list gets dict"),
    _p("/list", b"[" * 2000 + b"]" * 2000, "deep nesting list"),
    _p("/any", b"[" * 2000 + b"]" * 2000, "deep nesting any"),
    _p("/any", b'{"a": ' * 500 + b"1" + b"}" * 500, "deep nesting objects"),
    _p("/any", b"NaN", "any NaN"),
    _p("/any", b"1.0", "any float"),
    _p("/any", b"true", "any bool"),
    _p("/any", b"", "any empty"),
    _p("/float", b"1", "float gets int"),
    _p("/float", b'"1.5"', "float gets string"),
    _p("/float", b"1e999", "float overflow top"),
    _p("/int", b"1.0", "int gets 1.0"),
    _p("/int", b'"1"', "int gets string"),
    _p("/int", b"true", "int gets true"),
    _p("/str", b'"x"', "str ok"),
    _p("/str", b"1", "str gets int"),
    _p("/opt", b"", "optional empty"),
    _p("/opt", b"null", "optional null"),
    _p("/opt", GOOD, "optional given"),
    _p("/opt", b"{", "optional malformed"),
    _p("/bytes", b"\x00\x01binary", "bytes body", {"content-type": "application/octet-stream"}),
    _p("/bytes", GOOD, "bytes body json"),
    # content-type variants
    _p("/item", GOOD, "charset param", {"content-type": "application/json; charset=utf-8"}),
    _p("/item", GOOD, "uppercase content-type", {"content-type": "APPLICATION/JSON"}),
    _p("/item", GOOD, "quoted charset", {"content-type": 'application/json; charset="UTF-8"'}),
    _p("/item", GOOD, "latin-1 charset", {"content-type": "application/json; charset=latin-1"}),
    _p("/item", GOOD, "vendor +json", {"content-type": "application/vnd.api+json"}),
    _p("/item", GOOD, "text/plain", {"content-type": "text/plain"}),
    _p("/item", GOOD, "form content-type", {"content-type": "application/x-www-form-urlencoded"}),
    _p("/item", GOOD, "no content-type", {}),
    _p("/item", GOOD, "empty content-type", {"content-type": ""}),
    _p("/item", GOOD, "garbage content-type", {"content-type": ";;;"}),
    _p("/item", GOOD, "msgpack content-type with json", {"content-type": "application/x-msgpack"}),
    _p("/raw", GOOD, "raw json"),
    _p("/raw", GOOD, "raw json charset", {"content-type": "Application/Json; Charset=UTF-8; boundary=x"}),
    _p("/raw", b"", "raw empty"),
    _p("/raw", b"{", "raw malformed"),
    _p("/raw", b"\xef\xbb\xbf{}", "raw BOM"),
    _p("/raw", GOOD, "raw no content-type", {}),
    _p("/raw", b"[1e999]", "raw number out of range"),
    _p("/custom", b'{"doc": 1}', "unsupported field type"),
    _p("/custom", b'{"doc": {"a": 1}}', "unsupported field type object"),
    _p("/dict", b'{"a": 1e999}', "dict number out of range"),
    _p("/item", b'{"name": 5, "qty": 1e999}', "out of range after a type error"),
]
