"""Allowed hosts: 400 for foreign hosts, wildcards, ``www`` redirects."""

from __future__ import annotations

import pytest
from litestar import Litestar, get
from litestar.config.allowed_hosts import AllowedHostsConfig
from litestar.testing import TestClient


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


@get("/health", opt={"no_host_check": True})
async def health() -> dict[str, int]:
    return {"ok": 1}


@pytest.mark.parametrize(
    ("allowed", "host", "status"),
    [
        (["example.com"], "example.com", 200),
        (["example.com"], "example.com:8000", 200),
        (["example.com"], "evil.com", 400),
        (["*.example.com"], "a.example.com", 200),
        (["*.example.com"], "example.com", 400),
        (["*"], "anything.org", 200),
        (["www.example.com"], "example.com", 302),
    ],
)
def test_hosts(allowed: list[str], host: str, status: int) -> None:
    with TestClient(Litestar([handler], allowed_hosts=allowed)) as client:
        response = client.get("/a?x=1", headers={"host": host}, follow_redirects=False)
        assert response.status_code == status
        if status == 400:
            assert response.json() == {"message": "invalid host header"}
        if status == 302:
            assert response.headers["location"] == "http://www.example.com/a?x=1"


def test_config_object_exclusions_and_no_redirect() -> None:
    config = AllowedHostsConfig(
        allowed_hosts=["www.example.com"],
        www_redirect=False,
        exclude_opt_key="no_host_check",
        exclude="^/skip",
    )
    app = Litestar([handler, health], allowed_hosts=config)
    assert app.allowed_hosts is config
    with TestClient(app) as client:
        assert client.get("/a", headers={"host": "example.com"}, follow_redirects=False).status_code == 400
        assert client.get("/health", headers={"host": "evil.com"}).status_code == 200


def test_list_is_turned_into_a_config() -> None:
    app = Litestar([handler], allowed_hosts=["example.com"])
    assert app.allowed_hosts == AllowedHostsConfig(allowed_hosts=["example.com"])
