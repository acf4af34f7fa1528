"""The ``type`` and ``format`` keywords a schema may carry."""

from __future__ import annotations

from enum import Enum

__all__ = ("OpenAPIFormat", "OpenAPIType")


class OpenAPIFormat(str, Enum):
    """Values of a schema's ``format`` keyword."""

    DATE = "date"
    DATE_TIME = "date-time"
    TIME = "time"
    DURATION = "duration"
    URL = "url"
    EMAIL = "email"
    IDN_EMAIL = "idn-email"
    HOST_NAME = "hostname"
    IDN_HOST_NAME = "idn-hostname"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    URI = "uri"
    URI_REFERENCE = "uri-reference"
    URI_TEMPLATE = "uri-template"
    JSON_POINTER = "json-pointer"
    RELATIVE_JSON_POINTER = "relative-json-pointer"
    IRI = "iri-reference"
    UUID = "uuid"
    REGEX = "regex"
    BINARY = "binary"


class OpenAPIType(str, Enum):
    """Values of a schema's ``type`` keyword."""

    ARRAY = "array"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    NULL = "null"
    NUMBER = "number"
    OBJECT = "object"
    STRING = "string"
