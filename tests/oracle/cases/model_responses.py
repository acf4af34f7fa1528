"""msgspec Struct / TypedDict / dataclass responses and bodies with datetime, UUID, Decimal and enum fields."""

from __future__ import annotations

import datetime
import enum
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, TypedDict

import msgspec
from litestar import Litestar, get, post

UID = uuid.UUID("12345678-1234-5678-1234-567812345678")
WHEN = datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=datetime.UTC)


class Status(str, enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Plain(enum.Enum):
    RED = "r"
    BLUE = 2


class Order(msgspec.Struct):
    id: uuid.UUID
    total: Decimal
    created: datetime.datetime
    status: Status
    level: Level
    day: datetime.date
    note: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class Renamed(msgspec.Struct, rename="camel", omit_defaults=True):
    first_name: str
    last_seen: datetime.datetime | None = None
    score: int = 0


class Tagged(msgspec.Struct, tag=True):
    value: int


class Frozen(msgspec.Struct, frozen=True, kw_only=True):
    kind: Literal["a", "b"]
    delta: datetime.timedelta


class TD(TypedDict):
    id: uuid.UUID
    amount: Decimal
    at: datetime.datetime
    status: Status


@dataclass
class DC:
    id: uuid.UUID
    amount: Decimal
    at: datetime.time
    status: Status
    levels: list[Level] = field(default_factory=list)
    extra: dict[str, int] | None = None


@dataclass
class Nested:
    order: Order
    items: list[DC]
    mapping: dict[str, TD]


def make_order() -> Order:
    return Order(
        id=UID,
        total=Decimal("19.990"),
        created=WHEN,
        status=Status.ACTIVE,
        level=Level.HIGH,
        day=datetime.date(2024, 5, 6),
        tags=["x"],
    )


def make_dc() -> DC:
    return DC(
        id=UID, amount=Decimal("-0.5"), at=datetime.time(1, 2, 3), status=Status.INACTIVE, levels=[Level.LOW]
    )


def make_td() -> TD:
    return TD(id=UID, amount=Decimal("1E+2"), at=WHEN.replace(tzinfo=None), status=Status.ACTIVE)


@get("/struct")
async def struct_out() -> Order:
    return make_order()


@get("/renamed")
async def renamed_out() -> list[Renamed]:
    return [Renamed(first_name="a"), Renamed(first_name="b", last_seen=WHEN, score=3)]


@get("/tagged")
async def tagged_out() -> Tagged:
    return Tagged(value=1)


@get("/frozen")
async def frozen_out() -> Frozen:
    return Frozen(kind="a", delta=datetime.timedelta(days=1, seconds=5))


@get("/typeddict")
async def typeddict_out() -> TD:
    return make_td()


@get("/dataclass")
async def dataclass_out() -> DC:
    return make_dc()


@get("/nested")
async def nested_out() -> Nested:
    return Nested(order=make_order(), items=[make_dc()], mapping={"k": make_td()})


@get("/enum")
async def enum_out() -> Status:
    return Status.INACTIVE


@get("/mixed-enum")
async def mixed_enum_out() -> dict:
    return {"values": [Plain.RED, Plain.BLUE]}


@get("/decimal")
async def decimal_out() -> Decimal:
    return Decimal("3.14")


@get("/datetime")
async def datetime_out() -> datetime.datetime:
    return WHEN


@post("/struct")
async def struct_in(data: Order) -> Order:
    return data


@post("/typeddict")
async def typeddict_in(data: TD) -> dict:
    return {"types": sorted(type(v).__name__ for v in data.values()), "data": data}


@post("/dataclass")
async def dataclass_in(data: DC) -> dict:
    return {
        "amount_type": type(data.amount).__name__,
        "status": data.status,
        "levels": data.levels,
        "at": data.at,
    }


@post("/renamed")
async def renamed_in(data: Renamed) -> Renamed:
    return data


@post("/frozen")
async def frozen_in(data: Frozen) -> dict:
    return {"kind": data.kind, "seconds": data.delta.total_seconds()}


app = Litestar(
    [
        struct_out,
        renamed_out,
        tagged_out,
        frozen_out,
        typeddict_out,
        dataclass_out,
        nested_out,
        enum_out,
        mixed_enum_out,
        decimal_out,
        datetime_out,
        struct_in,
        typeddict_in,
        dataclass_in,
        renamed_in,
        frozen_in,
    ]
)

ORDER_JSON = {
    "id": str(UID),
    "total": "5.50",
    "created": "2024-01-01T00:00:00Z",
    "status": "active",
    "level": 1,
    "day": "2024-01-01",
}

REQUESTS = [
    {"method": "GET", "url": "/struct"},
    {"method": "GET", "url": "/renamed"},
    {"method": "GET", "url": "/tagged"},
    {"method": "GET", "url": "/frozen"},
    {"method": "GET", "url": "/typeddict"},
    {"method": "GET", "url": "/dataclass"},
    {"method": "GET", "url": "/nested"},
    {"method": "GET", "url": "/enum"},
    {"method": "GET", "url": "/mixed-enum", "name": "enum with str and int values, output only"},
    {"method": "GET", "url": "/decimal"},
    {"method": "GET", "url": "/datetime"},
    {"method": "POST", "url": "/struct", "json": ORDER_JSON},
    {
        "method": "POST",
        "url": "/struct",
        "json": {**ORDER_JSON, "total": 5.5},
        "name": "decimal from a number",
    },
    {"method": "POST", "url": "/struct", "json": {**ORDER_JSON, "status": "unknown"}, "name": "bad enum"},
    {"method": "POST", "url": "/struct", "json": {**ORDER_JSON, "id": "not-a-uuid"}, "name": "bad uuid"},
    {
        "method": "POST",
        "url": "/struct",
        "json": {**ORDER_JSON, "created": "yesterday"},
        "name": "bad datetime",
    },
    {"method": "POST", "url": "/struct", "json": {**ORDER_JSON, "level": 3}, "name": "bad int enum"},
    {
        "method": "POST",
        "url": "/typeddict",
        "json": {"id": str(UID), "amount": "2", "at": "2024-01-01T10:00:00", "status": "inactive"},
    },
    {
        "method": "POST",
        "url": "/typeddict",
        "json": {"id": str(UID), "amount": "2"},
        "name": "typeddict missing keys",
    },
    {
        "method": "POST",
        "url": "/dataclass",
        "json": {"id": str(UID), "amount": "7.25", "at": "10:11:12", "status": "active", "levels": [2, 1]},
    },
    {
        "method": "POST",
        "url": "/dataclass",
        "json": {"id": str(UID), "amount": "x", "at": "10:11:12", "status": "active"},
        "name": "bad decimal",
    },
    {
        "method": "POST",
        "url": "/renamed",
        "json": {"firstName": "z", "lastSeen": "2024-01-01T00:00:00+02:00"},
    },
    {"method": "POST", "url": "/renamed", "json": {"first_name": "z"}, "name": "python name rejected"},
    {"method": "POST", "url": "/frozen", "json": {"kind": "b", "delta": "P1DT2S"}},
    {"method": "POST", "url": "/frozen", "json": {"kind": "c", "delta": "P1D"}, "name": "bad literal"},
]
