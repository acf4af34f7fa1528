"""String enums shared across the framework (methods, media types, scope types...)."""

from __future__ import annotations

from enum import Enum

__all__ = (
    "CompressionEncoding",
    "HttpMethod",
    "MediaType",
    "OpenAPIMediaType",
    "ParamType",
    "RequestEncodingType",
    "ScopeType",
)


class HttpMethod(str, Enum):
    """An HTTP request method."""

    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"
    TRACE = "TRACE"


class MediaType(str, Enum):
    """A media type (MIME type) commonly used for responses."""

    JSON = "application/json"
    MESSAGEPACK = "application/x-msgpack"
    HTML = "text/html"
    TEXT = "text/plain"
    CSS = "text/css"
    XML = "application/xml"


class OpenAPIMediaType(str, Enum):
    """A media type of a served OpenAPI document."""

    OPENAPI_YAML = "application/vnd.oai.openapi"
    OPENAPI_JSON = "application/vnd.oai.openapi+json"


class ParamType(str, Enum):
    """The location a request parameter is read from."""

    PATH = "path"
    QUERY = "query"
    COOKIE = "cookie"
    HEADER = "header"


class RequestEncodingType(str, Enum):
    """The content type of a request body."""

    JSON = "application/json"
    MESSAGEPACK = "application/x-msgpack"
    MULTI_PART = "multipart/form-data"
    URL_ENCODED = "application/x-www-form-urlencoded"


class ScopeType(str, Enum):
    """The ``type`` of an ASGI connection scope handled by a route."""

    HTTP = "http"
    WEBSOCKET = "websocket"
    ASGI = "asgi"


class CompressionEncoding(str, Enum):
    """A response content encoding supported by the compression middleware."""

    GZIP = "gzip"
    BROTLI = "br"
