"""``RequestBody``: the request body of an operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.media_type import OpenAPIMediaType

__all__ = ("RequestBody",)


@dataclass
class RequestBody(BaseSchemaObject):
    """The request body of an operation."""

    content: dict[str, OpenAPIMediaType]
    """Media type -> schema of the body."""

    description: str | None = None
    """Description of the body."""

    required: bool = False
    """Whether the body is required."""
