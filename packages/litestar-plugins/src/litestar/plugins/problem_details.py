"""Problem details (RFC 9457): errors as ``application/problem+json`` documents.

:class:`ProblemDetailsPlugin` installs an exception handler for
:class:`ProblemDetailsException`; optionally it also converts every
:class:`~litestar.exceptions.HTTPException` (its detail becomes the ``title``) and
exceptions of your own (``exception_to_problem_detail_map``) into problem details.
The document holds ``type``, ``title``, ``status``, ``detail`` and ``instance`` (those
that are set); a dict ``extra`` adds its members, any other ``extra`` is kept as
``"extra"``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from litestar.exceptions import HTTPException
from litestar.plugins import InitPlugin
from litestar.response import Response

if TYPE_CHECKING:
    from litestar.config.app import AppConfig
    from litestar.connection import Request

__all__ = (
    "ExceptionToProblemDetailMapType",
    "ProblemDetailsConfig",
    "ProblemDetailsException",
    "ProblemDetailsExceptionHandlerType",
    "ProblemDetailsExceptionT",
    "ProblemDetailsPlugin",
)

ProblemDetailsExceptionT = TypeVar("ProblemDetailsExceptionT", bound="ProblemDetailsException")

PROBLEM_DETAILS_MEDIA_TYPE = "application/problem+json"
"""The media type of problem details documents."""


class ProblemDetailsException(HTTPException):
    """An HTTP error answered with a problem details document."""

    def __init__(
        self,
        *args: Any,
        detail: str = "",
        status_code: int | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | list[Any] | None = None,
        type_: str | None = None,
        title: str | None = None,
        instance: str | None = None,
    ) -> None:
        """Describe the problem.

        Args:
            *args: Extra information; the first one is the detail if ``detail`` is empty.
            detail: What went wrong on this occurrence; defaults to the status phrase.
            status_code: The HTTP status; 500 by default.
            headers: Headers of the response.
            extra: Members added to the document (a dict), or kept under ``"extra"``.
            type_: A URI identifying the problem type.
            title: A short summary of the problem type.
            instance: A URI identifying this occurrence.
        """
        super().__init__(*args, detail=detail, status_code=status_code, headers=headers, extra=extra)
        self.type_ = type_
        self.title = title
        self.instance = instance

    def to_response(self, request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
        """Render the problem details document.

        Args:
            request: The failed request.

        Returns:
            An ``application/problem+json`` response.
        """
        document: dict[str, Any] = {}
        if self.type_ is not None:
            document["type"] = self.type_
        if self.title is not None:
            document["title"] = self.title
        document["status"] = self.status_code
        document["detail"] = self.detail
        if self.instance is not None:
            document["instance"] = self.instance
        if isinstance(self.extra, Mapping):
            document.update(self.extra)
        elif self.extra:
            document["extra"] = self.extra
        return Response(
            document,
            status_code=self.status_code,
            headers=self.headers,
            media_type=PROBLEM_DETAILS_MEDIA_TYPE,
        )


ProblemDetailsExceptionHandlerType: TypeAlias = (
    "Callable[[Request[Any, Any, Any], ProblemDetailsException], Response[Any]]"
)
"""``(request, exc) -> response``: renders a :class:`ProblemDetailsException`."""

ExceptionToProblemDetailMapType: TypeAlias = (
    "Mapping[type[ProblemDetailsExceptionT], Callable[[ProblemDetailsExceptionT], ProblemDetailsException]]"
)
"""Exception class -> converter into a :class:`ProblemDetailsException`."""


def _default_exception_handler(
    request: Request[Any, Any, Any], exc: ProblemDetailsException
) -> Response[Any]:
    return exc.to_response(request)


def _http_exception_to_problem_detail(exc: HTTPException) -> ProblemDetailsException:
    return ProblemDetailsException(
        status_code=exc.status_code, title=exc.detail, extra=exc.extra, headers=exc.headers
    )


@dataclass
class ProblemDetailsConfig:
    """How :class:`ProblemDetailsPlugin` turns errors into problem details."""

    exception_handler: ProblemDetailsExceptionHandlerType = _default_exception_handler
    """Renders a :class:`ProblemDetailsException` (default: :meth:`~ProblemDetailsException.to_response`)."""
    enable_for_all_http_exceptions: bool = False
    """Also answer every :class:`~litestar.exceptions.HTTPException` with problem details."""
    exception_to_problem_detail_map: ExceptionToProblemDetailMapType[Any] = field(default_factory=dict)
    """Exception classes of your own and how to convert them."""


class ProblemDetailsPlugin(InitPlugin):
    """Answer errors with RFC 9457 problem details documents."""

    __slots__ = ("config",)

    def __init__(self, config: ProblemDetailsConfig | None = None) -> None:
        """Configure the plugin.

        Args:
            config: The configuration; the defaults handle :class:`ProblemDetailsException` only.
        """
        self.config = config or ProblemDetailsConfig()

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Register the exception handlers.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.
        """
        handle = self.config.exception_handler
        handlers: dict[Any, Any] = app_config.exception_handlers  # type: ignore[assignment]
        handlers[ProblemDetailsException] = handle
        if self.config.enable_for_all_http_exceptions:
            handlers[HTTPException] = _converting_handler(handle, _http_exception_to_problem_detail)
        for exc_type, convert in self.config.exception_to_problem_detail_map.items():
            handlers[exc_type] = _converting_handler(handle, convert)
        return app_config


def _converting_handler(
    handle: ProblemDetailsExceptionHandlerType, convert: Callable[[Any], ProblemDetailsException]
) -> Callable[[Request[Any, Any, Any], Exception], Response[Any]]:
    def handler(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
        return handle(request, convert(exc))

    return handler
