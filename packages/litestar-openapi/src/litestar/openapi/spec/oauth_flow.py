"""``OAuthFlow``: configuration of one OAuth flow."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("OAuthFlow",)


@dataclass
class OAuthFlow(BaseSchemaObject):
    """Configuration of one OAuth flow."""

    authorization_url: str | None = None
    """Authorization URL of the flow."""

    token_url: str | None = None
    """Token URL of the flow."""

    refresh_url: str | None = None
    """URL to refresh tokens."""

    scopes: dict[str, str] | None = None
    """Scope name -> description."""
