"""Path parameters of every supported type, including values that do not convert."""

from __future__ import annotations

import datetime
import decimal
import uuid
from pathlib import Path

from litestar import Litestar, get


@get("/str/{value:str}")
async def p_str(value: str) -> dict:
    return {"value": value, "type": type(value).__name__}


@get("/int/{value:int}")
async def p_int(value: int) -> dict:
    return {"value": value, "type": type(value).__name__}


@get("/float/{value:float}")
async def p_float(value: float) -> dict:
    return {"value": value, "type": type(value).__name__}


@get("/uuid/{value:uuid}")
async def p_uuid(value: uuid.UUID) -> dict:
    return {"value": str(value), "type": type(value).__name__}


@get("/decimal/{value:decimal}")
async def p_decimal(value: decimal.Decimal) -> dict:
    return {"value": str(value), "type": type(value).__name__}


@get("/date/{value:date}")
async def p_date(value: datetime.date) -> dict:
    return {"value": value.isoformat(), "type": type(value).__name__}


@get("/datetime/{value:datetime}")
async def p_datetime(value: datetime.datetime) -> dict:
    return {"value": value.isoformat(), "type": type(value).__name__}


@get("/time/{value:time}")
async def p_time(value: datetime.time) -> dict:
    return {"value": value.isoformat(), "type": type(value).__name__}


@get("/timedelta/{value:timedelta}")
async def p_timedelta(value: datetime.timedelta) -> dict:
    return {"seconds": value.total_seconds(), "type": type(value).__name__}


@get("/path/{value:path}")
async def p_path(value: Path) -> dict:
    return {"value": str(value), "type": type(value).__name__}


@get("/multi/{a:int}/x/{b:str}/{c:uuid}")
async def p_multi(a: int, b: str, c: uuid.UUID) -> dict:
    return {"a": a, "b": b, "c": str(c)}


@get("/static/fixed")
async def p_static() -> str:
    return "static wins"


@get("/static/{name:str}")
async def p_static_param(name: str) -> str:
    return f"param {name}"


@get("/int-as-str/{value:int}")
async def p_int_as_str(value: str) -> dict:
    return {"value": value, "type": type(value).__name__}


app = Litestar(
    route_handlers=[
        p_str,
        p_int,
        p_float,
        p_uuid,
        p_decimal,
        p_date,
        p_datetime,
        p_time,
        p_timedelta,
        p_path,
        p_multi,
        p_static,
        p_static_param,
        p_int_as_str,
    ]
)

U = "8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b"

REQUESTS = [
    {"method": "GET", "url": "/str/hello"},
    {"method": "GET", "url": "/str/hello%20world", "name": "percent-encoded str"},
    {"method": "GET", "url": "/str/caf%C3%A9", "name": "utf-8 str"},
    {"method": "GET", "url": "/int/42"},
    {"method": "GET", "url": "/int/-7", "name": "negative int"},
    {"method": "GET", "url": "/int/abc", "name": "bad int"},
    {"method": "GET", "url": "/int/1.5", "name": "float for int"},
    {"method": "GET", "url": "/float/1.5"},
    {"method": "GET", "url": "/float/3", "name": "int-looking float"},
    {"method": "GET", "url": "/float/nope", "name": "bad float"},
    {"method": "GET", "url": f"/uuid/{U}"},
    {"method": "GET", "url": "/uuid/not-a-uuid", "name": "bad uuid"},
    {"method": "GET", "url": "/decimal/3.14159"},
    {"method": "GET", "url": "/decimal/x1", "name": "bad decimal"},
    {"method": "GET", "url": "/date/2024-02-29"},
    {"method": "GET", "url": "/date/2023-02-30", "name": "bad date"},
    {"method": "GET", "url": "/datetime/2024-01-02T03:04:05"},
    {"method": "GET", "url": "/datetime/2024-01-02T03:04:05+02:00", "name": "datetime with offset"},
    {"method": "GET", "url": "/datetime/yesterday", "name": "bad datetime"},
    {"method": "GET", "url": "/time/12:30:00"},
    {"method": "GET", "url": "/time/25:00", "name": "bad time"},
    {"method": "GET", "url": "/timedelta/P1DT2H", "name": "iso8601 duration"},
    {"method": "GET", "url": "/timedelta/soon", "name": "bad timedelta"},
    {"method": "GET", "url": "/path/a/b/c.txt"},
    {"method": "GET", "url": "/path/single"},
    {"method": "GET", "url": f"/multi/5/x/foo/{U}"},
    {"method": "GET", "url": "/multi/5/x/foo/bad", "name": "multi bad uuid"},
    {"method": "GET", "url": "/static/fixed", "name": "static beats param"},
    {"method": "GET", "url": "/static/other"},
    {"method": "GET", "url": "/int-as-str/12", "name": "int path param annotated str"},
    {"method": "GET", "url": "/int/", "name": "empty segment"},
]
