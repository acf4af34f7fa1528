"""Edge cases of query-string parsing and conversion: encodings, separators, scalars, lists, formats."""

from __future__ import annotations

import datetime
import decimal
import enum
import uuid
from typing import Annotated

from litestar import Litestar, get
from litestar.params import Parameter


class Color(str, enum.Enum):
    RED = "red"
    DARK_BLUE = "dark blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


def _r(value: object) -> object:
    if isinstance(value, list):
        return [_r(v) for v in value]
    return f"{type(value).__name__}:{value!r}"


@get("/s")
async def s(v: str) -> dict:
    return {"v": _r(v)}


@get("/so")
async def so(v: str | None = None) -> dict:
    return {"v": _r(v)}


@get("/i")
async def i(v: int) -> dict:
    return {"v": _r(v)}


@get("/io")
async def io(v: int | None = None) -> dict:
    return {"v": _r(v)}


@get("/f")
async def f(v: float) -> dict:
    return {"v": _r(v)}


@get("/b")
async def b(v: bool) -> dict:
    return {"v": _r(v)}


@get("/bo")
async def bo(v: bool | None = None) -> dict:
    return {"v": _r(v)}


@get("/d")
async def d(v: decimal.Decimal) -> dict:
    return {"v": _r(v)}


@get("/ls")
async def ls(v: list[str]) -> dict:
    return {"v": _r(v)}


@get("/li")
async def li(v: list[int]) -> dict:
    return {"v": _r(v)}


@get("/lo")
async def lo(v: list[int] | None = None) -> dict:
    return {"v": _r(v)}


@get("/e")
async def e(c: Color, lv: Level | None = None) -> dict:
    return {"c": _r(c), "lv": _r(lv)}


@get("/u")
async def u(v: uuid.UUID) -> dict:
    return {"v": _r(v)}


@get("/date")
async def date(v: datetime.date) -> dict:
    return {"v": _r(v)}


@get("/dt")
async def dt(v: datetime.datetime) -> dict:
    return {"v": _r(v)}


@get("/t")
async def t(v: datetime.time) -> dict:
    return {"v": _r(v)}


@get("/td")
async def td(v: datetime.timedelta) -> dict:
    return {"v": _r(v)}


@get("/c")
async def c(
    n: Annotated[int, Parameter(ge=0, le=10)] = 5,
    x: Annotated[float, Parameter(gt=0, lt=1)] = 0.5,
    m: Annotated[int, Parameter(multiple_of=3)] = 3,
    s: Annotated[str, Parameter(min_length=1, max_length=3)] = "a",
) -> dict:
    return {"n": _r(n), "x": _r(x), "m": _r(m), "s": _r(s)}


@get("/many")
async def many(a: str = "-", b: str = "-", c: str = "-") -> dict:
    return {"a": _r(a), "b": _r(b), "c": _r(c)}


@get("/union")
async def union(v: int | str) -> dict:
    return {"v": _r(v)}


@get("/strict")
async def strict(q: str, limit: int = 10) -> dict:
    return {"q": _r(q), "limit": _r(limit)}


app = Litestar(
    route_handlers=[s, so, i, io, f, b, bo, d, ls, li, lo, e, u, date, dt, t, td, c, many, union, strict]
)


def _q(path: str, query: str, name: str | None = None) -> dict:
    return {"method": "GET", "url": f"{path}?{query}" if query else path, "name": name or f"{path}?{query}"}


