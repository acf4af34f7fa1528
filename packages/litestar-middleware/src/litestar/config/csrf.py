"""``CSRFConfig``: double-submit cookie protection against cross-site requests (``csrf_config=``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from litestar.types import Method

__all__ = ("CSRFConfig",)


@dataclass
class CSRFConfig:
    """Configuration of the CSRF middleware.

    A response to a safe request sets a signed random token in a cookie (when the
    request has none); an unsafe request must echo that token in a header or in the
    ``_csrf_token`` form field, or it gets a 403.
    """

    secret: str
    """The key the tokens are signed with (HMAC-SHA256)."""
    cookie_name: str = field(default="csrftoken")
    """The token cookie's name."""
    cookie_path: str = field(default="/")
    """The token cookie's path."""
    header_name: str = field(default="x-csrftoken")
    """The request header carrying the token."""
    cookie_secure: bool = field(default=False)
    """Send the cookie over HTTPS only."""
    cookie_httponly: bool = field(default=False)
    """Hide the cookie from JavaScript (scripts then cannot read the token to send it)."""
    cookie_samesite: Literal["lax", "strict", "none"] = field(default="lax")
    """The cookie's ``SameSite`` policy."""
    cookie_domain: str | None = field(default=None)
    """The cookie's domain."""
    safe_methods: set[Method] = field(default_factory=lambda: {"GET", "HEAD", "OPTIONS"})
    """Methods that need no token."""
    exclude: str | list[str] | None = field(default=None)
    """Path patterns the check skips."""
    exclude_from_csrf_key: str = field(default="exclude_from_csrf")
    """Route ``opt`` key that, when truthy, skips the check."""
