"""``Discriminator``: tells which schema of a union applies, from the value of one property."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("Discriminator",)


@dataclass
class Discriminator(BaseSchemaObject):
    """Tells which schema of a union applies, from the value of one property."""

    property_name: str
    """Name of the property holding the discriminating value."""

    mapping: dict[str, str] | None = None
    """Property value -> schema name or reference."""
