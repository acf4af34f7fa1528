"""litestar-users: registration, verification, JWT login and the current-user route.

Users live in SQLite through advanced-alchemy's SQLAlchemy plugin; the plugin registers
its route handlers and the JWT auth backend; a verification token is captured from the
service hook, as an app would e-mail it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advanced_alchemy.base import UUIDBase
from advanced_alchemy.extensions.litestar import (
    AsyncSessionConfig,
    SQLAlchemyAsyncConfig,
    SQLAlchemyDTO,
    SQLAlchemyPlugin,
)
from litestar import Litestar
from litestar.dto import DataclassDTO, DTOConfig
from litestar.security.jwt import JWTAuth
from litestar.testing import TestClient
from litestar_users import LitestarUsersConfig, LitestarUsersPlugin
from litestar_users.adapter.sqlalchemy.mixins import SQLAlchemyUserMixin
from litestar_users.config import (
    AuthHandlerConfig,
    CurrentUserHandlerConfig,
    RegisterHandlerConfig,
    VerificationHandlerConfig,
)
from litestar_users.service import BaseUserService

SENT_TOKENS: dict[str, str] = {}


class User(UUIDBase, SQLAlchemyUserMixin):
    __tablename__ = "ecosystem_user"


@dataclass
class UserRegistration:
    email: str
    password: str


class UserRegistrationDTO(DataclassDTO[UserRegistration]):
    """User registration DTO."""


class UserReadDTO(SQLAlchemyDTO[User]):
    config = DTOConfig(exclude={"password_hash"})


class UserUpdateDTO(SQLAlchemyDTO[User]):
    config = DTOConfig(exclude={"password_hash"}, partial=True)


class UserService(BaseUserService[User, Any, Any]):
    async def send_verification_token(self, user: User, token: str) -> None:
        SENT_TOKENS[user.email] = token


def create_app(database: Path) -> Litestar:
    sqlalchemy_config = SQLAlchemyAsyncConfig(
        connection_string=f"sqlite+aiosqlite:///{database}",
        session_config=AsyncSessionConfig(expire_on_commit=False),
        create_all=True,
    )
    users_config = LitestarUsersConfig(
        auth_backend_class=JWTAuth,
        secret="0123456789abcdef0123456789abcdef",
        user_model=User,
        user_read_dto=UserReadDTO,
        user_registration_dto=UserRegistrationDTO,
        user_update_dto=UserUpdateDTO,
        user_service_class=UserService,
        auto_commit_transactions=True,
        auth_handler_config=AuthHandlerConfig(),
        current_user_handler_config=CurrentUserHandlerConfig(),
        register_handler_config=RegisterHandlerConfig(),
        verification_handler_config=VerificationHandlerConfig(),
    )
    return Litestar(
        plugins=[SQLAlchemyPlugin(config=sqlalchemy_config), LitestarUsersPlugin(config=users_config)],
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, TestClient(create_app(Path(folder, "users.db"))) as client:
        credentials = {"email": "ada@example.com", "password": "correct horse"}
        registered = client.post("/register", json=credentials)
        assert registered.status_code == 201, registered.text
        assert registered.json()["email"] == "ada@example.com"
        assert "password_hash" not in registered.json()
        assert registered.json()["is_verified"] is False

        anonymous = client.get("/users/me")
        assert anonymous.status_code == 401, anonymous.text

        verified = client.post("/verify", params={"token": SENT_TOKENS["ada@example.com"]})
        assert verified.status_code == 201, verified.text
        assert verified.json()["is_verified"] is True

        wrong = client.post("/login", json={"email": "ada@example.com", "password": "nope"})
        assert wrong.status_code == 401, wrong.text
        login = client.post("/login", json=credentials)
        assert login.status_code == 201, login.text
        token = login.headers["authorization"]
        assert token.startswith("Bearer ")

        me = client.get("/users/me", headers={"Authorization": token})
        assert me.status_code == 200, me.text
        assert me.json()["email"] == "ada@example.com"
    print("OK")


if __name__ == "__main__":
    main()
