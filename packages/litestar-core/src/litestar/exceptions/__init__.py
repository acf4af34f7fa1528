"""The framework's exceptions.

Hierarchy (builtins mixed in where an error also resembles one)::

    Exception
    ├── LitestarException
    │   ├── MissingDependencyException      (+ ImportError)
    │   ├── SerializationException
    │   ├── DTOFactoryException
    │   │   └── InvalidAnnotationException
    │   ├── WebSocketException              (code = 4500)
    │   │   └── WebSocketDisconnect         (code = 1000)
    │   └── HTTPException                   (status_code = 500)
    │       ├── ImproperlyConfiguredException   (+ ValueError)
    │       ├── ClientException                 (400)
    │       │   ├── ValidationException         (400, + ValueError)
    │       │   ├── NotAuthorizedException      (401)
    │       │   ├── PermissionDeniedException   (403)
    │       │   ├── NotFoundException           (404, + ValueError)
    │       │   ├── MethodNotAllowedException   (405)
    │       │   └── TooManyRequestsException    (429)
    │       └── InternalServerException         (500)
    │           ├── ServiceUnavailableException (503)
    │           ├── NoRouteMatchFoundException
    │           └── TemplateNotFoundException
    └── Warning
        └── UserWarning
            └── LitestarWarning
"""

from __future__ import annotations

from litestar.exceptions.base_exceptions import (
    LitestarException,
    LitestarWarning,
    MissingDependencyException,
    SerializationException,
)
from litestar.exceptions.dto_exceptions import DTOFactoryException, InvalidAnnotationException
from litestar.exceptions.http_exceptions import (
    ClientException,
    HTTPException,
    ImproperlyConfiguredException,
    InternalServerException,
    MethodNotAllowedException,
    NoRouteMatchFoundException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    ServiceUnavailableException,
    TemplateNotFoundException,
    TooManyRequestsException,
    ValidationException,
)
from litestar.exceptions.websocket_exceptions import WebSocketDisconnect, WebSocketException

__all__ = (
    "ClientException",
    "DTOFactoryException",
    "HTTPException",
    "ImproperlyConfiguredException",
    "InternalServerException",
    "InvalidAnnotationException",
    "LitestarException",
    "LitestarWarning",
    "MethodNotAllowedException",
    "MissingDependencyException",
    "NoRouteMatchFoundException",
    "NotAuthorizedException",
    "NotFoundException",
    "PermissionDeniedException",
    "SerializationException",
    "ServiceUnavailableException",
    "TemplateNotFoundException",
    "TooManyRequestsException",
    "ValidationException",
    "WebSocketDisconnect",
    "WebSocketException",
)
