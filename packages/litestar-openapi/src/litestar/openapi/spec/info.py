"""``Info``: metadata of the API: title, version, contact and license."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.contact import Contact
    from litestar.openapi.spec.license import License

__all__ = ("Info",)


@dataclass
class Info(BaseSchemaObject):
    """Metadata of the API: title, version, contact and license."""

    title: str
    """Title of the API."""

    version: str
    """Version of the API document."""

    summary: str | None = None
    """Short summary of the API."""

    description: str | None = None
    """Description of the API (CommonMark)."""

    terms_of_service: str | None = None
    """URL of the terms of service."""

    contact: Contact | None = None
    """Contact information."""

    license: License | None = None
    """License information."""
