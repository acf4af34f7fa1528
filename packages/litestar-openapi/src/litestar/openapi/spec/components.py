"""``Components``: reusable objects referenced from the rest of the document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.callback import Callback
    from litestar.openapi.spec.example import Example
    from litestar.openapi.spec.header import OpenAPIHeader
    from litestar.openapi.spec.link import Link
    from litestar.openapi.spec.parameter import Parameter
    from litestar.openapi.spec.path_item import PathItem
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.request_body import RequestBody
    from litestar.openapi.spec.response import OpenAPIResponse
    from litestar.openapi.spec.schema import Schema
    from litestar.openapi.spec.security_scheme import SecurityScheme

__all__ = ("Components",)


@dataclass
class Components(BaseSchemaObject):
    """Reusable objects referenced from the rest of the document."""

    schemas: dict[str, Schema] = field(default_factory=dict)
    """Named schemas."""

    responses: dict[str, OpenAPIResponse | Reference] | None = None
    """Named responses."""

    parameters: dict[str, Parameter | Reference] | None = None
    """Named parameters."""

    examples: dict[str, Example | Reference] | None = None
    """Named examples."""

    request_bodies: dict[str, RequestBody | Reference] | None = None
    """Named request bodies."""

    headers: dict[str, OpenAPIHeader | Reference] | None = None
    """Named headers."""

    security_schemes: dict[str, SecurityScheme | Reference] | None = None
    """Named security schemes."""

    links: dict[str, Link | Reference] | None = None
    """Named links."""

    callbacks: dict[str, Callback | Reference] | None = None
    """Named callbacks."""

    path_items: dict[str, PathItem | Reference] | None = None
    """Named path items."""
