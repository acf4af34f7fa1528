"""The OpenAPI 3.1 objects; each renders itself with ``to_schema()``.

Each class is imported on first access (PEP 562): an app serving its document imports
only the few objects its configuration holds until the document is generated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.openapi._lazy import lazy_names

if TYPE_CHECKING:
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

_LAZY: dict[str, tuple[str, str]] = {
    "BaseSchemaObject": ("litestar.openapi.spec.base", "BaseSchemaObject"),
    "Callback": ("litestar.openapi.spec.callback", "Callback"),
    "Components": ("litestar.openapi.spec.components", "Components"),
    "Contact": ("litestar.openapi.spec.contact", "Contact"),
    "Discriminator": ("litestar.openapi.spec.discriminator", "Discriminator"),
    "Encoding": ("litestar.openapi.spec.encoding", "Encoding"),
    "Example": ("litestar.openapi.spec.example", "Example"),
    "ExternalDocumentation": ("litestar.openapi.spec.external_documentation", "ExternalDocumentation"),
    "Info": ("litestar.openapi.spec.info", "Info"),
    "License": ("litestar.openapi.spec.license", "License"),
    "Link": ("litestar.openapi.spec.link", "Link"),
    "OAuthFlow": ("litestar.openapi.spec.oauth_flow", "OAuthFlow"),
    "OAuthFlows": ("litestar.openapi.spec.oauth_flows", "OAuthFlows"),
    "OpenAPI": ("litestar.openapi.spec.open_api", "OpenAPI"),
    "OpenAPIFormat": ("litestar.openapi.spec.enums", "OpenAPIFormat"),
    "OpenAPIHeader": ("litestar.openapi.spec.header", "OpenAPIHeader"),
    "OpenAPIMediaType": ("litestar.openapi.spec.media_type", "OpenAPIMediaType"),
    "OpenAPIResponse": ("litestar.openapi.spec.response", "OpenAPIResponse"),
    "OpenAPIType": ("litestar.openapi.spec.enums", "OpenAPIType"),
    "Operation": ("litestar.openapi.spec.operation", "Operation"),
    "Parameter": ("litestar.openapi.spec.parameter", "Parameter"),
    "PathItem": ("litestar.openapi.spec.path_item", "PathItem"),
    "Paths": ("litestar.openapi.spec.paths", "Paths"),
    "Reference": ("litestar.openapi.spec.reference", "Reference"),
    "RequestBody": ("litestar.openapi.spec.request_body", "RequestBody"),
    "Responses": ("litestar.openapi.spec.responses", "Responses"),
    "Schema": ("litestar.openapi.spec.schema", "Schema"),
    "SecurityRequirement": ("litestar.openapi.spec.security_requirement", "SecurityRequirement"),
    "SecurityScheme": ("litestar.openapi.spec.security_scheme", "SecurityScheme"),
    "Server": ("litestar.openapi.spec.server", "Server"),
    "ServerVariable": ("litestar.openapi.spec.server_variable", "ServerVariable"),
    "Tag": ("litestar.openapi.spec.tag", "Tag"),
    "XML": ("litestar.openapi.spec.xml", "XML"),
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
