"""``OpenAPIResponse``: one documented response of an operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.header import OpenAPIHeader
    from litestar.openapi.spec.link import Link
    from litestar.openapi.spec.media_type import OpenAPIMediaType
    from litestar.openapi.spec.reference import Reference

__all__ = ("OpenAPIResponse",)


@dataclass
class OpenAPIResponse(BaseSchemaObject):
    """One documented response of an operation."""

    description: str
    """Description of the response."""

    headers: dict[str, OpenAPIHeader | Reference] | None = None
    """Response headers."""

    content: dict[str, OpenAPIMediaType] | None = None
    """Media type -> schema of the body."""

    links: dict[str, Link | Reference] | None = None
    """Links to other operations."""
