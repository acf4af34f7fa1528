"""Protocols standing for the objects of optional distributions in core's annotations.

Core never names a module of another distribution, not even for typing (type-checking
an app that installed ``litestar-core`` alone must resolve every annotation of core's
API). Where core accepts such an object and only hands it on to its piece, it annotates
with one of these Protocols; the piece's classes satisfy them structurally.
"""

from __future__ import annotations

from typing import Protocol

__all__ = (
    "DTOProtocol",
    "ExampleProtocol",
    "ExternalDocumentationProtocol",
    "OpenAPIConfigProtocol",
    "PieceConfigProtocol",
    "ProvideProtocol",
    "SchemaProtocol",
    "SecurityRequirementProtocol",
)


class PieceConfigProtocol(Protocol):
    """The configuration of an optional piece, e.g. litestar-middleware's ``CORSConfig``.

    Core stores it on the app and the piece reads it back; core itself asks nothing of it.
    """


class DTOProtocol(Protocol):
    """A DTO class of litestar-dto (``AbstractDTO`` and its subclasses), used as ``type[DTOProtocol]``."""


class OpenAPIConfigProtocol(Protocol):
    """litestar-openapi's ``OpenAPIConfig``."""


class ProvideProtocol(Protocol):
    """litestar-di's ``Provide``: a dependency provider."""


class SecurityRequirementProtocol(Protocol):
    """An OpenAPI security requirement (litestar-openapi's ``SecurityRequirement``)."""


class ExampleProtocol(Protocol):
    """An OpenAPI example (litestar-openapi's ``Example``)."""


class ExternalDocumentationProtocol(Protocol):
    """An OpenAPI external documentation object (litestar-openapi's ``ExternalDocumentation``)."""


class SchemaProtocol(Protocol):
    """An OpenAPI schema (litestar-openapi's ``Schema``)."""
