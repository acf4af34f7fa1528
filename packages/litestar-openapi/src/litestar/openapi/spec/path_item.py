"""``PathItem``: the operations available on one path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.operation import Operation
    from litestar.openapi.spec.parameter import Parameter
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.server import Server

__all__ = ("PathItem",)


@dataclass
class PathItem(BaseSchemaObject):
    """The operations available on one path."""

    ref: str | None = None
    """Reference to a path item defined elsewhere."""

    summary: str | None = None
    """Summary of every operation of the path."""

    description: str | None = None
    """Description of every operation of the path."""

    get: Operation | None = None
    """The GET operation."""

    put: Operation | None = None
    """The PUT operation."""

    post: Operation | None = None
    """The POST operation."""

    delete: Operation | None = None
    """The DELETE operation."""

    options: Operation | None = None
    """The OPTIONS operation."""

    head: Operation | None = None
    """The HEAD operation."""

    patch: Operation | None = None
    """The PATCH operation."""

    trace: Operation | None = None
    """The TRACE operation."""

    servers: list[Server] | None = None
    """Servers of the path's operations."""

    parameters: list[Parameter | Reference] | None = None
    """Parameters shared by every operation."""
