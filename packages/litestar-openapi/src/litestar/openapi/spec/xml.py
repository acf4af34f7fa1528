"""``XML``: how a schema is represented in XML."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("XML",)


@dataclass
class XML(BaseSchemaObject):
    """How a schema is represented in XML."""

    name: str | None = None
    """Name of the element or attribute."""

    namespace: str | None = None
    """URI of the namespace."""

    prefix: str | None = None
    """Prefix of the name."""

    attribute: bool = False
    """Whether the property is an attribute."""

    wrapped: bool = False
    """Whether an array is wrapped in an element."""
