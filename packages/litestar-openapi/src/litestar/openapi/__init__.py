"""OpenAPI 3.1 for litestar: the document of every app, served with its documentation pages."""

from litestar.openapi._plugin import OpenAPIPlugin
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.controller import OpenAPIController
from litestar.openapi.datastructures import ResponseSpec

__all__ = ("OpenAPIConfig", "OpenAPIController", "OpenAPIPlugin", "ResponseSpec")
