"""Parameter and body conversions matching the reference on edge inputs (oracle sweep regressions)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
from typing import Annotated, Any

import pytest
from litestar import Litestar, get, post
from litestar.datastructures import UploadFile
from litestar.params import Parameter
from litestar.testing import create_test_client


@dataclasses.dataclass
class Item:
    price: float


@dataclasses.dataclass
class WithFile:
    doc: UploadFile


@pytest.mark.parametrize(
    ("raw", "status", "value"),
    [
        ("7", 200, 7),
        ("0", 200, 0),
        ("-0", 200, 0),
        ("-7", 200, -7),
        ("007", 400, None),
        ("-007", 400, None),
        ("+7", 400, None),
        ("00", 400, None),
    ],
)
def test_query_int_rejects_leading_zeros_and_plus(raw: str, status: int, value: int | None) -> None:
    @get("/")
    async def handler(v: int) -> dict[str, int]:
        return {"v": v}

    with create_test_client([handler]) as client:
        response = client.get(f"/?v={raw.replace('+', '%2B')}")
    assert response.status_code == status
    if value is not None:
        assert response.json() == {"v": value}
    else:
        assert response.json()["extra"][0]["message"] == "Expected `int`, got `str`"


def _call(app: Litestar, path: str, headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": headers,
        "client": ("127.0.0.1", 1), "server": ("testserver", 80), "state": {},
    }  # fmt: skip
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], sent[1]["body"]


def test_first_of_repeated_headers_and_cookie_headers_wins() -> None:
    @get("/")
    async def handler(
        token: Annotated[str, Parameter(header="x-token")],
        b: Annotated[str, Parameter(cookie="b")] = "-",
        a: Annotated[str, Parameter(cookie="a")] = "-",
    ) -> str:
        return f"{token}|{a}|{b}"

    app = Litestar([handler])
    headers = [(b"x-token", b"1"), (b"X-Token", b"2"), (b"cookie", b"a=1"), (b"cookie", b"b=2")]
    assert _call(app, "/", headers) == (200, b"1|1|-")


@pytest.mark.parametrize(
    ("segment", "expected"),
    [("+7", 7), ("1_000", 1000), (" 7", 7), ("007", 7), ("-3", -3)],
)
def test_int_path_segments_convert_like_int(segment: str, expected: int) -> None:
    @get("/i/{v:int}")
    async def handler(v: int) -> dict[str, int]:
        return {"v": v}

    with create_test_client([handler]) as client:
        assert client.get(f"/i/{segment}").json() == {"v": expected}
        assert client.get("/i/0x10").status_code == 404


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/dt/2024-01-02T03:04:05.123456789", 200, "2024-01-02T03:04:05.123457"),
        ("/dt/2024-01-02", 404, None),
        ("/d/20240229", 404, None),
        ("/t/12:30", 404, None),
        ("/t/12:30:15", 200, "12:30:15"),
        ("/td/1.9", 200, "1.0"),
        ("/td/-1.5", 200, "-1.0"),
        ("/td/PT1.5S", 200, "1.5"),
        ("/td/nan", 404, None),
        ("/td/inf", 404, None),
    ],
)
def test_temporal_path_segments(path: str, status: int, text: str | None) -> None:
    @get("/dt/{v:datetime}")
    async def dt(v: datetime.datetime) -> str:
        return v.isoformat()

    @get("/d/{v:date}")
    async def d(v: datetime.date) -> str:
        return v.isoformat()

    @get("/t/{v:time}")
    async def t(v: datetime.time) -> str:
        return v.isoformat()

    @get("/td/{v:timedelta}")
    async def td(v: datetime.timedelta) -> str:
        return str(v.total_seconds())

    with create_test_client([dt, d, t, td]) as client:
        response = client.get(path)
    assert response.status_code == status
    if text is not None:
        assert response.text == text


def test_json_number_out_of_range_is_a_malformed_body() -> None:
    @post("/")
    async def handler(data: Item) -> None:
        return None

    with create_test_client([handler]) as client:
        response = client.post("/", content=b'{"price": 1e400}', headers={"content-type": "application/json"})
        top = client.post("/", content=b"[1e999]", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"status_code": 400, "detail": "Number out of range - at `$[...]`"}
    assert top.json() == {"status_code": 400, "detail": "Number out of range - at `$[0]`"}


def test_unsupported_types_report_the_default_deserializer_message() -> None:
    @post("/body")
    async def body(data: WithFile) -> None:
        return None

    @get("/query")
    async def query(v: UploadFile) -> None:
        return None

    with create_test_client([body, query]) as client:
        body_error = client.post("/body", json={"doc": 1}).json()["extra"][0]
        query_error = client.get("/query?v=1").json()["extra"][0]
    assert body_error == {"message": "Unsupported type: <class 'int'>", "key": "doc", "source": "body"}
    assert query_error == {"message": "Unsupported type: <class 'str'>", "key": "v", "source": "query"}
