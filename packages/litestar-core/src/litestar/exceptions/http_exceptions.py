"""Exceptions that map to an HTTP error response.

Each class carries its HTTP status as the class attribute :attr:`status_code`; ``detail``
defaults to the standard phrase of that status (``404`` -> ``"Not Found"``).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Final

from litestar.exceptions.base_exceptions import LitestarException
from litestar.status_codes import (
    HTTP_400_BAD_REQUEST,
    HTTP_401_UNAUTHORIZED,
    HTTP_403_FORBIDDEN,
    HTTP_404_NOT_FOUND,
    HTTP_405_METHOD_NOT_ALLOWED,
    HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    HTTP_429_TOO_MANY_REQUESTS,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_503_SERVICE_UNAVAILABLE,
)

__all__ = (
    "ClientException",
    "HTTPException",
    "ImproperlyConfiguredException",
    "InternalServerException",
    "MethodNotAllowedException",
    "NoRouteMatchFoundException",
    "NotAuthorizedException",
    "NotFoundException",
    "PermissionDeniedException",
    "RequestEntityTooLarge",
    "ServiceUnavailableException",
    "TemplateNotFoundException",
    "TooManyRequestsException",
    "ValidationException",
)

# PERF: a dict lookup instead of ``HTTPStatus(code).phrase`` on every raised error.
_PHRASES: Final[dict[int, str]] = {status.value: status.phrase for status in HTTPStatus}


class HTTPException(LitestarException):
    """Base class of the exceptions turned into an HTTP error response."""

    status_code: int = HTTP_500_INTERNAL_SERVER_ERROR
    """The HTTP status code of the response; subclasses set their own default."""
    headers: dict[str, str] | None
    """Headers to add to the error response."""
    extra: dict[str, Any] | list[Any] | None
    """Extra data serialised into the ``extra`` key of the error response body."""

    def __init__(
        self,
        *args: Any,
        detail: str = "",
        status_code: int | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | list[Any] | None = None,
    ) -> None:
        """Initialise the exception.

        Args:
            *args: Extra information; the first one is the detail if ``detail`` is empty.
            detail: A description of the error; defaults to the phrase of the status code.
            status_code: Overrides the class' :attr:`status_code`.
            headers: Headers to add to the error response.
            extra: Extra data for the error response body.
        """
        if status_code:
            self.status_code = status_code
        class_detail = getattr(type(self), "detail", "")
        super().__init__(*args, detail=detail)
        if not self.detail:
            # NOTE: a subclass may set a class-level ``detail``; it beats the phrase.
            self.detail = class_detail if isinstance(class_detail, str) and class_detail else ""
        if not self.detail:
            self.detail = _PHRASES.get(self.status_code, "")
        self.headers = headers
        self.extra = extra
        self.args = (f"{self.status_code}: {self.detail}", *self.args)

    def __repr__(self) -> str:
        return f"{self.status_code} - {type(self).__name__} - {self.detail}"

    def __str__(self) -> str:
        return " ".join(self.args).strip()


class ImproperlyConfiguredException(HTTPException, ValueError):
    """The application is configured incorrectly."""


class ClientException(HTTPException):
    """The request is invalid (400)."""

    status_code: int = HTTP_400_BAD_REQUEST


class ValidationException(ClientException, ValueError):
    """Request data failed validation (400)."""


class NotAuthorizedException(ClientException):
    """The request lacks valid authentication credentials (401)."""

    status_code: int = HTTP_401_UNAUTHORIZED


class PermissionDeniedException(ClientException):
    """The client is not allowed to access the resource (403)."""

    status_code: int = HTTP_403_FORBIDDEN


class NotFoundException(ClientException, ValueError):
    """The requested resource does not exist (404)."""

    status_code: int = HTTP_404_NOT_FOUND


class MethodNotAllowedException(ClientException):
    """The path exists but does not accept the request method (405)."""

    status_code: int = HTTP_405_METHOD_NOT_ALLOWED


class RequestEntityTooLarge(ClientException):
    """The request body is larger than the handler allows (413)."""

    status_code: int = HTTP_413_REQUEST_ENTITY_TOO_LARGE
    detail: str = "Request Entity Too Large"


class TooManyRequestsException(ClientException):
    """The client sent too many requests (429)."""

    status_code: int = HTTP_429_TOO_MANY_REQUESTS


class InternalServerException(HTTPException):
    """The server failed while handling the request (500)."""

    status_code: int = HTTP_500_INTERNAL_SERVER_ERROR


class ServiceUnavailableException(InternalServerException):
    """The server cannot handle the request right now (503)."""

    status_code: int = HTTP_503_SERVICE_UNAVAILABLE


class NoRouteMatchFoundException(InternalServerException):
    """No route matches the given name or path parameters when reversing a URL."""


class TemplateNotFoundException(InternalServerException):
    """The template engine cannot find the requested template."""

    def __init__(self, *args: Any, template_name: str) -> None:
        """Initialise the exception.

        Args:
            *args: Extra information kept in ``args``.
            template_name: The name of the template that was not found.
        """
        super().__init__(*args, detail=f"Template {template_name} not found.")
