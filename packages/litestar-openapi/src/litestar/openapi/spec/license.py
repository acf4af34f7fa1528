"""``License``: license of the exposed API."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec.base import BaseSchemaObject

__all__ = ("License",)


@dataclass
class License(BaseSchemaObject):
    """License of the exposed API."""

    name: str
    """Name of the license."""

    identifier: str | None = None
    """SPDX license expression."""

    url: str | None = None
    """URL of the license."""
