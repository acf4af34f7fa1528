"""Query, header and cookie parameters via annotations and `Parameter(...)`: aliases, defaults, constraints."""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Annotated

from litestar import Litestar, get
from litestar.params import Parameter


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@get("/plain")
async def plain(
    name: str,
    count: int = 1,
    ratio: float = 0.5,
    flag: bool = False,
    maybe: str | None = None,
    when: datetime.date | None = None,
    ident: uuid.UUID | None = None,
) -> dict:
    return {
        "name": name,
        "count": count,
        "ratio": ratio,
        "flag": flag,
        "maybe": maybe,
        "when": when.isoformat() if when else None,
        "ident": str(ident) if ident else None,
    }


@get("/lists")
async def lists(
    tags: list[str],
    nums: list[int] | None = None,
    opt_tags: list[str] | None = None,
) -> dict:
    return {"tags": tags, "nums": nums, "opt_tags": opt_tags}


@get("/alias")
async def alias(
    page_size: int = Parameter(query="pageSize", default=10),
    sort_by: Annotated[str, Parameter(query="sort-by")] = "id",
) -> dict:
    return {"page_size": page_size, "sort_by": sort_by}


@get("/constraints")
async def constraints(
    n: int = Parameter(gt=0, lt=10, default=5),
    m: int = Parameter(ge=1, le=3, default=1),
    f: float = Parameter(gt=0.0, default=1.0),
    s: str = Parameter(min_length=2, max_length=4, default="ab"),
    code: str = Parameter(pattern=r"^[A-Z]{3}$", default="ABC"),
) -> dict:
    return {"n": n, "m": m, "f": f, "s": s, "code": code}


@get("/required")
async def required(
    token: str = Parameter(required=True),
    limit: int | None = Parameter(required=False, default=None),
) -> dict:
    return {"token": token, "limit": limit}


@get("/enums")
async def enums(color: Color, level: Level = Level.LOW, colors: list[Color] | None = None) -> dict:
    return {
        "color": color.value,
        "level": int(level),
        "colors": [c.value for c in colors] if colors else None,
    }


@get("/list-constraints")
async def list_constraints(ids: list[int] = Parameter(min_items=1, max_items=3)) -> dict:
    return {"ids": ids}


@get("/headers")
async def headers(
    token: str = Parameter(header="X-API-Token"),
    version: int = Parameter(header="x-version", default=1, ge=1, le=3),
    trace: str | None = Parameter(header="X-Trace", default=None),
) -> dict:
    return {"token": token, "version": version, "trace": trace}


@get("/cookies")
async def cookies(
    session: str = Parameter(cookie="session-id"),
    theme: Annotated[str, Parameter(cookie="theme", min_length=3)] = "light",
    visits: int | None = Parameter(cookie="visits", default=None),
) -> dict:
    return {"session": session, "theme": theme, "visits": visits}


@get("/mixed/{item:int}")
async def mixed(
    item: int,
    q: str = Parameter(query="search", default=""),
    lang: str = Parameter(header="accept-language", default="en"),
    uid: str | None = Parameter(cookie="uid", default=None),
) -> dict:
    return {"item": item, "q": q, "lang": lang, "uid": uid}


app = Litestar(
    route_handlers=[
        plain,
        lists,
        alias,
        constraints,
        required,
        enums,
        list_constraints,
        headers,
        cookies,
        mixed,
    ]
)

