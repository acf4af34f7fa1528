"""JWT authentication (PyJWT): header, cookie and OAuth2 password bearer backends."""

from __future__ import annotations

from litestar.security.jwt.auth import (
    BaseJWTAuth,
    JWTAuth,
    JWTCookieAuth,
    OAuth2Login,
    OAuth2PasswordBearerAuth,
)
from litestar.security.jwt.middleware import JWTAuthenticationMiddleware, JWTCookieAuthenticationMiddleware
from litestar.security.jwt.token import Token

__all__ = (
    "BaseJWTAuth",
    "JWTAuth",
    "JWTAuthenticationMiddleware",
    "JWTCookieAuth",
    "JWTCookieAuthenticationMiddleware",
    "OAuth2Login",
    "OAuth2PasswordBearerAuth",
    "Token",
)
