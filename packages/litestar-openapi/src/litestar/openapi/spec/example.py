"""``Example``: a named example value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("Example",)


@dataclass
class Example(BaseSchemaObject):
    """A named example value."""

    id: str | None = None
    """Identifier of the example."""

    summary: str | None = None
    """Short description of the example."""

    description: str | None = None
    """Long description of the example."""

    value: Any | None = None
    """The example value."""

    external_value: str | None = None
    """URL of an example kept elsewhere."""
