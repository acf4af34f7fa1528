"""Connection and response data extractors collect the chosen fields and mask secrets (as 2.17)."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, Request, post, websocket
from litestar.connection import WebSocket
from litestar.data_extractors import ConnectionDataExtractor, ResponseDataExtractor
from litestar.exceptions import SerializationException
from litestar.testing import TestClient


def _run(
    extractor: ConnectionDataExtractor, cookies: dict[str, str] | None = None, **request: Any
) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    @post("/p/{x:int}")
    async def handler(request: Request[Any, Any, Any], x: int) -> None:
        data = extractor(request)
        seen.update({key: value for key, value in data.items() if key != "body"})
        seen["body"] = await data["body"]  # type: ignore[misc]
        seen["extract"] = await extractor.extract(request, {"path", "body"})

    with TestClient(Litestar([handler])) as client:
        client.cookies.update(cookies or {})
        client.post("/p/3?a=1&a=2&b=x", **request)
    return seen


def test_request_fields_with_obfuscation_and_parsing() -> None:
    """Masked headers/cookies, parsed query and JSON body, every field present."""
    extractor = ConnectionDataExtractor(
        obfuscate_headers={"Authorization"}, obfuscate_cookies={"sess"}, parse_body=True, parse_query=True
    )
    client_cookies = {"sess": "s1", "other": "o"}
    seen = _run(extractor, json={"k": [1, 2]}, headers={"Authorization": "secret"}, cookies=client_cookies)
    assert seen["headers"]["authorization"] == "*****"
    assert seen["cookies"] == {"sess": "*****", "other": "o"}
    assert seen["query"] == {"a": ["1", "2"], "b": ["x"]}
    assert seen["path_params"] == {"x": 3}
    assert (seen["scheme"], seen["client"], seen["path"], seen["method"]) == (
        "http",
        ("testclient", 50000),
        "/p/3",
        "POST",
    )
    assert seen["content_type"] == ("application/json", {})
    assert seen["body"] == {"k": [1, 2]}
    assert seen["extract"] == {"path": "/p/3", "body": {"k": [1, 2]}}


def test_raw_defaults_and_form() -> None:
    """Without parsing the query and body stay bytes; forms decode to a dict when parsed."""
    raw = _run(ConnectionDataExtractor(extract_client=False), json={"k": 1})
    assert raw["query"] == b"a=1&a=2&b=x"
    assert raw["body"] == b'{"k":1}'
    assert "client" not in raw
    form = _run(ConnectionDataExtractor(parse_body=True), data={"a": "1"})
    assert form["body"] == {"a": "1"}


@pytest.mark.parametrize(("skip", "expected"), [(True, b"{bad"), (False, SerializationException)])
def test_malformed_body(skip: bool, expected: Any) -> None:
    """A malformed body raises, or comes back raw with ``skip_parse_malformed_body``."""
    outcome: list[Any] = []

    @post("/bad")
    async def handler(request: Request[Any, Any, Any]) -> None:
        extractor = ConnectionDataExtractor(parse_body=True, skip_parse_malformed_body=skip)
        try:
            outcome.append((await extractor.extract(request, {"body"}))["body"])
        except SerializationException as exc:
            outcome.append(type(exc))

    with TestClient(Litestar([handler])) as client:
        client.post("/bad", content=b"{bad", headers={"content-type": "application/json"})
    assert outcome == [expected]


def test_websocket_gets_connection_fields_only() -> None:
    """A WebSocket has no method, content type or body to collect."""
    seen: dict[str, Any] = {}

    @websocket("/ws")
    async def handler(socket: WebSocket[Any, Any, Any]) -> None:
        await socket.accept()
        seen.update(ConnectionDataExtractor()(socket))
        await socket.close()

    with TestClient(Litestar([handler])) as client, client.websocket_connect("/ws"):
        pass
    assert set(seen) == {"scheme", "client", "path", "headers", "cookies", "query", "path_params"}
    assert seen["scheme"] == "ws"


def test_response_extractor() -> None:
    """Status, headers without Set-Cookie, cookies (attributes included) and body, masked as asked."""
    messages: Any = (
        {
            "type": "http.response.start",
            "status": 201,
            "headers": [
                (b"x-secret", b"1"),
                (b"content-type", b"text/plain"),
                (b"set-cookie", b"c=v; Path=/"),
                (b"set-cookie", b"d=w; Path=/; HttpOnly"),
            ],
        },
        {"type": "http.response.body", "body": b"hello", "more_body": False},
    )
    extractor = ResponseDataExtractor(obfuscate_headers={"x-secret"}, obfuscate_cookies={"c"})
    assert extractor(messages) == {
        "body": b"hello",
        "status_code": 201,
        "headers": {"x-secret": "*****", "content-type": "text/plain"},
        "cookies": {"c": "*****", "Path": "/", "d": "w", "": "HttpOnly"},
    }
    assert set(ResponseDataExtractor(extract_cookies=False, extract_headers=False).extractors) == {
        "body",
        "status_code",
    }
