"""SessionAuth: login/logout flows over cookie and server-side sessions, and session fixation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("litestar.middleware.session.server_side")

from litestar import Litestar, Request, get, post, websocket
from litestar.connection import ASGIConnection, WebSocket
from litestar.exceptions import PermissionDeniedException, WebSocketDisconnect
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import DefineMiddleware
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.middleware.session.server_side import ServerSideSessionBackend, ServerSideSessionConfig
from litestar.security.session_auth import SessionAuth, SessionAuthMiddleware
from litestar.security.session_auth.middleware import MiddlewareWrapper
from litestar.stores.memory import MemoryStore
from litestar.testing import TestClient

USERS = {"1": {"id": "1", "name": "alice", "admin": True}, "2": {"id": "2", "name": "bob", "admin": False}}


async def retrieve_user(session: dict[str, Any], connection: ASGIConnection) -> Any:
    return USERS.get(session.get("user_id", ""))


def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user["admin"]:
        raise PermissionDeniedException("admins only")


@post("/login", exclude_from_auth=True)
async def login(request: Request, data: dict[str, str]) -> dict[str, bool]:
    request.set_session({"user_id": data["id"]})
    return {"ok": True}


@post("/logout")
async def logout(request: Request) -> None:
    request.clear_session()


@post("/note")
async def note(request: Request, data: dict[str, str]) -> dict[str, Any]:
    request.session["note"] = data["note"]
    return dict(request.session)


@get("/me")
async def me(request: Request) -> dict[str, Any]:
    return {"user": request.user, "auth": request.auth}


@get("/admin", guards=[admin_only])
async def admin() -> str:
    return "admin"


@websocket("/ws")
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_json(socket.user)
    await socket.close()


def _backends() -> list[Any]:
    return [ServerSideSessionConfig(), CookieBackendConfig(secret=os.urandom(16))]


@pytest.fixture(params=_backends(), ids=["server-side", "cookie"])
def auth(request: pytest.FixtureRequest) -> SessionAuth[Any, Any]:
    return SessionAuth[Any, Any](retrieve_user_handler=retrieve_user, session_backend_config=request.param)


@pytest.fixture
def client(auth: SessionAuth[Any, Any]) -> Iterator[TestClient[Litestar]]:
    app = Litestar([login, logout, note, me, admin, ws], on_app_init=[auth.on_app_init], openapi_config=None)
    with TestClient(app) as test_client:
        yield test_client


def test_login_me_logout(client: TestClient[Litestar]) -> None:
    """Login stores the user id; /me answers from the session; logout ends it (2.17 messages)."""
    assert client.get("/me").json() == {"status_code": 401, "detail": "no session data found"}
    assert client.post("/login", json={"id": "9"}).status_code == 201
    assert client.get("/me").json() == {"status_code": 401, "detail": "no user correlating to session found"}
    assert client.post("/login", json={"id": "1"}).status_code == 201
    assert client.get("/me").json() == {"user": USERS["1"], "auth": {"user_id": "1"}}
    with client.websocket_connect("/ws") as session:
        assert session.receive_json() == USERS["1"]
    assert client.post("/logout").status_code == 201
    assert client.get("/me").status_code == 401


def test_guard_reads_the_session_user(client: TestClient[Litestar]) -> None:
    """A guard sees the user loaded from the session."""
    client.post("/login", json={"id": "2"})
    assert client.get("/admin").json() == {"status_code": 403, "detail": "admins only"}
    client.post("/login", json={"id": "1"})
    assert client.get("/admin").text == "admin"


def test_config_surface(auth: SessionAuth[Any, Any]) -> None:
    """middleware, session_backend and the OpenAPI requirement match 2.17."""
    definition = auth.middleware
    assert isinstance(definition, DefineMiddleware)
    assert definition.middleware is MiddlewareWrapper
    assert definition.kwargs == {"config": auth}
    assert isinstance(auth.session_backend, auth.session_backend_config._backend_class)
    assert auth.security_requirement == {"sessionCookie": []}
    assert auth.authentication_middleware_class is SessionAuthMiddleware
    assert auth.exclude_http_methods == ["OPTIONS", "HEAD"]
    wrapper = MiddlewareWrapper(app=me, config=auth)  # type: ignore[arg-type]
    assert wrapper.has_wrapped_middleware is False


def test_sync_retrieve_user_handler() -> None:
    """A synchronous retrieve_user_handler works too."""
    auth = SessionAuth[Any, Any](
        retrieve_user_handler=lambda session, connection: USERS.get(session.get("user_id", "")),
        session_backend_config=ServerSideSessionConfig(),
    )
    app = Litestar([login, me], on_app_init=[auth.on_app_init], openapi_config=None)
    with TestClient(app) as client:
        client.post("/login", json={"id": "2"})
        assert client.get("/me").json()["user"] == USERS["2"]


class TestSessionFixation:
    """Attack battery: a session id planted before login is never the id after login."""

    @staticmethod
    def _app(store: MemoryStore) -> Litestar:
        auth = SessionAuth[Any, Any](
            retrieve_user_handler=retrieve_user, session_backend_config=ServerSideSessionConfig()
        )
        return Litestar(
            [login, me, note], on_app_init=[auth.on_app_init], stores={"sessions": store}, openapi_config=None
        )

    def test_planted_unknown_id_is_replaced_on_login(self) -> None:
        """An attacker-chosen id sent before login is not kept: the login answers a new id."""
        store = MemoryStore()
        planted = "a" * 64
        with TestClient(self._app(store)) as victim:
            victim.cookies.set("session", planted, domain="testserver.local")
            victim.post("/login", json={"id": "1"})
            new_id = victim.cookies.get("session")
            assert new_id not in (None, planted)
            assert victim.get("/me").status_code == 200
        with TestClient(self._app(store)) as attacker:
            attacker.cookies.set("session", planted, domain="testserver.local")
            assert attacker.get("/me").status_code == 401

    def test_existing_anonymous_session_gets_a_new_id_on_login(self) -> None:
        """A real pre-login session id (e.g. obtained by the attacker) is rotated and deleted."""
        store = MemoryStore()
        app = self._app(store)
        with TestClient(app) as victim:
            victim.post("/login", json={"id": "9"})  # a session without a valid user
            anonymous_id = victim.cookies.get("session")
            assert anonymous_id
            victim.post("/login", json={"id": "1"})
            logged_in_id = victim.cookies.get("session")
            assert logged_in_id not in (None, anonymous_id)
        with TestClient(app) as attacker:
            attacker.cookies.set("session", anonymous_id, domain="testserver.local")
            assert attacker.get("/me").status_code == 401

    def test_authenticated_updates_keep_the_id(self) -> None:
        """Changing session data on an authenticated request keeps the session id."""
        with TestClient(self._app(MemoryStore())) as client:
            client.post("/login", json={"id": "1"})
            session_id = client.cookies.get("session")
            assert client.post("/note", json={"note": "hi"}).json() == {"user_id": "1", "note": "hi"}
            assert client.cookies.get("session") == session_id

    def test_backend_generates_ids(self) -> None:
        """The server-side backend is the one that makes the new ids."""
        backend = ServerSideSessionBackend(config=ServerSideSessionConfig(session_id_bytes=8))
        assert len(backend.generate_session_id()) == 16


def test_refusal_clears_the_session_cookie_and_uses_app_handlers() -> None:
    """A refused request deletes the session (cookie `null`) and answers with the app's 401 handler."""
    from litestar import Response
    from litestar.exceptions import NotAuthorizedException

    def on_401(request: Request, exc: NotAuthorizedException) -> Response[dict[str, str]]:
        return Response({"login": "required", "why": exc.detail}, status_code=401)

    auth = SessionAuth[Any, Any](
        retrieve_user_handler=retrieve_user, session_backend_config=ServerSideSessionConfig()
    )
    app = Litestar(
        [login, me, ws], on_app_init=[auth.on_app_init], exception_handlers={401: on_401}, openapi_config=None
    )
    with TestClient(app) as client:
        client.post("/login", json={"id": "9"})
        response = client.get("/me")
        assert response.json() == {"login": "required", "why": "no user correlating to session found"}
        assert response.headers["set-cookie"].startswith("session=null;")
        with pytest.raises(WebSocketDisconnect) as info, client.websocket_connect("/ws") as session:
            session.receive_json()
        assert info.value.code == 4500


def test_class_keyed_exception_handler_is_used() -> None:
    """Handlers registered by exception class apply too."""
    from litestar import Response
    from litestar.exceptions import HTTPException

    auth = SessionAuth[Any, Any](
        retrieve_user_handler=retrieve_user, session_backend_config=ServerSideSessionConfig()
    )
    app = Litestar(
        [me],
        on_app_init=[auth.on_app_init],
        exception_handlers={
            HTTPException: lambda request, exc: Response("custom", status_code=exc.status_code)
        },
        openapi_config=None,
    )
    with TestClient(app) as client:
        response = client.get("/me")
    assert (response.status_code, response.text) == (401, "custom")