REQUESTS = [
    # encodings and separators
    *(
        _q("/s", q)
        for q in (
            "v=a+b",
            "v=a%2Bb",
            "v=a%20b",
            "v=%E2%9C%93",
            "v=%e2%9c%93",
            "v=%ZZ",
            "v=%",
            "v=100%",
            "v=%C3",
            "v=a=b",
            "v==",
            "v",
            "v=",
            "=x&v=1",
            "v=1;v=2",
            "v=1&v=2",
            "v=1&&v=2",
            "&v=1&",
            "v=a%26b",
            "v=%00",
            "v=%0A",
            "%76=enc-key",
            "V=upper",
            "v=caf\u00e9",
            "v=\u2713",
            "v=a#frag",
        )
    ),
    _q("/s", "v=" + "x" * 3000, "long value"),
    *(_q("/s", q) for q in ("v=%C3", "v=%C3%A9+x%FF&v=ok", "v%C3=1&v=2", "v=a+b%FF")),
    *(_q("/so", q) for q in ("", "v=", "v", "v=null", "v=None", "v=x")),
    # ints
    *(
        _q("/i", q)
        for q in (
            "v=1",
            "v=007",
            "v=+7",
            "v=-0",
            "v=0",
            "v=00",
            "v=-007",
            "v=010",
            "v= 7",
            "v=7%20",
            "v=1_000",
            "v=1e3",
            "v=1.0",
            "v=1.5",
            "v=0x10",
            "v=99999999999999999999999",
            "v=-99999999999999999999999",
            "v=\u0663",
            "v=",
            "v",
            "v=1&v=2",
            "v=nan",
        )
    ),
    *(_q("/io", q) for q in ("", "v=", "v", "v=3", "v=x", "v=null")),
    # floats
    *(
        _q("/f", q)
        for q in (
            "v=1",
            "v=1.5",
            "v=1e3",
            "v=1E-2",
            "v=.5",
            "v=5.",
            "v=-0.0",
            "v=nan",
            "v=NaN",
            "v=inf",
            "v=-inf",
            "v=Infinity",
            "v=1_0.5",
            "v=1,5",
            "v=",
            "v=0x1p3",
            "v=1e400",
        )
    ),
    # bools
    *(
        _q("/b", q)
        for q in (
            "v=true",
            "v=True",
            "v=TRUE",
            "v=false",
            "v=False",
            "v=1",
            "v=0",
            "v=yes",
            "v=no",
            "v=on",
            "v=off",
            "v=t",
            "v=f",
            "v=y",
            "v=2",
            "v=",
            "v",
            "v=true&v=false",
        )
    ),
    *(_q("/bo", q) for q in ("", "v=", "v=1", "v=maybe")),
    *(_q("/d", q) for q in ("v=1.10", "v=1e3", "v=nan", "v=abc", "v=-0", "v=1_0")),
    # lists
    *(
        _q("/ls", q)
        for q in ("", "v=", "v", "v=a&v=", "v=a,b", "v=a&v=b&v=a", "v=a;v=b", "v[]=a", "v=a&x=1&v=b")
    ),
    *(_q("/li", q) for q in ("v=1&v=2", "v=1&v=x", "v=1,2", "v=", "v=a&v=b", "")),
    *(_q("/lo", q) for q in ("", "v=", "v=1", "v=1&v=")),
    # enums
    *(
        _q("/e", q)
        for q in (
            "c=red",
            "c=RED",
            "c=Red",
            "c=dark+blue",
            "c=dark%20blue",
            "c=DARK_BLUE",
            "c=red&lv=1",
            "c=red&lv=HIGH",
            "c=red&lv=3",
            "c=red&lv=01",
            "c=red&lv=",
            "c=",
        )
    ),
    # uuid
    *(
        _q("/u", q)
        for q in (
            "v=8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b",
            "v=8B2F1E3A-2C4D-4E5F-9A6B-7C8D9E0F1A2B",
            "v=8b2f1e3a2c4d4e5f9a6b7c8d9e0f1a2b",
            "v={8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b}",
            "v=urn:uuid:8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b",
            "v=8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2",
            "v=",
        )
    ),
    # dates and times
    *(
        _q("/date", q)
        for q in ("v=2024-02-29", "v=20240229", "v=2024-2-29", "v=2024-02-29T00:00:00", "v=1700000000", "v=")
    ),
    *(
        _q("/dt", q)
        for q in (
            "v=2024-01-02T03:04:05",
            "v=2024-01-02T03:04:05Z",
            "v=2024-01-02T03:04:05%2B02:00",
            "v=2024-01-02T03:04:05+02:00",
            "v=2024-01-02 03:04:05",
            "v=2024-01-02T03:04:05.123456789",
            "v=2024-01-02",
            "v=1700000000",
            "v=1700000000.5",
            "v=2024-01-02T24:00:00",
        )
    ),
    *(_q("/t", q) for q in ("v=12:30", "v=12:30:00.5", "v=12:30:00Z", "v=1230", "v=24:00")),
    *(_q("/td", q) for q in ("v=P1D", "v=PT1.5S", "v=-P1D", "v=90", "v=1.5", "v=1 day", "v=P1Y")),
    # constraint boundaries
    *(
        _q("/c", q)
        for q in (
            "n=0",
            "n=10",
            "n=-1",
            "n=11",
            "x=0",
            "x=1",
            "x=0.0001",
            "x=0.9999",
            "m=0",
            "m=9",
            "m=10",
            "s=",
            "s=abc",
            "s=abcd",
            "s=%E2%9C%93%E2%9C%93%E2%9C%93",
            "n=-1&x=2&m=4&s=",
        )
    ),
    *(_q("/many", q) for q in ("a=1;b=2", "a=1&b=2&c", "a&b&c", "b=%3D%26")),
    *(_q("/union", q) for q in ("v=1", "v=x", "v=1.5", "v=")),
    *(_q("/strict", q) for q in ("q=a&limit=5&extra=1", "q=a&LIMIT=5", "Q=a")),
]
