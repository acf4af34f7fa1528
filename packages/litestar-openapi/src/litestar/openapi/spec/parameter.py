"""``Parameter``: a path, query, header or cookie parameter of an operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.example import Example
    from litestar.openapi.spec.media_type import OpenAPIMediaType
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.schema import Schema

__all__ = ("Parameter",)


@dataclass
class Parameter(BaseSchemaObject):
    """One parameter of an operation, identified by ``name`` and ``param_in``."""

    name: str
    """Name of the parameter (case sensitive except for headers)."""

    param_in: str
    """Where it is read from: ``path``, ``query``, ``header`` or ``cookie``."""

    schema: Schema | Reference | None = None
    """Schema of the value."""

    description: str | None = None
    """Description of the parameter."""

    required: bool = False
    """Whether the parameter must be sent (always ``True`` for path parameters)."""

    deprecated: bool = False
    """Whether the parameter is deprecated."""

    allow_empty_value: bool = False
    """Whether an empty value may be sent (query parameters)."""

    style: str | None = None
    """Serialisation style."""

    explode: bool | None = None
    """Whether arrays and objects generate one parameter per value."""

    allow_reserved: bool = False
    """Whether reserved characters are sent unescaped (query parameters)."""

    example: Any | None = None
    """One example value."""

    examples: Mapping[str, Example | Reference] | None = None
    """Named examples."""

    content: dict[str, OpenAPIMediaType] | None = None
    """Media type -> schema, instead of ``schema``."""
