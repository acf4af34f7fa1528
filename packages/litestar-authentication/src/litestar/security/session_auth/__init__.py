"""Session authentication: the user is whoever the session (cookie or server side) names."""

from __future__ import annotations

from litestar.security.session_auth.auth import SessionAuth
from litestar.security.session_auth.middleware import SessionAuthMiddleware

__all__ = ("SessionAuth", "SessionAuthMiddleware")
