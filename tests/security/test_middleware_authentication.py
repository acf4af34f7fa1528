"""AbstractAuthenticationMiddleware: exclusion rules, scope types and the stored result."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, Request, get, websocket
from litestar.connection import ASGIConnection, WebSocket
from litestar.exceptions import NotAuthorizedException, WebSocketDisconnect
from litestar.middleware import DefineMiddleware
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.testing import TestClient


class HeaderAuth(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        name = connection.headers.get("x-user")
        if not name:
            raise NotAuthorizedException("who are you?")
        return AuthenticationResult(user={"name": name}, auth="header")


@get("/me")
async def me(request: Request) -> dict[str, Any]:
    return {"user": request.user, "auth": request.auth}


@get("/skip", opt={"public": True})
async def skip(request: Request) -> bool:
    return "user" in request.scope


@get("/static/file.txt")
async def static_file() -> str:
    return "file"


@websocket("/ws")
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json({"user": socket.user})
    await socket.close()


def _client(**kwargs: Any) -> TestClient[Litestar]:
    middleware = DefineMiddleware(HeaderAuth, **kwargs)
    return TestClient(Litestar([me, skip, static_file, ws], middleware=[middleware], openapi_config=None))


def test_defaults_and_stored_result() -> None:
    """By default HTTP and WebSocket are authenticated and user/auth reach the handler."""
    result = AuthenticationResult(user=1, auth=2)
    assert (result.user, result.auth) == (1, 2)
    with _client() as client:
        assert client.get("/me").json() == {"status_code": 401, "detail": "who are you?"}
        assert client.get("/me", headers={"x-user": "ann"}).json() == {
            "user": {"name": "ann"},
            "auth": "header",
        }
        assert client.get("/skip").status_code == 401
        with client.websocket_connect("/ws", headers={"x-user": "ann"}) as session:
            assert session.receive_json() == {"user": {"name": "ann"}}


@pytest.mark.parametrize("exclude", ["^/static", ["^/nothing", "^/static/"]])
def test_exclude_patterns_and_opt_key(exclude: str | list[str]) -> None:
    """Paths matching `exclude` and handlers with a truthy opt key skip authentication."""
    with _client(exclude=exclude, exclude_from_auth_key="public") as client:
        assert client.get("/static/file.txt").text == "file"
        assert client.get("/skip").json() is False
        assert client.get("/me").status_code == 401


def test_excluded_methods_and_scope_types() -> None:
    """exclude_http_methods skips those methods; scopes limits the connection types."""
    with _client(exclude_http_methods=["GET"], scopes={"websocket"}) as client:
        assert client.get("/skip").json() is False
        with pytest.raises(WebSocketDisconnect) as info, client.websocket_connect("/ws") as session:
            session.receive_json()
        assert getattr(info.value, "code", None) == 4500


def test_instance_attributes() -> None:
    """The constructor keeps its settings under the 2.17 attribute names."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        return None

    middleware = HeaderAuth(app, exclude="^/x", exclude_from_auth_key="k", exclude_http_methods=["PUT"])
    assert (middleware.app, middleware.exclude, middleware.exclude_opt_key) == (app, "^/x", "k")
    assert middleware.exclude_http_methods == ["PUT"]
    assert middleware.scopes == {"http", "websocket"}
