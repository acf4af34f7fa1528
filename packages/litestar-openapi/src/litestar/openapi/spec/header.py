"""``OpenAPIHeader``: a documented response (or encoding) header."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.example import Example
    from litestar.openapi.spec.media_type import OpenAPIMediaType
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.schema import Schema

__all__ = ("OpenAPIHeader",)


@dataclass
class OpenAPIHeader(BaseSchemaObject):
    """A header object: a parameter without ``name`` and ``in`` (the map key names it)."""

    schema: Schema | Reference | None = None
    """Schema of the header value."""

    name: Literal[""] = ""
    """Always empty: the key of the ``headers`` map names the header (not rendered)."""

    param_in: Literal["header"] = "header"
    """Always ``header`` (not rendered)."""

    description: str | None = None
    """Description of the header."""

    required: bool = False
    """Whether the header is always present."""

    deprecated: bool = False
    """Whether the header is deprecated."""

    allow_empty_value: bool = None  # type: ignore[assignment]
    """Not applicable to headers (not rendered)."""

    style: str | None = None
    """Serialisation style."""

    explode: bool | None = None
    """Whether arrays and objects generate separate values."""

    allow_reserved: bool = None  # type: ignore[assignment]
    """Not applicable to headers (not rendered)."""

    example: Any | None = None
    """One example value."""

    examples: dict[str, Example | Reference] | None = None
    """Named examples."""

    content: dict[str, OpenAPIMediaType] | None = None
    """Media type -> schema, instead of ``schema``."""

    _excluded_fields = frozenset({"name", "param_in", "allow_empty_value", "allow_reserved"})
