"""Build the whole OpenAPI document of an application from its HTTP routes."""

from __future__ import annotations

import dataclasses
import inspect
from typing import TYPE_CHECKING, Any

from litestar.enums import HttpMethod
from litestar.openapi._schema._creator import SchemaCreator
from litestar.openapi._schema._examples import ExampleFiller
from litestar.openapi._schema._parameters import create_parameters, create_request_body
from litestar.openapi._schema._registry import SchemaRegistry
from litestar.openapi._schema._responses import create_responses
from litestar.openapi.spec import OpenAPI, Operation, PathItem, SecurityScheme
from litestar.routes import HTTPRoute

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.handlers import HTTPRouteHandler
    from litestar.openapi.config import OpenAPIConfig

__all__ = ("build_document",)


def _operation_id(config: OpenAPIConfig, handler: HTTPRouteHandler, method: str, route: HTTPRoute) -> str:
    creator = handler.operation_id or config.operation_id_creator
    if isinstance(creator, str):
        return creator
    return str(creator(handler, HttpMethod(method), list(route.path_components)))


def _summary(handler: HTTPRouteHandler) -> str:
    if handler.summary:
        return handler.summary
    name = getattr(handler.fn, "__name__", None) or handler.handler_name
    return "".join(part.capitalize() for part in name.split("_"))


def _description(config: OpenAPIConfig, handler: HTTPRouteHandler) -> str | None:
    if handler.description:
        return handler.description
    if config.use_handler_docstrings:
        doc = inspect.getdoc(handler.fn)
        return doc or None
    return None


def _operation(
    config: OpenAPIConfig, route: HTTPRoute, handler: HTTPRouteHandler, method: str, creator: SchemaCreator
) -> Operation:
    parameters = create_parameters(handler, route.path_parameters, creator)
    request_body = create_request_body(handler, creator)
    # Models of responses are described by attribute name, inputs by alias (as 2.17 does).
    creator.prefer_alias = False
    try:
        responses = create_responses(handler, creator, bool(parameters) or request_body is not None)
    finally:
        creator.prefer_alias = True
    operation_class = handler.operation_class or Operation
    tags = handler.resolve_tags()
    security = handler.resolve_security()
    return operation_class(
        tags=tags or None,
        summary=_summary(handler),
        description=_description(config, handler),
        operation_id=_operation_id(config, handler, method, route),
        parameters=parameters or None,  # type: ignore[arg-type]
        request_body=request_body,
        responses=responses,  # type: ignore[arg-type]
        deprecated=handler.deprecated,
        security=security or None,
    )


def _path_item(config: OpenAPIConfig, route: HTTPRoute, creator: SchemaCreator) -> PathItem | None:
    item = PathItem()
    found = False
    for method, handler in route.route_handler_map.items():
        if not handler.resolve_include_in_schema():
            continue
        field = method.lower()
        if not hasattr(item, field):
            continue
        setattr(item, field, _operation(config, route, handler, method, creator))
        found = True
    return item if found else None


def build_document(app: Litestar, config: OpenAPIConfig) -> OpenAPI:
    """Describe every HTTP route of ``app`` that is included in the schema.

    Args:
        app: The application.
        config: Its OpenAPI configuration.

    Returns:
        The document, components named and sorted.
    """
    registry = SchemaRegistry()
    plugins = [p for p in app.plugins if hasattr(p, "to_openapi_schema")]
    creator = SchemaCreator(registry, plugins)
    base = config.to_openapi_schema()
    paths: dict[str, PathItem] = dict(base.paths or {})
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        item = _path_item(config, route, creator)
        if item is None:
            continue
        existing = paths.get(route.path_format)
        if existing is None:
            paths[route.path_format] = item
        else:
            for f in dataclasses.fields(item):
                value = getattr(item, f.name)
                if value is not None:
                    setattr(existing, f.name, value)
    components = base.components
    schemas = registry.generate_components()
    if components.schemas:
        schemas = dict(sorted({**schemas, **components.schemas}.items()))
    components.schemas = schemas
    if components.security_schemes:
        components.security_schemes = {
            name: _valid_scheme(scheme) for name, scheme in components.security_schemes.items()
        }
    base.paths = paths
    _add_examples(config, creator, paths, schemas)
    return base


def _valid_scheme(scheme: Any) -> Any:
    """An ``http`` scheme without ``name``: OpenAPI 3.1 allows none there (2.17 writes one)."""
    if isinstance(scheme, SecurityScheme) and scheme.type == "http" and scheme.name is not None:
        return dataclasses.replace(scheme, name=None)
    return scheme


def _operations(paths: dict[str, PathItem]) -> list[Operation]:
    found = []
    for item in paths.values():
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, Operation):
                found.append(value)
    return found


def _add_examples(
    config: OpenAPIConfig, creator: SchemaCreator, paths: dict[str, PathItem], schemas: dict[str, Any]
) -> None:
    """Examples as 2.17 adds them: everywhere with ``create_examples``, else in ``ResponseSpec``s."""
    if not config.create_examples and not creator.example_roots:
        return
    filler = ExampleFiller(schemas)
    for root in creator.example_roots:
        filler.fill(root)
    if not config.create_examples:
        return
    for operation in _operations(paths):
        for parameter in operation.parameters or ():
            filler.fill(getattr(parameter, "schema", None))
        body = operation.request_body
        for media in (getattr(body, "content", None) or {}).values():
            filler.fill(media.schema)
        for response in (operation.responses or {}).values():
            for media in (getattr(response, "content", None) or {}).values():
                if id(media.schema) not in creator.example_skipped:
                    filler.fill(media.schema)
