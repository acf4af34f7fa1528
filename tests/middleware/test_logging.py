"""The logging middleware writes one request and one response line, with secrets hidden."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from litestar import Litestar, Response, get, post
from litestar.config.compression import CompressionConfig
from litestar.middleware.logging import LoggingMiddlewareConfig
from litestar.response import Stream
from litestar.testing import TestClient


@post("/p/{item:int}")
async def create(item: int, data: dict[str, Any]) -> Response[dict[str, int]]:
    return Response(
        {"ok": item}, cookies={"session": "s", "other": "o"}, headers={"authorization": "x", "x-a": "b"}
    )


@get("/stream")
async def stream() -> Stream:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"ab"
        yield b"cd"

    return Stream(chunks())


@get("/big")
async def big() -> str:
    return "x" * 1000


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def caplog() -> Iterator[_Collect]:  # type: ignore[override]
    """Lines written to the ``litestar`` logger; attached once the app configured logging."""
    handler = _Collect()
    yield handler
    logging.getLogger("litestar").removeHandler(handler)


def _lines(caplog: _Collect) -> list[str]:
    return [line for line in caplog.lines if line.startswith(("HTTP", "in:"))]


def test_request_and_response_lines(caplog: _Collect) -> None:
    config = LoggingMiddlewareConfig()
    with TestClient(Litestar([create], middleware=[config.middleware])) as client:
        logging.getLogger("litestar").addHandler(caplog)
        client.post(
            "/p/3?q=1&q=2", json={"a": 1}, headers={"authorization": "Bearer t", "cookie": "session=abc; c=1"}
        )
    request_line, response_line = _lines(caplog)
    assert request_line.startswith(
        'HTTP Request: path=/p/3, method=POST, content_type=["application/json",{}], '
    )
    assert '"authorization":"*****"' in request_line
    assert 'cookies={"session":"*****","c":"1"}' in request_line
    assert 'query={"q":["1","2"]}, path_params={"item":3}, body={"a":1}' in request_line
    assert response_line.startswith("HTTP Response: status_code=201, cookies={")
    assert '"session":"*****"' in response_line
    assert '"other":"o"' in response_line
    assert '"authorization":"*****","x-a":"b"' in response_line
    assert response_line.endswith('body={"ok":3}')


def test_fields_messages_and_streams(caplog: _Collect) -> None:
    config = LoggingMiddlewareConfig(
        request_log_fields=["path"], response_log_fields=["status_code", "body"], request_log_message="in"
    )
    with TestClient(Litestar([stream], middleware=[config.middleware])) as client:
        logging.getLogger("litestar").addHandler(caplog)
        client.get("/stream")
    assert _lines(caplog) == ["in: path=/stream", "HTTP Response: status_code=200, body=abcd"]


def test_compressed_bodies_are_left_out_unless_asked(caplog: _Collect) -> None:
    config = LoggingMiddlewareConfig(request_log_fields=[], response_log_fields=["status_code", "body"])
    app = Litestar([big], middleware=[config.middleware], compression_config=CompressionConfig("gzip"))
    with TestClient(app) as client:
        logging.getLogger("litestar").addHandler(caplog)
        client.get("/big", headers={"accept-encoding": "gzip"})
        client.get("/big", headers={"accept-encoding": "identity"})
    assert _lines(caplog) == [
        "HTTP Response: status_code=200",
        f"HTTP Response: status_code=200, body={'x' * 1000}",
    ]
