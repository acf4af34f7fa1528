"""``Reference``: a ``$ref`` to an object defined elsewhere in the document."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("Reference",)


@dataclass
class Reference(BaseSchemaObject):
    """A ``$ref`` to an object defined elsewhere in the document."""

    ref: str
    """The reference, e.g. ``#/components/schemas/Pet``."""

    summary: str | None = None
    """Summary overriding the referenced one."""

    description: str | None = None
    """Description overriding the referenced one."""

    @property
    def value(self) -> str:
        """The name the reference points to (its last segment)."""
        return self.ref.split("/")[-1]
