"""``create_parameters_for_handler``: the OpenAPI parameters of one route handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar._openapi.schema_generation import SchemaCreator
from litestar.openapi._schema._parameters import create_parameters

if TYPE_CHECKING:
    from litestar._openapi.datastructures import OpenAPIContext
    from litestar.openapi.spec import Parameter

__all__ = ("create_parameters_for_handler",)


def create_parameters_for_handler(
    context: OpenAPIContext, route_handler: Any, path_parameters: dict[str, Any]
) -> list[Parameter]:
    """The path, query, header and cookie parameters of ``route_handler``.

    Args:
        context: The document build (its registry receives any model schemas).
        route_handler: An HTTP route handler.
        path_parameters: The route's path parameters (``HTTPRoute.path_parameters``).

    Returns:
        The parameters, as the served document lists them.
    """
    return create_parameters(route_handler, path_parameters, SchemaCreator.from_openapi_context(context))
