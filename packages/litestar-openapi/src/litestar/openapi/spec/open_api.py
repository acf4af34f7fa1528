"""``OpenAPI``: the root object of an OpenAPI 3.1 document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject
from litestar.openapi.spec.components import Components
from litestar.openapi.spec.server import Server

if TYPE_CHECKING:
    from litestar.openapi.spec.external_documentation import ExternalDocumentation
    from litestar.openapi.spec.info import Info
    from litestar.openapi.spec.path_item import PathItem
    from litestar.openapi.spec.paths import Paths
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.security_requirement import SecurityRequirement
    from litestar.openapi.spec.tag import Tag

__all__ = ("OpenAPI",)


def _default_servers() -> list[Server]:
    return [Server(url="/")]


def _components() -> Components:
    return Components()


@dataclass
class OpenAPI(BaseSchemaObject):
    """The root object of an OpenAPI 3.1 document."""

    info: Info
    """Metadata of the API."""

    openapi: str = "3.1.0"
    """Version of the OpenAPI specification used."""

    json_schema_dialect: str | None = None
    """Default ``$schema`` of the schemas."""

    servers: list[Server] = field(default_factory=_default_servers)
    """Servers hosting the API."""

    paths: Paths | None = None
    """Path -> its operations."""

    webhooks: dict[str, PathItem | Reference] | None = None
    """Incoming webhooks."""

    components: Components = field(default_factory=_components)
    """Reusable objects."""

    security: list[SecurityRequirement] | None = None
    """Security requirements of the whole API."""

    tags: list[Tag] | None = None
    """Tag metadata."""

    external_docs: ExternalDocumentation | None = None
    """Further documentation."""
