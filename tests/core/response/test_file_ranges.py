"""Conditional and range requests answered by ``File`` responses."""

from __future__ import annotations

from pathlib import Path

import pytest
from litestar import Litestar, get
from litestar.response import File
from litestar.response._ranges import MAX_RANGES, Unsatisfiable, multipart_parts, parse_range_header
from litestar.testing import TestClient

DATA = bytes(range(256)) * 8  # 2048 bytes


@pytest.fixture
def client(tmp_path: Path) -> TestClient[Litestar]:
    path = tmp_path / "data.bin"
    path.write_bytes(DATA)

    @get("/file")
    async def whole() -> File:
        return File(path, filename="data.bin")

    @get("/small-chunks")
    async def small() -> File:
        return File(path, filename="data.bin", chunk_size=100)

    @get("/created", status_code=201)
    async def created() -> File:
        return File(path, filename="data.bin")

    with TestClient(Litestar([whole, small, created])) as client:
        yield client


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-9", [(0, 10)]),
        ("bytes=-10", [(90, 100)]),
        ("bytes=95-", [(95, 100)]),
        ("bytes=90-200", [(90, 100)]),
        ("bytes=0-4, 2-8", [(0, 9)]),
        ("bytes=5-9,0-4", [(0, 10)]),
        ("bytes=0-0,10-19", [(0, 1), (10, 20)]),
        ("bytes=-0,0-1", [(0, 2)]),
        (" BYTES = 1-2 ", [(1, 3)]),
        ("bytes=-500", [(0, 100)]),
    ],
)
def test_parse_range_header(header: str, expected: list[tuple[int, int]]) -> None:
    assert parse_range_header(header, 100) == expected


@pytest.mark.parametrize(
    "header", ["items=0-1", "bytes", "bytes=a-b", "bytes=5-1", "bytes=1-x", "bytes=0-1-2", "bytes=--1"]
)
def test_malformed_range_headers_are_ignored(header: str) -> None:
    assert parse_range_header(header, 100) is None


def test_too_many_ranges_are_ignored() -> None:
    header = "bytes=" + ",".join(f"{i}-{i}" for i in range(MAX_RANGES + 1))
    assert parse_range_header(header, 1000) is None


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=200-300", "bytes=-0", "bytes=,"])
def test_unsatisfiable_ranges_raise(header: str) -> None:
    with pytest.raises(Unsatisfiable):
        parse_range_header(header, 100)


def test_multipart_framing_length_matches_body() -> None:
    heads, tail, total = multipart_parts([(0, 2), (5, 9)], 10, "text/plain", "b")
    body = heads[0] + b"xx\r\n" + heads[1] + b"yyyy\r\n" + tail
    assert len(body) == total
    assert heads[1] == b"--b\r\nContent-Type: text/plain\r\nContent-Range: bytes 5-8/10\r\n\r\n"


def test_single_range_is_206_with_content_range(client: TestClient[Litestar]) -> None:
    response = client.get("/file", headers={"range": "bytes=10-19"})
    assert response.status_code == 206
    assert response.content == DATA[10:20]
    assert response.headers["content-range"] == "bytes 10-19/2048"
    assert response.headers["content-length"] == "10"
    assert response.headers["etag"]


def test_large_single_range_is_streamed_in_chunks(client: TestClient[Litestar]) -> None:
    response = client.get("/small-chunks", headers={"range": "bytes=50-1049"})
    assert response.status_code == 206
    assert response.content == DATA[50:1050]


def test_whole_file_is_streamed_in_chunks(client: TestClient[Litestar]) -> None:
    response = client.get("/small-chunks")
    assert response.content == DATA
    assert response.headers["content-length"] == "2048"


def test_multiple_ranges_are_multipart_byteranges(client: TestClient[Litestar]) -> None:
    response = client.get("/small-chunks", headers={"range": "bytes=0-1,1000-1299"})
    assert response.status_code == 206
    content_type = response.headers["content-type"]
    assert content_type.startswith("multipart/byteranges; boundary=")
    boundary = content_type.split("boundary=")[1].encode()
    body = response.content
    assert int(response.headers["content-length"]) == len(body)
    parts = body.split(b"--" + boundary)
    assert parts[-1] == b"--\r\n"
    first_head, first_data = parts[1].split(b"\r\n\r\n", 1)
    assert b"Content-Range: bytes 0-1/2048" in first_head
    assert b"Content-Type: application/octet-stream" in first_head
    assert first_data == DATA[0:2] + b"\r\n"
    second_head, second_data = parts[2].split(b"\r\n\r\n", 1)
    assert b"Content-Range: bytes 1000-1299/2048" in second_head
    assert second_data == DATA[1000:1300] + b"\r\n"


def test_unsatisfiable_range_is_416_json(client: TestClient[Litestar]) -> None:
    response = client.get("/file", headers={"range": "bytes=5000-"})
    assert response.status_code == 416
    assert response.headers["content-range"] == "bytes */2048"
    assert response.json() == {"status_code": 416, "detail": "Requested Range Not Satisfiable"}


def test_malformed_range_sends_the_whole_file(client: TestClient[Litestar]) -> None:
    response = client.get("/file", headers={"range": "bytes=x-y"})
    assert response.status_code == 200
    assert response.content == DATA


def test_if_range_with_current_etag_keeps_the_range(client: TestClient[Litestar]) -> None:
    etag = client.get("/file").headers["etag"]
    response = client.get("/file", headers={"range": "bytes=0-1", "if-range": etag})
    assert response.status_code == 206


def test_if_range_with_stale_validator_sends_everything(client: TestClient[Litestar]) -> None:
    response = client.get("/file", headers={"range": "bytes=0-1", "if-range": '"stale"'})
    assert response.status_code == 200
    assert response.content == DATA


def test_if_range_with_last_modified_date(client: TestClient[Litestar]) -> None:
    last_modified = client.get("/file").headers["last-modified"]
    assert client.get("/file", headers={"range": "bytes=0-1", "if-range": last_modified}).status_code == 206
    stale = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get("/file", headers={"range": "bytes=0-1", "if-range": stale}).status_code == 200


@pytest.mark.parametrize("form", ["{etag}", "W/{etag}", '"other", {etag}', "*"])
def test_if_none_match_gives_304_without_body(client: TestClient[Litestar], form: str) -> None:
    etag = client.get("/file").headers["etag"]
    response = client.get("/file", headers={"if-none-match": form.format(etag=etag)})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == etag
    assert "content-length" not in response.headers


def test_if_none_match_other_etag_sends_the_file(client: TestClient[Litestar]) -> None:
    assert client.get("/file", headers={"if-none-match": '"nope"'}).status_code == 200


def test_non_200_file_responses_ignore_ranges(client: TestClient[Litestar]) -> None:
    response = client.get("/created", headers={"range": "bytes=0-1"})
    assert response.status_code == 201
    assert response.content == DATA
