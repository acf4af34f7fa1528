"""``Encoding``: how one property of a multipart or form body is encoded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.header import OpenAPIHeader
    from litestar.openapi.spec.reference import Reference

__all__ = ("Encoding",)


@dataclass
class Encoding(BaseSchemaObject):
    """How one property of a multipart or form body is encoded."""

    content_type: str | None = None
    """Content type of the property."""

    headers: dict[str, OpenAPIHeader | Reference] | None = None
    """Extra headers of the part."""

    style: str | None = None
    """Serialisation style."""

    explode: bool = False
    """Whether arrays and objects generate one parameter per value."""

    allow_reserved: bool = False
    """Whether reserved characters are sent unescaped."""
