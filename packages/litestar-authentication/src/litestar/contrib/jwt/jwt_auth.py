"""Deprecated path of the JWT configs: import from ``litestar.security.jwt`` instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.contrib.jwt._deprecated import resolve

if TYPE_CHECKING:
    from litestar.security.jwt import (
        BaseJWTAuth,
        JWTAuth,
        JWTCookieAuth,
        OAuth2Login,
        OAuth2PasswordBearerAuth,
    )

__all__ = (
    "BaseJWTAuth",
    "JWTAuth",
    "JWTCookieAuth",
    "OAuth2Login",
    "OAuth2PasswordBearerAuth",
)


def __getattr__(name: str) -> Any:
    return resolve(__name__, name, __all__)
