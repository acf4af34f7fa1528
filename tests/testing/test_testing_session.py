"""set_session_data/get_session_data through a session backend (cookie-based double).

litestar-middleware (which ships the real session backends) is another distribution; the
clients only rely on the documented backend interface: ``config.middleware.kwargs["backend"]``
with ``store_in_message`` and ``load_from_connection``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from litestar.datastructures import MutableScopeHeaders
from litestar.middleware.base import DefineMiddleware
from litestar.testing import AsyncTestClient, TestClient


class JSONCookieBackend:
    """Stores the session as JSON in a ``session`` cookie (sync and async flavours)."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.connections: list[Any] = []

    def _store(self, scope_session: dict[str, Any], message: Any, connection: Any) -> None:
        self.connections.append(connection)
        headers = MutableScopeHeaders.from_message(message)
        headers.add("set-cookie", f"session={json.dumps(scope_session, separators=(',', ':'))}; Path=/")

    def _load(self, connection: Any) -> dict[str, Any]:
        self.connections.append(connection)
        raw = connection.cookies.get("session")
        return json.loads(raw) if raw else {}

    def store_in_message(self, scope_session: dict[str, Any], message: Any, connection: Any) -> Any:
        if not self.is_async:
            return self._store(scope_session, message, connection)

        async def store() -> None:
            self._store(scope_session, message, connection)

        return store()

    def load_from_connection(self, connection: Any) -> Any:
        if not self.is_async:
            return self._load(connection)

        async def load() -> dict[str, Any]:
            return self._load(connection)

        return load()


class SessionConfig:
    """The part of ``BaseBackendConfig`` the clients use."""

    def __init__(self, backend: JSONCookieBackend) -> None:
        self.backend = backend

    @property
    def middleware(self) -> DefineMiddleware:
        return DefineMiddleware(lambda app, backend: app, backend=self.backend)


@pytest.fixture(params=[False, True], ids=["sync-backend", "async-backend"])
def session_config(request: pytest.FixtureRequest) -> SessionConfig:
    return SessionConfig(JSONCookieBackend(is_async=request.param))


def _cookie_echo(app_factory: Callable[..., Any]) -> Any:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        cookie = dict(scope["headers"]).get(b"cookie", b"")
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": cookie})

    return app_factory(handler)


def test_set_session_data_stores_a_cookie_the_app_receives(
    app_factory: Callable[..., Any], session_config: SessionConfig
) -> None:
    app = _cookie_echo(app_factory)
    client = TestClient(app, session_config=session_config)  # type: ignore[arg-type]
    assert client.session_backend is session_config.backend
    client.set_session_data({"user": 1})
    assert client.get("/").text == 'session={"user":1}'
    assert client.get_session_data() == {"user": 1}
    with client:
        client.set_session_data({"user": 2})
        assert client.get_session_data() == {"user": 2}
    connection = session_config.backend.connections[0]
    assert connection.scope["app"] is app
    assert connection.scope["server"] == ("testserver", 80)


def test_get_session_data_is_empty_without_cookie(
    app_factory: Callable[..., Any], session_config: SessionConfig
) -> None:
    client = TestClient(_cookie_echo(app_factory), session_config=session_config)  # type: ignore[arg-type]
    assert client.get_session_data() == {}
    assert session_config.backend.connections[0].scope["headers"] == []


async def test_async_client_session_data(
    app_factory: Callable[..., Any], session_config: SessionConfig
) -> None:
    client = AsyncTestClient(_cookie_echo(app_factory), session_config=session_config)  # type: ignore[arg-type]
    await client.set_session_data({"a": [1, 2]})
    assert (await client.get("/")).text == 'session={"a":[1,2]}'
    assert await client.get_session_data() == {"a": [1, 2]}
    async with client:
        await client.set_session_data({"b": True})
        assert await client.get_session_data() == {"b": True}
