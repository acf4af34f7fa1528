"""``Link``: a design-time link from a response to another operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.server import Server

__all__ = ("Link",)


@dataclass
class Link(BaseSchemaObject):
    """A design-time link from a response to another operation."""

    operation_ref: str | None = None
    """Relative or absolute reference to an operation."""

    operation_id: str | None = None
    """``operationId`` of an existing operation."""

    parameters: dict[str, Any] | None = None
    """Parameter values to pass to the linked operation."""

    request_body: Any | None = None
    """Request body to pass to the linked operation."""

    description: str | None = None
    """Description of the link."""

    server: Server | None = None
    """Server of the linked operation."""
