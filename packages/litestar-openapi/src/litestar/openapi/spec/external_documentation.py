"""``ExternalDocumentation``: a link to documentation kept elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("ExternalDocumentation",)


@dataclass
class ExternalDocumentation(BaseSchemaObject):
    """A link to documentation kept elsewhere."""

    url: str
    """URL of the documentation."""

    description: str | None = None
    """Description of the documentation."""
