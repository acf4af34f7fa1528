"""``OpenAPIConfig``: what the generated document says about the API and where it is served."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal

from litestar.openapi.spec import Components, Info, OpenAPI, Server

if TYPE_CHECKING:
    from collections.abc import Sequence

    from litestar.handlers import HTTPRouteHandler
    from litestar.openapi.controller import OpenAPIController
    from litestar.openapi.plugins import OpenAPIRenderPlugin
    from litestar.openapi.spec import (
        Contact,
        ExternalDocumentation,
        License,
        PathItem,
        Reference,
        SecurityRequirement,
        Tag,
    )
    from litestar.router import Router
    from litestar.types import Method

__all__ = ("OpenAPIConfig", "default_operation_id_creator")

_WORD = re.compile(r"[^A-Za-z0-9]+")


def _camelize(value: str) -> str:
    # Each word is capitalised (``getPet`` -> ``Getpet``), as Litestar 2.17 writes the ids.
    return "".join(part.capitalize() for part in _WORD.split(value) if part)


def _is_path_type(value: Any) -> bool:
    # ``{name:path}`` matches the rest of the path; it is left out of operation ids.
    return isinstance(value, type) and issubclass(value, PurePath)


def default_operation_id_creator(
    route_handler: HTTPRouteHandler, http_method: Method, path_components: list[Any]
) -> str:
    """Build an ``operationId`` from the path and the handler name: ``/pets/{pet_id}`` + ``get_pet``.

    Handlers serving several methods get the method in the id, so each operation stays unique.

    Args:
        route_handler: The handler.
        http_method: The method of the operation.
        path_components: The route's path segments (strings and path parameters).

    Returns:
        ``PetsPetIdGetPet``, or ``PetsPetIdGetGetPet`` for a multi-method handler.
    """
    parts = [
        _camelize(c if isinstance(c, str) else c.name)
        for c in path_components
        if isinstance(c, str) or not _is_path_type(getattr(c, "type", None))
    ]
    handler_name = _camelize(getattr(route_handler.fn, "__name__", None) or route_handler.handler_name)
    if len(route_handler.http_methods) > 1:
        method = str(getattr(http_method, "value", http_method))
        parts.append(method.capitalize())
    return "".join(parts) + handler_name


def _default_servers() -> list[Server]:
    return [Server(url="/")]


@dataclass
class OpenAPIConfig:
    """The OpenAPI document's metadata and how it is served.

    Pass it as ``Litestar(openapi_config=...)``; ``openapi_config=None`` turns the schema
    off. With litestar-openapi installed and no config given, the app serves the default
    one (``title="Litestar API"``, ``version="1.0.0"``) under ``/schema``.
    """

    title: str
    """Title of the API."""
    version: str
    """Version of the API document."""
    create_examples: bool = field(default=False)
    """Whether to generate example values for the schemas (not supported: kept for compatibility)."""
    random_seed: int = 10
    """Seed of the example generator."""
    contact: Contact | None = field(default=None)
    """API contact information."""
    description: str | None = field(default=None)
    """API description."""
    external_docs: ExternalDocumentation | None = field(default=None)
    """Link to external documentation."""
    license: License | None = field(default=None)
    """API license."""
    security: list[SecurityRequirement] | None = field(default=None)
    """Security requirements of the whole API."""
    components: Components | list[Components] = field(default_factory=Components)
    """Reusable components (merged when a list is given)."""
    servers: list[Server] = field(default_factory=_default_servers)
    """Servers hosting the API."""
    summary: str | None = field(default=None)
    """Short summary of the API."""
    tags: list[Tag] | None = field(default=None)
    """Tag metadata."""
    terms_of_service: str | None = field(default=None)
    """URL of the terms of service."""
    use_handler_docstrings: bool = field(default=False)
    """Whether a handler's docstring describes its operation when ``description`` is not set."""
    webhooks: dict[str, PathItem | Reference] | None = field(default=None)
    """Incoming webhooks."""
    operation_id_creator: Any = default_operation_id_creator
    """Builds the ``operationId`` of handlers that do not set ``operation_id``."""
    path: str | None = field(default=None)
    """Where the schema and its pages are served; ``/schema`` when not set."""
    render_plugins: Sequence[OpenAPIRenderPlugin] = field(default=())
    """The pages serving the schema; the first one also answers the base path."""
    openapi_router: Router | None = None
    """A router the schema routes are added to, instead of a new one."""
    openapi_controller: type[OpenAPIController] | None = None
    """Deprecated controller-based serving, kept for compatibility."""
    root_schema_site: Literal["redoc", "swagger", "elements", "rapidoc"] | None = None
    """Which page answers the base path when ``render_plugins`` is not set."""
    enabled_endpoints: set[str] | None = None
    """Which pages are served when ``render_plugins`` is not set."""

    def __post_init__(self) -> None:
        from litestar.openapi.plugins import default_render_plugins

        if self.path is not None:
            self.path = "/" + self.path.strip("/") if self.path.strip("/") else "/"
        if self.root_schema_site is None:
            self.root_schema_site = "redoc"
        if self.enabled_endpoints is None:
            self.enabled_endpoints = {
                "redoc",
                "swagger",
                "elements",
                "rapidoc",
                "openapi.json",
                "openapi.yaml",
                "openapi.yml",
                "oauth2-redirect.html",
            }
        if not self.render_plugins:
            self.render_plugins = default_render_plugins(self.root_schema_site, self.enabled_endpoints)

    def to_openapi_schema(self) -> OpenAPI:
        """The document's root object, before the paths are filled in.

        Returns:
            An ``OpenAPI`` object holding this configuration's metadata.
        """
        if isinstance(self.components, list):
            merged = Components()
            for component in self.components:
                for f in fields(component):
                    value = getattr(component, f.name)
                    if value:
                        current = getattr(merged, f.name) or {}
                        setattr(merged, f.name, {**current, **value})
            components = merged
        else:
            components = Components(
                **{f.name: _copy(getattr(self.components, f.name)) for f in fields(self.components)}
            )
        return OpenAPI(
            info=Info(
                title=self.title,
                version=self.version,
                summary=self.summary,
                description=self.description,
                terms_of_service=self.terms_of_service,
                contact=self.contact,
                license=self.license,
            ),
            servers=list(self.servers),
            external_docs=self.external_docs,
            security=self.security,
            components=components,
            tags=self.tags,
            webhooks=self.webhooks,
        )


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value
