"""Sessions: encrypted cookies and server-side stores, ``request.session`` and the test client helpers."""

from __future__ import annotations

import os
from typing import Any

import pytest
from litestar import Litestar, Request, get, post
from litestar.exceptions import ImproperlyConfiguredException
from litestar.middleware.session.base import BaseBackendConfig
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.stores.redis import RedisStore
from litestar.testing import TestClient


@get("/session")
async def read_session(request: Request) -> dict[str, Any]:
    return {"session": request.session}


@post("/session")
async def update_session(request: Request, data: dict[str, Any]) -> None:
    request.session.update(data)


@post("/replace")
async def replace_session(request: Request, data: dict[str, Any]) -> None:
    request.set_session(data)


@post("/clear")
async def clear_session(request: Request) -> None:
    request.clear_session()


@get("/skipped", opt={"skip_session": True})
async def skipped(request: Request) -> dict[str, Any]:
    return {"has_session": "session" in request.scope}


HANDLERS = [read_session, update_session, replace_session, clear_session, skipped]


@pytest.fixture(params=["cookie", "server-side"])
def config(request: pytest.FixtureRequest) -> BaseBackendConfig[Any]:
    if request.param == "cookie":
        return CookieBackendConfig(secret=os.urandom(16))
    return ServerSideSessionConfig()


def test_session_round_trip_update_replace_and_clear(config: BaseBackendConfig[Any]) -> None:
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app, session_config=config) as client:
        assert client.get("/session").json() == {"session": {}}
        client.post("/session", json={"a": 1})
        assert client.get("/session").json() == {"session": {"a": 1}}
        client.post("/replace", json={"b": 2})
        assert client.get("/session").json() == {"session": {"b": 2}}
        response = client.post("/clear")
        assert any(c.startswith("session=null;") for c in response.headers.get_list("set-cookie"))
        assert client.get("/session").json() == {"session": {}}


def test_test_client_reads_and_writes_session_data(config: BaseBackendConfig[Any]) -> None:
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app, session_config=config) as client:
        client.set_session_data({"user": "ada"})
        assert client.get("/session").json() == {"session": {"user": "ada"}}
        client.post("/session", json={"n": 3})
        assert client.get_session_data() == {"user": "ada", "n": 3}


def test_opt_key_skips_the_middleware(config: BaseBackendConfig[Any]) -> None:
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app) as client:
        assert client.get("/skipped").json() == {"has_session": False}


def test_cookie_sessions_split_over_several_cookies_and_join_again() -> None:
    config = CookieBackendConfig(secret=os.urandom(32))
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app) as client:
        response = client.post("/session", json={"big": "x" * 6000})
        names = [c.split("=")[0] for c in response.headers.get_list("set-cookie")]
        assert names == ["session-0", "session-1", "session-2"]
        assert all(len(c.split(";")[0]) <= 4096 for c in response.headers.get_list("set-cookie"))
        assert client.get("/session").json() == {"session": {"big": "x" * 6000}}
        response = client.post("/replace", json={"small": 1})
        cookies = response.headers.get_list("set-cookie")
        assert cookies[0].startswith("session=")
        assert {c.split("=")[0] for c in cookies[1:]} == {"session-0", "session-1", "session-2"}
        assert all("=null;" in c for c in cookies[1:])
        assert client.get("/session").json() == {"session": {"small": 1}}


def test_cookie_session_attributes_and_tampering() -> None:
    config = CookieBackendConfig(
        secret=os.urandom(24),
        key="sid",
        max_age=60,
        samesite="strict",
        secure=True,
        httponly=False,
        domain="x.org",
    )
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app, base_url="https://x.org") as client:
        cookie = client.post("/session", json={"a": 1}).headers["set-cookie"]
        assert cookie.endswith("; Domain=x.org; Max-Age=60; Path=/; SameSite=strict; Secure")
        value = client.cookies["sid"]
        client.cookies.set("sid", value[:-8] + "AAAAAAAA", domain="x.org")
        assert client.get("/session").json() == {"session": {}}
        client.cookies.set("sid", "not base64 at all!", domain="x.org")
        assert client.get("/session").json() == {"session": {}}


def test_cookie_backend_rejects_expired_cookies() -> None:
    config = CookieBackendConfig(secret=os.urandom(16))
    backend = config.middleware.kwargs["backend"]
    chunks = backend.dump_data({"a": 1})
    assert backend.load_data(chunks) == {"a": 1}
    config.max_age = -10
    assert backend.load_data(backend.dump_data({"a": 1})) == {}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"secret": b"short"}, "secret length must be 16"),
        ({"secret": b"x" * 16, "key": ""}, "key must be a string with a length between 1-256"),
        ({"secret": b"x" * 16, "key": "k" * 257}, "key must be a string with a length between 1-256"),
        ({"secret": b"x" * 16, "max_age": 0}, "max_age must be greater than 0"),
    ],
)
def test_cookie_config_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ImproperlyConfiguredException, match=message):
        CookieBackendConfig(**kwargs)


def test_server_side_config_validation() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="max_age must be greater than 0"):
        ServerSideSessionConfig(max_age=0)


def test_server_side_session_lives_in_the_named_store_and_renews(redis_url: str) -> None:
    store = RedisStore.with_client(redis_url, namespace="sessions_test")
    config = ServerSideSessionConfig(renew_on_access=True, max_age=100)
    app = Litestar(HANDLERS, middleware=[config.middleware], stores={"sessions": store})
    with TestClient(app) as client:
        first = client.get("/session")
        session_id = client.cookies["session"]
        assert first.headers["set-cookie"].startswith(f"session={session_id};")
        client.post("/session", json={"a": 1})
        assert client.cookies["session"] == session_id
        with client.portal() as portal:
            assert portal.call(store.get, session_id) == b'{"a":1}'
            portal.call(store._redis.expire, f"sessions_test:{session_id}", 5)
            assert client.get("/session").json() == {"session": {"a": 1}}
            assert portal.call(store.expires_in, session_id) > 50
            client.post("/clear")
            assert portal.call(store.get, session_id) is None
            portal.call(store.delete_all)
            portal.call(store.__aexit__, None, None, None)


def test_server_side_session_with_garbage_id_starts_empty() -> None:
    config = ServerSideSessionConfig()
    app = Litestar(HANDLERS, middleware=[config.middleware])
    with TestClient(app) as client:
        client.cookies.set("session", "garbage")
        assert client.get("/session").json() == {"session": {}}
