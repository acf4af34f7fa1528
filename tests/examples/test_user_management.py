"""The user-management example: registration, JWT and session logins, the admin area, on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _import_file import import_file
from litestar import Litestar
from litestar.testing import TestClient

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "user_management" / "app.py"

# Session login needs the session middleware of litestar-middleware.
pytest.importorskip("litestar.middleware.session.server_side")

ANN = {"username": "ann", "password": "correct horse battery"}


def _load() -> Any:
    return import_file("user_management_app", EXAMPLE)


@pytest.fixture(scope="module")
def example() -> Any:
    return _load()


@pytest.fixture
def client(example: Any, tmp_path: Path) -> Iterator[TestClient[Litestar]]:
    with TestClient(example.create_app(str(tmp_path / "users.sqlite3"), secret="s" * 48)) as client:
        yield client


def _jwt(client: TestClient[Litestar], credentials: dict[str, str]) -> dict[str, str]:
    response = client.post("/auth/jwt/login", json=credentials)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert response.headers["authorization"] == f"Bearer {body['access_token']}"
    return {"Authorization": f"Bearer {body['access_token']}"}


def test_registration(client: TestClient[Litestar]) -> None:
    """Registration answers 201 with the user (no password), 409 for a taken name, 400 for bad input."""
    response = client.post("/users", json=ANN)
    assert response.status_code == 201
    assert response.json() == {"id": 2, "username": "ann", "is_admin": False}
    assert "password" not in response.text
    assert client.post("/users", json=ANN).json() == {"status_code": 409, "detail": "username 'ann' is taken"}
    assert client.post("/users", json={"username": "Ann!", "password": "long enough"}).status_code == 400
    assert client.post("/users", json={"username": "bob", "password": "short"}).status_code == 400
    assert client.post("/users", json={**ANN, "is_admin": True}).status_code == 400


def test_jwt_login_and_protected_route(client: TestClient[Litestar]) -> None:
    """A JWT login gives a bearer token for /api/me; wrong passwords and missing tokens get 401."""
    client.post("/users", json=ANN)
    assert client.post("/auth/jwt/login", json={**ANN, "password": "wrong password"}).status_code == 401
    assert (
        client.post("/auth/jwt/login", json={"username": "nobody", "password": "whatever1"}).status_code
        == 401
    )
    headers = _jwt(client, ANN)
    assert client.get("/api/me", headers=headers).json() == {"id": 2, "username": "ann", "is_admin": False}
    assert client.get("/api/me").status_code == 401
    assert client.get("/web/me", headers=headers).status_code == 401


def test_session_login_logout_and_fresh_session_id(client: TestClient[Litestar]) -> None:
    """A session login sets a new session cookie for /web/me; logout clears it."""
    client.post("/users", json=ANN)
    assert client.get("/web/me").json() == {"status_code": 401, "detail": "no session data found"}
    client.cookies.set("session", "f" * 64, domain="testserver.local")
    response = client.post("/auth/session/login", json=ANN)
    assert response.status_code == 200
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert client.cookies.get("session") not in (None, "f" * 64)
    assert client.get("/web/me").json() == {"id": 2, "username": "ann", "is_admin": False}
    assert client.get("/api/me").status_code == 401
    assert client.post("/auth/session/logout").json() == {"logged_out": True}
    assert client.get("/web/me").status_code == 401


def test_admin_area_is_guarded(client: TestClient[Litestar], example: Any) -> None:
    """Only the seeded admin may list the users; others get 403, anonymous 401."""
    client.post("/users", json=ANN)
    assert client.get("/admin/users").status_code == 401
    assert client.get("/admin/users", headers=_jwt(client, ANN)).json() == {
        "status_code": 403,
        "detail": "admins only",
    }
    admin = _jwt(client, {"username": example.ADMIN_USERNAME, "password": example.ADMIN_PASSWORD})
    assert client.get("/admin/users", headers=admin).json() == [
        {"id": 1, "username": "admin", "is_admin": True},
        {"id": 2, "username": "ann", "is_admin": False},
    ]


def test_users_survive_a_restart(example: Any, tmp_path: Path) -> None:
    """The SQLite file keeps the users across app instances (the admin is seeded once)."""
    path = str(tmp_path / "users.sqlite3")
    with TestClient(example.create_app(path, secret="s" * 48)) as client:
        client.post("/users", json=ANN)
    with TestClient(example.create_app(path, secret="s" * 48)) as client:
        assert client.post("/auth/jwt/login", json=ANN).status_code == 200
        assert client.post("/users", json=ANN).status_code == 409
