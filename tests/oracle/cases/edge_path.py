"""Edge cases of path parameters: encodings, slashes, number/uuid/date formats, the `path` type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from pathlib import Path

from litestar import Litestar, get


def _r(value: object) -> str:
    return f"{type(value).__name__}:{value!r}"


@get("/s/{v:str}")
async def s(v: str) -> dict:
    return {"v": _r(v)}


@get("/s/{v:str}/tail")
async def s_tail(v: str) -> dict:
    return {"tail": _r(v)}


@get("/i/{v:int}")
async def i(v: int) -> dict:
    return {"v": _r(v)}


@get("/f/{v:float}")
async def f(v: float) -> dict:
    return {"v": _r(v)}


@get("/dec/{v:decimal}")
async def dec(v: decimal.Decimal) -> dict:
    return {"v": _r(v)}


@get("/u/{v:uuid}")
async def u(v: uuid.UUID) -> dict:
    return {"v": _r(v)}


@get("/d/{v:date}")
async def d(v: datetime.date) -> dict:
    return {"v": _r(v)}


@get("/dt/{v:datetime}")
async def dt(v: datetime.datetime) -> dict:
    return {"v": _r(v)}


@get("/t/{v:time}")
async def t(v: datetime.time) -> dict:
    return {"v": _r(v)}


@get("/td/{v:timedelta}")
async def td(v: datetime.timedelta) -> dict:
    return {"v": _r(v)}


@get("/p/{v:path}")
async def p(v: Path) -> dict:
    return {"v": _r(v)}


@get("/ps/{v:path}")
async def ps(v: str) -> dict:
    return {"v": _r(v)}


@get("/static/x")
async def static_x() -> dict:
    return {"static": True}


@get("/ann/{v:int}")
async def ann_str(v: str) -> dict:
    return {"v": _r(v)}


@get("/ann-f/{v:int}")
async def ann_float(v: float) -> dict:
    return {"v": _r(v)}


app = Litestar(route_handlers=[s, s_tail, i, f, dec, u, d, dt, t, td, p, ps, static_x, ann_str, ann_float])


def _g(url: str, name: str | None = None) -> dict:
    return {"method": "GET", "url": url, **({"name": name} if name else {})}


U = "8b2f1e3a-2c4d-4e5f-9a6b-7c8d9e0f1a2b"

REQUESTS = [
    *(
        _g(url)
        for url in (
            "/s/abc",
            "/s/abc/",
            "/s/abc//",
            "/s//abc",
            "//s/abc",
            "/s/a%2Fb",
            "/s/a%2fb/tail",
            "/s/a%20b",
            "/s/a+b",
            "/s/%E2%9C%93",
            "/s/\u00e9t\u00e9",
            "/s/%C3",
            "/s/%ZZ",
            "/s/%25",
            "/s/a%3Fb",
            "/s/a%23b",
            "/s/abc/tail/",
            "/s/abc/tail/more",
            "/s/./tail",
            "/s/x/../abc",
            "/s/%2E%2E",
            "/s/..",
            "/s/;x",
            "/s/a;b=c",
            "/S/abc",
            "/s/abc?x=1",
        )
    ),
    *(
        _g(f"/i/{v}")
        for v in (
            "0",
            "007",
            "+7",
            "-7",
            "-0",
            "-007",
            "1_000",
            "1e3",
            "1.0",
            "99999999999999999999999",
            "%31%32",
            "\u0663",
            "%20",
            " 7",
            "0x10",
        )
    ),
    *(
        _g(f"/f/{v}")
        for v in (
            "1",
            "1.5",
            "-1.5",
            "+1.5",
            "1e3",
            ".5",
            "5.",
            "nan",
            "inf",
            "-inf",
            "1_0.5",
            "1,5",
            "0x1p3",
        )
    ),
    *(_g(f"/dec/{v}") for v in ("1.10", "1e3", "nan", "-0", "1_0", "Infinity", "sNaN")),
    *(
        _g(f"/u/{v}")
        for v in (
            U,
            U.upper(),
            U.replace("-", ""),
            "{" + U + "}",
            "urn:uuid:" + U,
            U[:-1],
            U + "0",
        )
    ),
    *(_g(f"/d/{v}") for v in ("2024-02-29", "20240229", "2024-2-29", "2024-02-29T00:00:00", "1700000000")),
    *(
        _g(f"/dt/{v}")
        for v in (
            "2024-01-02T03:04:05",
            "2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05%2B02:00",
            "2024-01-02T03:04:05+02:00",
            "2024-01-02 03:04:05",
            "2024-01-02T03:04:05.123",
            "2024-01-02T03:04:05.123456789",
            "2024-01-02",
            "20240102T030405",
            "1700000000",
        )
    ),
    *(_g(f"/t/{v}") for v in ("12:30", "12:30:00.5", "12:30:00Z", "12:30:00+02:00", "1230", "24:00", "12")),
    *(
        _g(f"/td/{v}")
        for v in (
            "P1D",
            "PT1.5S",
            "-P1D",
            "90",
            "1.5",
            "P1Y",
            "P1W",
            "1 day",
            "01:00:00",
            "1.9",
            "-1.5",
            "-0.5",
            "1_0",
            "+5",
            "1e3",
            "nan",
        )
    ),
    _g("/td/inf", "timedelta inf"),
    *(
        _g(url)
        for url in (
            "/p/a",
            "/p/a/b/c",
            "/p/a/b/",
            "/p/a//b",
            "/p/a%2Fb",
            "/p/%2Fetc",
            "/p/a/../b",
            "/p/../../etc/passwd",
            "/p/%2E%2E/x",
            "/p/",
            "/p",
            "/p/\u00e9/x",
            "/ps/a/b",
            "/ps/a%20b/c",
            "/ps/a//b",
            "/ps/%2Fetc",
            "/ps/a%2F%2Fb",
            "/s//a//tail",
            "/static/x",
            "/static/x/",
            "/static//x",
            "/ann/5",
            "/ann/05",
            "/ann-f/5",
        )
    ),
]
