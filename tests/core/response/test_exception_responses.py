"""Tests for ``litestar.exceptions.responses``."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from _response_helpers import make_request, run_asgi
from litestar.enums import MediaType
from litestar.exceptions import (
    HTTPException,
    ImproperlyConfiguredException,
    NotAuthorizedException,
    NotFoundException,
    SerializationException,
    ValidationException,
)
from litestar.exceptions.responses import (
    ExceptionResponseContent,
    create_debug_response,
    create_exception_response,
)


async def wire(response: Any) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    capture = await run_asgi(response.to_asgi_response(None, make_request()))
    return capture.start["status"], capture.headers, capture.body


@pytest.mark.parametrize(
    ("exc", "status", "body", "headers"),
    [
        (HTTPException(), 500, {"status_code": 500, "detail": "Internal Server Error"}, []),
        (HTTPException(detail="boom", status_code=418), 418, {"status_code": 418, "detail": "boom"}, []),
        (
            NotFoundException("x", headers={"h": "v"}),
            404,
            {"status_code": 404, "detail": "x"},
            [(b"h", b"v")],
        ),
        (
            ValidationException(detail="bad", extra=[{"k": "v"}]),
            400,
            {"status_code": 400, "detail": "bad", "extra": [{"k": "v"}]},
            [],
        ),
        (
            HTTPException(extra=[]),
            500,
            {"status_code": 500, "detail": "Internal Server Error", "extra": []},
            [],
        ),
        (
            HTTPException(status_code=500, detail="secret"),
            500,
            {"status_code": 500, "detail": "Internal Server Error"},
            [],
        ),
        (
            ImproperlyConfiguredException("imp"),
            500,
            {"status_code": 500, "detail": "Internal Server Error"},
            [],
        ),
        (
            HTTPException(status_code=503, detail="unavail"),
            503,
            {"status_code": 503, "detail": "unavail"},
            [],
        ),
        (
            NotAuthorizedException(headers={"WWW-Authenticate": "Bearer"}),
            401,
            {"status_code": 401, "detail": "Unauthorized"},
            [(b"www-authenticate", b"Bearer")],
        ),
        (ValueError("v"), 500, {"status_code": 500, "detail": "Internal Server Error"}, []),
    ],
)
async def test_create_exception_response(
    exc: Exception, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]]
) -> None:
    got_status, got_headers, got_body = await wire(create_exception_response(make_request(), exc))
    assert got_status == status
    assert json.loads(got_body) == body
    assert got_headers == [
        *headers,
        (b"content-type", b"application/json"),
        (b"content-length", str(len(got_body)).encode()),
    ]


async def test_exception_body_follows_route_handler_media_type_and_encoders() -> None:
    handler = SimpleNamespace(
        media_type=MediaType.TEXT, resolve_type_encoders=lambda: {complex: lambda v: "enc"}
    )
    request = make_request(route_handler=handler)
    response = create_exception_response(request, HTTPException(status_code=400, extra={"c": 1j}))
    capture = await run_asgi(response.to_asgi_response(None, request))
    assert capture.headers[0] == (b"content-type", b"text/plain; charset=utf-8")
    assert capture.body == b'{"status_code":400,"detail":"Bad Request","extra":{"c":"enc"}}'


def test_exception_response_content() -> None:
    content = ExceptionResponseContent(
        status_code=400, detail="d", media_type="application/json", headers={"a": "b"}, extra={"x": 1}
    )
    response = content.to_response()
    assert response.content == {"status_code": 400, "detail": "d", "extra": {"x": 1}}
    assert (response.status_code, response.media_type, response.headers) == (
        400,
        "application/json",
        {"a": "b"},
    )
    text = ExceptionResponseContent(status_code=400, detail="d", media_type="text/plain").to_response()
    assert text.content == b'{"status_code":400,"detail":"d"}'
    with pytest.raises(SerializationException):
        ExceptionResponseContent(
            status_code=400, detail="d", media_type="text/plain", extra={"c": 1j}
        ).to_response()


def raise_and_catch(exc: Exception) -> Exception:
    try:
        raise exc
    except Exception as caught:  # noqa: BLE001
        return caught


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (None, b"text/plain; charset=utf-8"),
        (b"*/*", b"text/plain; charset=utf-8"),
        (b"text/plain", b"text/plain; charset=utf-8"),
        (b"TEXT/HTML", b"text/plain; charset=utf-8"),
        (b"text/html", b"text/html; charset=utf-8"),
        (b"text/html;q=0.1, text/plain", b"text/html; charset=utf-8"),
        (b"application/json", b"application/json"),
        (b"text/plain, application/json", b"application/json"),
    ],
)
async def test_debug_response_format_follows_accept(accept: bytes | None, media_type: bytes) -> None:
    request = make_request(headers=[(b"accept", accept)] if accept else [])
    exc = raise_and_catch(KeyError("xx<"))
    capture = await run_asgi(create_debug_response(request, exc).to_asgi_response(None, request))
    assert capture.start["status"] == 500
    assert capture.headers[0] == (b"content-type", media_type)
    if media_type == b"application/json":
        body = json.loads(capture.body)
        assert sorted(body) == ["details", "status_code"]
        assert body["status_code"] == 500
        assert body["details"].startswith("Traceback (most recent call last):\n")
        assert body["details"].endswith("KeyError: 'xx<'\n")
    elif media_type.startswith(b"text/html"):
        assert capture.body.startswith(b"<!doctype html>")
        assert b"KeyError" in capture.body
        assert b"xx&lt;" in capture.body
    else:
        assert capture.body.startswith(b"Traceback (most recent call last):\n")
        assert capture.body.endswith(b"KeyError: 'xx<'\n")


async def test_debug_response_for_http_exceptions() -> None:
    request = make_request(headers=[(b"accept", b"application/json")])
    server_error = create_debug_response(request, raise_and_catch(HTTPException(status_code=500, detail="s")))
    assert set(server_error.content) == {"details", "status_code"}
    unavailable = create_debug_response(request, HTTPException(status_code=503, detail="x", extra={"e": 1}))
    status, _, body = await wire(unavailable)
    assert status == 503
    assert json.loads(body) == {"status_code": 503, "detail": "x", "extra": {"e": 1}}
