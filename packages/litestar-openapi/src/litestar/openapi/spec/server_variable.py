"""``ServerVariable``: a variable of a server URL."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("ServerVariable",)


@dataclass
class ServerVariable(BaseSchemaObject):
    """A variable of a server URL."""

    default: str
    """Value used when none is given."""

    enum: list[str] | None = None
    """Allowed values."""

    description: str | None = None
    """Description of the variable."""