REQUESTS = [
    {"method": "GET", "url": "/plain?name=a"},
    {
        "method": "GET",
        "url": "/plain?name=a&count=3&ratio=2.5&flag=true&maybe=x&when=2024-05-06"
        "&ident=8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b",
        "name": "all set",
    },
    {"method": "GET", "url": "/plain?name=a&flag=1", "name": "bool 1"},
    {"method": "GET", "url": "/plain?name=a&flag=no", "name": "bool no"},
    {"method": "GET", "url": "/plain?name=a&flag=maybe", "name": "bad bool"},
    {"method": "GET", "url": "/plain", "name": "missing required"},
    {"method": "GET", "url": "/plain?name=a&count=x&ratio=y", "name": "two bad values"},
    {"method": "GET", "url": "/plain?name=a&when=2024-13-01", "name": "bad date"},
    {"method": "GET", "url": "/plain?name=a&ident=zzz", "name": "bad uuid"},
    {"method": "GET", "url": "/plain?name=a&name=b", "name": "repeated scalar"},
    {"method": "GET", "url": "/plain?name=", "name": "empty value"},
    {"method": "GET", "url": "/plain?name=caf%C3%A9+au+lait", "name": "encoded value"},
    {"method": "GET", "url": "/lists?tags=a&tags=b&nums=1&nums=2"},
    {"method": "GET", "url": "/lists?tags=only", "name": "single list item"},
    {"method": "GET", "url": "/lists", "name": "missing list"},
    {"method": "GET", "url": "/lists?tags=a&nums=x", "name": "bad list item"},
    {"method": "GET", "url": "/alias?pageSize=50&sort-by=name"},
    {"method": "GET", "url": "/alias?page_size=50", "name": "python name ignored"},
    {"method": "GET", "url": "/alias?pageSize=big", "name": "bad aliased"},
    {"method": "GET", "url": "/constraints"},
    {"method": "GET", "url": "/constraints?n=9&m=3&f=0.1&s=abcd&code=XYZ", "name": "edges ok"},
    {"method": "GET", "url": "/constraints?n=0", "name": "gt violated"},
    {"method": "GET", "url": "/constraints?n=10", "name": "lt violated"},
    {"method": "GET", "url": "/constraints?m=0", "name": "ge violated"},
    {"method": "GET", "url": "/constraints?m=4", "name": "le violated"},
    {"method": "GET", "url": "/constraints?f=0", "name": "float gt violated"},
    {"method": "GET", "url": "/constraints?s=a", "name": "min_length violated"},
    {"method": "GET", "url": "/constraints?s=abcde", "name": "max_length violated"},
    {"method": "GET", "url": "/constraints?code=abc", "name": "pattern violated"},
    {"method": "GET", "url": "/required?token=t"},
    {"method": "GET", "url": "/required", "name": "required missing"},
    {"method": "GET", "url": "/required?token=t&limit=4", "name": "optional given"},
    {"method": "GET", "url": "/enums?color=red"},
    {"method": "GET", "url": "/enums?color=green&level=2&colors=red&colors=green", "name": "enums all"},
    {"method": "GET", "url": "/enums?color=blue", "name": "bad enum"},
    {"method": "GET", "url": "/enums?color=red&level=3", "name": "bad int enum"},
    {"method": "GET", "url": "/list-constraints?ids=1&ids=2"},
    {"method": "GET", "url": "/list-constraints?ids=1&ids=2&ids=3&ids=4", "name": "too many items"},
    {"method": "GET", "url": "/headers", "headers": {"X-API-Token": "secret"}},
    {
        "method": "GET",
        "url": "/headers",
        "headers": {"x-api-token": "s", "X-Version": "3", "X-Trace": "abc"},
        "name": "all headers",
    },
    {"method": "GET", "url": "/headers", "name": "missing required header"},
    {
        "method": "GET",
        "url": "/headers",
        "headers": {"X-API-Token": "s", "X-Version": "9"},
        "name": "header le violated",
    },
    {
        "method": "GET",
        "url": "/headers",
        "headers": {"X-API-Token": "s", "X-Version": "v2"},
        "name": "header not int",
    },
    {"method": "GET", "url": "/cookies", "cookies": {"session-id": "abc"}},
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": "session-id=abc; theme=dark; visits=3"},
        "name": "all cookies via header",
    },
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": "theme=dark"},
        "name": "missing required cookie",
    },
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": "session-id=a; theme=x"},
        "name": "cookie min_length",
    },
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": "session-id=a; visits=many"},
        "name": "cookie not int",
    },
    {"method": "GET", "url": "/mixed/3?search=hi", "headers": {"Accept-Language": "fr", "cookie": "uid=u1"}},
    {"method": "GET", "url": "/mixed/3", "name": "mixed defaults"},
]
