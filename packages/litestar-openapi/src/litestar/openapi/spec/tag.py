"""``Tag``: metadata of a tag used by operations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.external_documentation import ExternalDocumentation

__all__ = ("Tag",)


@dataclass
class Tag(BaseSchemaObject):
    """Metadata of a tag used by operations."""

    name: str
    """Name of the tag."""

    description: str | None = None
    """Description of the tag."""

    external_docs: ExternalDocumentation | None = None
    """Further documentation."""
