"""``Contact``: contact information of the exposed API."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("Contact",)


@dataclass
class Contact(BaseSchemaObject):
    """Contact information of the exposed API."""

    name: str | None = None
    """Name of the contact person or organisation."""

    url: str | None = None
    """URL of the contact information."""

    email: str | None = None
    """Email address of the contact."""
