"""User management on SQLite: registration, JWT login, session login and a guarded admin area.

Run it with ``uv run python examples/user_management/app.py`` (serves on
http://127.0.0.1:8000 with uvicorn), then for example:

    curl -X POST localhost:8000/users -H 'content-type: application/json' \\
         -d '{"username": "ann", "password": "correct horse battery"}'
    curl -X POST localhost:8000/auth/jwt/login -H 'content-type: application/json' \\
         -d '{"username": "ann", "password": "correct horse battery"}'
    curl localhost:8000/api/me -H 'Authorization: Bearer <access_token from the login>'

Two authentication backends share the app:

- ``/api/*`` and ``/admin/*`` take a JWT in the ``Authorization`` header
  (:class:`~litestar.security.jwt.JWTAuth`, login at ``POST /auth/jwt/login``);
- ``/web/*`` uses a server-side session cookie
  (:class:`~litestar.security.session_auth.SessionAuth`, login at ``POST /auth/session/login``).

Passwords are stored as scrypt hashes with a per-user salt and compared in constant time.
The admin account is created at startup from ``ADMIN_USERNAME`` / ``ADMIN_PASSWORD``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.exceptions import ClientException, NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.security.jwt import JWTAuth, OAuth2Login, Token
from litestar.security.session_auth import SessionAuth
from litestar.status_codes import HTTP_200_OK, HTTP_409_CONFLICT

__all__ = ("User", "UserStore", "create_app")

ADMIN_USERNAME = os.environ.get("ADMIN_USERNAME", "admin")
ADMIN_PASSWORD = os.environ.get("ADMIN_PASSWORD", "change me, admin")


@dataclass(frozen=True)
class User:
    """A stored user (the password hash never leaves the store)."""

    id: int
    username: str
    is_admin: bool


class Registration(msgspec.Struct, forbid_unknown_fields=True):
    """The body of ``POST /users`` and of both logins."""

    username: Annotated[str, msgspec.Meta(min_length=3, max_length=32, pattern=r"^[a-z0-9_]+$")]
    password: Annotated[str, msgspec.Meta(min_length=8, max_length=256)]


class UserStore:
    """Users in SQLite (stdlib ``sqlite3``); one connection guarded by a lock."""

    def __init__(self, path: str = ":memory:") -> None:
        """Open (and create) the database.

        Args:
            path: The SQLite file, or ``:memory:``.
        """
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS users ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " username TEXT NOT NULL UNIQUE,"
            " salt BLOB NOT NULL,"
            " password_hash BLOB NOT NULL,"
            " is_admin INTEGER NOT NULL DEFAULT 0)"
        )
        self._db.commit()

    @staticmethod
    def _hash(password: str, salt: bytes) -> bytes:
        return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)

    def create(self, username: str, password: str, *, is_admin: bool = False) -> User:
        """Register a user.

        Args:
            username: The unique user name.
            password: The clear-text password (only its hash is stored).
            is_admin: Grant the admin role.

        Returns:
            The new user.

        Raises:
            ClientException: 409 when the name is taken.
        """
        salt = secrets.token_bytes(16)
        try:
            with self._lock, self._db:
                cursor = self._db.execute(
                    "INSERT INTO users (username, salt, password_hash, is_admin) VALUES (?, ?, ?, ?)",
                    (username, salt, self._hash(password, salt), int(is_admin)),
                )
        except sqlite3.IntegrityError:
            raise ClientException(
                detail=f"username {username!r} is taken", status_code=HTTP_409_CONFLICT
            ) from None
        assert cursor.lastrowid is not None
        return User(id=cursor.lastrowid, username=username, is_admin=is_admin)

    def get(self, user_id: int | str) -> User | None:
        """Return the user with ``user_id``, if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, username, is_admin FROM users WHERE id = ?", (user_id,)
            ).fetchone()
        return User(id=row[0], username=row[1], is_admin=bool(row[2])) if row else None

    def authenticate(self, username: str, password: str) -> User | None:
        """Return the user if ``password`` is theirs (constant-time comparison), else ``None``."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, username, is_admin, salt, password_hash FROM users WHERE username = ?",
                (username,),
            ).fetchone()
        if row is None:
            # Hash anyway, so a missing user takes as long as a wrong password.
            self._hash(password, b"\0" * 16)
            return None
        if not hmac.compare_digest(self._hash(password, row[3]), row[4]):
            return None
        return User(id=row[0], username=row[1], is_admin=bool(row[2]))

    def exists(self, username: str) -> bool:
        """Tell whether ``username`` is registered."""
        with self._lock:
            return (
                self._db.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() is not None
            )

    def all(self) -> list[User]:
        """Every user, by id."""
        with self._lock:
            rows = self._db.execute("SELECT id, username, is_admin FROM users ORDER BY id").fetchall()
        return [User(id=r[0], username=r[1], is_admin=bool(r[2])) for r in rows]


def admin_only(connection: ASGIConnection[Any, User, Any, Any], _: BaseRouteHandler) -> None:
    """Guard: only admins pass."""
    if not connection.user.is_admin:
        raise PermissionDeniedException("admins only")


def create_app(db_path: str = ":memory:", *, secret: str | None = None) -> Litestar:
    """Build the app around a user store.

    Args:
        db_path: The SQLite database (``:memory:`` by default).
        secret: The JWT signing secret; a random one by default.

    Returns:
        The app.
    """
    store = UserStore(db_path)

    async def user_from_token(token: Token, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
        return store.get(token.sub)

    async def user_from_session(
        session: dict[str, Any], connection: ASGIConnection[Any, Any, Any, Any]
    ) -> User | None:
        user_id = session.get("user_id")
        return store.get(user_id) if user_id is not None else None

    jwt_auth = JWTAuth[User](
        token_secret=secret or secrets.token_urlsafe(48),
        retrieve_user_handler=user_from_token,
        exclude=["^/(users|auth|web|schema)"],
    )
    session_auth = SessionAuth[User, Any](
        retrieve_user_handler=user_from_session,
        session_backend_config=ServerSideSessionConfig(samesite="strict"),
        exclude=["^/(users|auth|api|admin|schema)"],
    )

    def checked_login(data: Registration) -> User:
        user = store.authenticate(data.username, data.password)
        if user is None:
            raise NotAuthorizedException("wrong username or password")
        return user

    @post("/users")
    async def register(data: Registration) -> User:
        return store.create(data.username, data.password)

    @post("/auth/jwt/login", status_code=HTTP_200_OK)
    async def jwt_login(data: Registration) -> Any:
        user = checked_login(data)
        token = jwt_auth.create_token(str(user.id), token_extras={"admin": user.is_admin})
        lifetime = int(jwt_auth.default_token_expiration.total_seconds())
        return jwt_auth.create_response(
            content=OAuth2Login(access_token=token, token_type="bearer", expires_in=lifetime),
            status_code=HTTP_200_OK,
            media_type="application/json",
            headers={"Authorization": jwt_auth.format_auth_header(token)},
        )

    @post("/auth/session/login", status_code=HTTP_200_OK)
    async def session_login(request: Request[Any, Any, Any], data: Registration) -> User:
        user = checked_login(data)
        request.set_session({"user_id": user.id})
        return user

    @post("/auth/session/logout", status_code=HTTP_200_OK)
    async def session_logout(request: Request[Any, Any, Any]) -> dict[str, bool]:
        request.clear_session()
        return {"logged_out": True}

    @get("/api/me")
    async def api_me(request: Request[User, Token, Any]) -> User:
        return request.user

    @get("/web/me")
    async def web_me(request: Request[User, Any, Any]) -> User:
        return request.user

    @get("/admin/users", guards=[admin_only])
    async def list_users() -> list[User]:
        return store.all()

    async def seed_admin() -> None:
        if not store.exists(ADMIN_USERNAME):
            store.create(ADMIN_USERNAME, ADMIN_PASSWORD, is_admin=True)

    return Litestar(
        [register, jwt_login, session_login, session_logout, api_me, web_me, list_users],
        on_app_init=[jwt_auth.on_app_init, session_auth.on_app_init],
        on_startup=[seed_admin],
    )


if __name__ == "__main__":  # pragma: no cover - manual run
    import uvicorn

    uvicorn.run(create_app(os.environ.get("USERS_DB", "users.sqlite3")), host="127.0.0.1", port=8000)
