"""``OpenAPIMediaType``: the schema and examples of one media type of a body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.encoding import Encoding
    from litestar.openapi.spec.example import Example
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.schema import Schema

__all__ = ("OpenAPIMediaType",)


@dataclass
class OpenAPIMediaType(BaseSchemaObject):
    """The schema and examples of one media type of a body."""

    schema: Reference | Schema | None = None
    """Schema of the content."""

    example: Any | None = None
    """One example of the content."""

    examples: dict[str, Example | Reference] | None = None
    """Named examples of the content."""

    encoding: dict[str, Encoding] | None = None
    """Property name -> its encoding."""
