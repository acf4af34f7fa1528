"""Deprecated path of the JWT backends: import from ``litestar.security.jwt`` instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.contrib.jwt._deprecated import resolve

if TYPE_CHECKING:
    from litestar.security.jwt import (
        BaseJWTAuth,
        JWTAuth,
        JWTAuthenticationMiddleware,
        JWTCookieAuth,
        JWTCookieAuthenticationMiddleware,
        OAuth2Login,
        OAuth2PasswordBearerAuth,
        Token,
    )

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


def __getattr__(name: str) -> Any:
    return resolve(__name__, name, __all__)
