"""Constants shared by the framework and by extensions that mirror 2.17's ``litestar.constants``.

Core modules keep private copies of the few values on their hot path; this module is the
public, importable reference for extensions and user code.
"""

from __future__ import annotations

import inspect
from dataclasses import MISSING
from typing import Final

from msgspec import UnsetType

from litestar.enums import MediaType
from litestar.types.empty import Empty

__all__ = (
    "DEFAULT_ALLOWED_CORS_HEADERS",
    "DEFAULT_CHUNK_SIZE",
    "HTTP_DISCONNECT",
    "HTTP_RESPONSE_BODY",
    "HTTP_RESPONSE_START",
    "ONE_MEGABYTE",
    "OPENAPI_JSON_HANDLER_NAME",
    "OPENAPI_NOT_INITIALIZED",
    "REDIRECT_ALLOWED_MEDIA_TYPES",
    "REDIRECT_STATUS_CODES",
    "RESERVED_KWARGS",
    "SKIP_VALIDATION_NAMES",
    "UNDEFINED_SENTINELS",
    "WEBSOCKET_CLOSE",
    "WEBSOCKET_DISCONNECT",
)

DEFAULT_ALLOWED_CORS_HEADERS: Final = {"Accept", "Accept-Language", "Content-Language", "Content-Type"}
"""Headers a CORS preflight always allows."""
DEFAULT_CHUNK_SIZE: Final = 1024 * 128
"""Read size for streamed files."""
HTTP_DISCONNECT: Final = "http.disconnect"
HTTP_RESPONSE_BODY: Final = "http.response.body"
HTTP_RESPONSE_START: Final = "http.response.start"
ONE_MEGABYTE: Final = 1024 * 1024
OPENAPI_JSON_HANDLER_NAME: Final = "6f672331b5d944839400c9e3dd60f833_litestar_openapi_json"
"""Route handler name of the OpenAPI JSON document."""
OPENAPI_NOT_INITIALIZED: Final = "Litestar has not been instantiated with OpenAPIConfig"
REDIRECT_STATUS_CODES: Final = {301, 302, 303, 307, 308}
"""Status codes a ``Redirect`` may use."""
REDIRECT_ALLOWED_MEDIA_TYPES: Final = {MediaType.TEXT, MediaType.HTML, MediaType.JSON}
"""Media types a ``Redirect`` may declare."""
RESERVED_KWARGS: Final = {
    "state",
    "headers",
    "cookies",
    "request",
    "socket",
    "data",
    "query",
    "scope",
    "body",
}
"""Handler parameter names the framework fills itself."""
SKIP_VALIDATION_NAMES: Final = {"request", "socket", "scope", "receive", "send"}
"""Parameters handed over without validation."""
UNDEFINED_SENTINELS: Final = {Empty, Ellipsis, MISSING, UnsetType, inspect.Parameter.empty}
"""Values that mean "no value given"."""
WEBSOCKET_CLOSE: Final = "websocket.close"
WEBSOCKET_DISCONNECT: Final = "websocket.disconnect"
