"""``Operation``: one API operation: a method on a path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.callback import Callback
    from litestar.openapi.spec.external_documentation import ExternalDocumentation
    from litestar.openapi.spec.parameter import Parameter
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.request_body import RequestBody
    from litestar.openapi.spec.responses import Responses
    from litestar.openapi.spec.security_requirement import SecurityRequirement
    from litestar.openapi.spec.server import Server

__all__ = ("Operation",)


@dataclass
class Operation(BaseSchemaObject):
    """One API operation: a method on a path."""

    tags: list[str] | None = None
    """Tags grouping the operation."""

    summary: str | None = None
    """Short summary of the operation."""

    description: str | None = None
    """Description of the operation."""

    external_docs: ExternalDocumentation | None = None
    """Further documentation."""

    operation_id: str | None = None
    """Unique identifier of the operation."""

    parameters: list[Parameter | Reference] | None = None
    """Parameters of the operation."""

    request_body: RequestBody | Reference | None = None
    """The request body."""

    responses: Responses | None = None
    """Status code -> response."""

    callbacks: dict[str, Callback | Reference] | None = None
    """Out-of-band callbacks."""

    deprecated: bool = False
    """Whether the operation is deprecated."""

    security: list[SecurityRequirement] | None = None
    """Security requirements (any one suffices)."""

    servers: list[Server] | None = None
    """Servers of this operation."""
