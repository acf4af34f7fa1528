"""``ResponseHeader``: a static header set on responses and documented in OpenAPI."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

__all__ = ("ResponseHeader", "ResponseHeaders")


@dataclass
class ResponseHeader:
    """A response header with its OpenAPI documentation."""

    name: str
    """The header name."""
    documentation_only: bool = False
    """Only document the header; do not set it."""
    value: str | None = None
    """The header value."""
    description: str | None = None
    """Description used in the OpenAPI schema."""
    required: bool = False
    """Whether the header is always sent."""
    deprecated: bool = False
    """Whether the header is deprecated."""
    allow_empty_value: bool = False
    """Whether an empty value is allowed."""
    style: str | None = None
    """OpenAPI serialisation style."""
    explode: bool | None = None
    """OpenAPI ``explode`` flag."""
    allow_reserved: bool = False
    """OpenAPI ``allowReserved`` flag."""
    example: Any | None = None
    """An example value."""
    examples: dict[str, Any] | None = None
    """Named examples (``litestar.openapi.spec.Example`` values)."""

    def __post_init__(self) -> None:
        if not self.documentation_only and self.value is None:
            from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

            raise ImproperlyConfiguredException("value must be set if documentation_only is false")

    def __hash__(self) -> int:
        return hash(self.name)


ResponseHeaders: TypeAlias = "Sequence[ResponseHeader] | Mapping[str, str]"
"""(A string, as in 2.17: the alias is for type checkers.) A layer's ``response_headers``: headers, or ``{name: value}``."""
