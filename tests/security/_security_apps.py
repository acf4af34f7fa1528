"""Apps and token helpers shared by the security tests."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import jwt
from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.security.jwt import JWTAuth, JWTCookieAuth, Token

__all__ = (
    "SECRET",
    "USERS",
    "b64url",
    "build_app",
    "hs256",
    "make_token",
    "me",
    "raw_token",
)

SECRET = "test-secret-0123456789abcdef0123456789abcdef"
USERS: dict[str, dict[str, Any]] = {
    "alice": {"name": "alice", "admin": True},
    "bob": {"name": "bob", "admin": False},
}


def b64url(data: bytes) -> str:
    """Unpadded base64url, as in a compact JWS."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def raw_token(header: dict[str, Any], payload: dict[str, Any], signature: bytes = b"") -> str:
    """A compact JWS with any header, payload and signature (no signing)."""
    return ".".join(
        (b64url(json.dumps(header).encode()), b64url(json.dumps(payload).encode()), b64url(signature))
    )


def hs256(payload: dict[str, Any], secret: str = SECRET, header: dict[str, Any] | None = None) -> str:
    """An HS256 token over any payload (PyJWT refuses to encode some hostile claims)."""
    signing_input = f"{b64url(json.dumps(header or {'alg': 'HS256', 'typ': 'JWT'}).encode())}.{b64url(json.dumps(payload).encode())}"
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(signature)}"


def make_token(sub: str = "alice", secret: Any = SECRET, algorithm: str = "HS256", **claims: Any) -> str:
    """A signed token valid for an hour unless ``claims`` override the times."""
    now = int(time.time())
    payload: dict[str, Any] = {"sub": sub, "iat": now, "exp": now + 3600, **claims}
    headers = claims.pop("_headers", None)
    return jwt.encode(payload, secret, algorithm, headers=headers)


async def retrieve_user(token: Token, connection: ASGIConnection) -> Any:
    return USERS.get(token.sub)


@get("/me")
async def me(request: Request[Any, Token, Any]) -> dict[str, Any]:
    return {"user": request.user, "sub": request.auth.sub}


@post("/login", exclude_from_auth=True)
async def login_placeholder() -> None:
    return None


def build_app(auth: JWTAuth[Any, Any] | JWTCookieAuth[Any, Any], *extra: Any) -> Litestar:
    """An app with ``/me`` behind ``auth``."""
    return Litestar([me, *extra], on_app_init=[auth.on_app_init], openapi_config=None)
