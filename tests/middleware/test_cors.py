"""CORS: preflight answers and headers on every response, errors and mounts included."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, asgi, get
from litestar.config.cors import CORSConfig
from litestar.testing import TestClient


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


@asgi("/mount", is_mount=True, copy_scope=True)
async def mounted(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"m"})


def _client(config: CORSConfig) -> TestClient[Litestar]:
    return TestClient(Litestar([handler, mounted], cors_config=config))


def test_default_config_allows_everything() -> None:
    with _client(CORSConfig()) as client:
        response = client.get("/a", headers={"origin": "http://x.com"})
        assert response.headers["access-control-allow-origin"] == "*"
        assert response.headers["access-control-allow-methods"] == "*"
        preflight = client.options(
            "/a",
            headers={
                "origin": "http://x.com",
                "access-control-request-method": "PUT",
                "access-control-request-headers": "x-a",
            },
        )
        assert preflight.status_code == 204
        assert (
            preflight.headers["access-control-allow-methods"]
            == "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
        )
        assert (
            preflight.headers["access-control-allow-headers"]
            == "Accept, Accept-Language, Content-Language, Content-Type, x-a"
        )
        with_cookie = client.get("/a", headers={"origin": "http://x.com", "cookie": "a=b"})
        assert with_cookie.headers["access-control-allow-origin"] == "http://x.com"
        assert with_cookie.headers["vary"] == "Origin"


def test_no_origin_means_no_cors_headers() -> None:
    with _client(CORSConfig()) as client:
        assert "access-control-allow-origin" not in client.get("/a").headers
        assert client.options("/a").headers["allow"] == "GET, OPTIONS"


@pytest.mark.parametrize("path", ["/a", "/missing", "/mount/x"])
def test_explicit_origins_on_handlers_404s_and_mounts(path: str) -> None:
    config = CORSConfig(allow_origins=["http://x.com"], allow_credentials=True, expose_headers=["x-e"])
    with _client(config) as client:
        allowed = client.get(path, headers={"origin": "http://x.com"})
        assert allowed.headers["access-control-allow-origin"] == "http://x.com"
        assert allowed.headers["access-control-allow-credentials"] == "true"
        assert allowed.headers["access-control-expose-headers"] == "x-e"
        denied = client.get(path, headers={"origin": "http://evil.com"})
        assert "access-control-allow-origin" not in denied.headers
        # Precomputed responses are not modified in place: a later request without Origin is clean.
        assert "access-control-allow-origin" not in client.get(path).headers


def test_preflight_rejections() -> None:
    config = CORSConfig(allow_origins=["http://x.com"], allow_methods=["GET"], allow_headers=["x-a"])
    with _client(config) as client:
        bad_origin = client.options(
            "/a", headers={"origin": "http://y.com", "access-control-request-method": "GET"}
        )
        assert (bad_origin.status_code, bad_origin.text) == (400, "Disallowed CORS Origin")
        bad_method = client.options(
            "/a", headers={"origin": "http://x.com", "access-control-request-method": "PUT"}
        )
        assert bad_method.text == "Disallowed CORS method"
        bad_header = client.options(
            "/a",
            headers={
                "origin": "http://x.com",
                "access-control-request-method": "GET",
                "access-control-request-headers": "x-b",
            },
        )
        assert bad_header.text == "Disallowed CORS headers"
        ok = client.options(
            "/missing", headers={"origin": "http://x.com", "access-control-request-method": "GET"}
        )
        assert ok.status_code == 204
        assert ok.headers["access-control-allow-origin"] == "http://x.com"
        assert (
            ok.headers["access-control-allow-headers"]
            == "Accept, Accept-Language, Content-Language, Content-Type, x-a"
        )


def test_origin_regex_and_wildcard_subdomains() -> None:
    config = CORSConfig(allow_origins=["https://*.example.com"], allow_origin_regex=r"https://.*\.other\.org")
    assert config.is_origin_allowed("https://a.example.com")
    assert config.is_origin_allowed("https://b.other.org")
    assert not config.is_origin_allowed("https://example.net")
    with _client(config) as client:
        response = client.get("/a", headers={"origin": "https://b.other.org"})
        assert response.headers["access-control-allow-origin"] == "https://b.other.org"
