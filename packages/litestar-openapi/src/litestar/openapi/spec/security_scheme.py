"""``SecurityScheme``: a security scheme operations can require."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.oauth_flows import OAuthFlows

__all__ = ("SecurityScheme",)


@dataclass
class SecurityScheme(BaseSchemaObject):
    """A security scheme operations can require."""

    type: Literal["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"]
    """Kind of scheme."""

    description: str | None = None
    """Description of the scheme."""

    name: str | None = None
    """Name of the header, query or cookie parameter (``apiKey``)."""

    security_scheme_in: Literal["query", "header", "cookie"] | None = None
    """Where the API key is sent (``apiKey``)."""

    scheme: str | None = None
    """HTTP authorization scheme (``http``), e.g. ``bearer``."""

    bearer_format: str | None = None
    """Format of the bearer token, e.g. ``JWT``."""

    flows: OAuthFlows | None = None
    """Supported OAuth flows (``oauth2``)."""

    open_id_connect_url: str | None = None
    """OpenID Connect discovery URL (``openIdConnect``)."""
