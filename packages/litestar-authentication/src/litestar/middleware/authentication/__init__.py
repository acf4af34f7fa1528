"""The authentication middleware base: subclass it and implement ``authenticate_request``."""

from __future__ import annotations

from litestar.middleware.authentication._middleware import (
    AbstractAuthenticationMiddleware,
    AuthenticationResult,
)

__all__ = ("AbstractAuthenticationMiddleware", "AuthenticationResult")
