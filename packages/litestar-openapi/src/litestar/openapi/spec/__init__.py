"""The OpenAPI 3.1 objects; each renders itself with ``to_schema()``."""

from __future__ import annotations

from litestar.openapi.spec.base import BaseSchemaObject
from litestar.openapi.spec.callback import Callback
from litestar.openapi.spec.components import Components
from litestar.openapi.spec.contact import Contact
from litestar.openapi.spec.discriminator import Discriminator
from litestar.openapi.spec.encoding import Encoding
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
from litestar.openapi.spec.example import Example
from litestar.openapi.spec.external_documentation import ExternalDocumentation
from litestar.openapi.spec.header import OpenAPIHeader
from litestar.openapi.spec.info import Info
from litestar.openapi.spec.license import License
from litestar.openapi.spec.link import Link
from litestar.openapi.spec.media_type import OpenAPIMediaType
from litestar.openapi.spec.oauth_flow import OAuthFlow
from litestar.openapi.spec.oauth_flows import OAuthFlows
from litestar.openapi.spec.open_api import OpenAPI
from litestar.openapi.spec.operation import Operation
from litestar.openapi.spec.parameter import Parameter
from litestar.openapi.spec.path_item import PathItem
from litestar.openapi.spec.paths import Paths
from litestar.openapi.spec.reference import Reference
from litestar.openapi.spec.request_body import RequestBody
from litestar.openapi.spec.response import OpenAPIResponse
from litestar.openapi.spec.responses import Responses
from litestar.openapi.spec.schema import Schema
from litestar.openapi.spec.security_requirement import SecurityRequirement
from litestar.openapi.spec.security_scheme import SecurityScheme
from litestar.openapi.spec.server import Server
from litestar.openapi.spec.server_variable import ServerVariable
from litestar.openapi.spec.tag import Tag
from litestar.openapi.spec.xml import XML

__all__ = (
    "XML",
    "BaseSchemaObject",
    "Callback",
    "Components",
    "Contact",
    "Discriminator",
    "Encoding",
    "Example",
    "ExternalDocumentation",
    "Info",
    "License",
    "Link",
    "OAuthFlow",
    "OAuthFlows",
    "OpenAPI",
    "OpenAPIFormat",
    "OpenAPIHeader",
    "OpenAPIMediaType",
    "OpenAPIResponse",
    "OpenAPIType",
    "Operation",
    "Parameter",
    "PathItem",
    "Paths",
    "Reference",
    "RequestBody",
    "Responses",
    "Schema",
    "SecurityRequirement",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "Tag",
)
