"""``OAuthFlows``: the OAuth flows a security scheme supports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.oauth_flow import OAuthFlow

__all__ = ("OAuthFlows",)


@dataclass
class OAuthFlows(BaseSchemaObject):
    """The OAuth flows a security scheme supports."""

    implicit: OAuthFlow | None = None
    """The implicit flow."""

    password: OAuthFlow | None = None
    """The resource owner password flow."""

    client_credentials: OAuthFlow | None = None
    """The client credentials flow."""

    authorization_code: OAuthFlow | None = None
    """The authorization code flow."""
