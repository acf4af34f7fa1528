"""Error responses: the JSON body of an ``HTTPException`` and the debug traceback page."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, Final

from litestar.enums import MediaType
from litestar.exceptions.http_exceptions import HTTPException
from litestar.serialization.msgspec_hooks import encode_json, get_serializer

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.response.base import Response

__all__ = ("ExceptionResponseContent", "create_debug_response", "create_exception_response")

_INTERNAL_SERVER_ERROR: Final = "Internal Server Error"
_DEBUG_PAGE: Final = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{status_code} {title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }}
h1 {{ font-size: 1.4rem; margin-bottom: 0.25rem; }}
.message {{ font-family: monospace; background: #fff5f5; border-left: 4px solid #d1242f; padding: 0.75rem; }}
pre {{ background: #f6f8fa; padding: 1rem; overflow-x: auto; line-height: 1.4; }}
</style>
</head>
<body>
<h1>{status_code}: {title}</h1>
<p class="message">{message}</p>
<h2>Traceback</h2>
<pre>{trace}</pre>
</body>
</html>
"""


def _route_handler(request: Request[Any, Any, Any] | None) -> Any:
    if request is None:
        return None
    return request.scope.get("route_handler")


def _type_encoders(handler: Any) -> Any:
    resolve = getattr(handler, "resolve_type_encoders", None)
    return resolve() if resolve is not None else None


@dataclass
class ExceptionResponseContent:
    """The content of an error response: ``{"status_code", "detail", "extra"}``."""

    status_code: int
    """The HTTP status code."""
    detail: str
    """The error description."""
    media_type: MediaType | str
    """The media type of the response."""
    headers: dict[str, str] | None = None
    """Headers sent with the response."""
    extra: dict[str, Any] | list[Any] | None = None
    """Extra data; the ``extra`` key is left out of the body when ``None``."""

    def to_response(self, request: Request[Any, Any, Any] | None = None) -> Response[Any]:
        """Create the error response.

        The body is JSON whatever the media type; the request's route handler supplies
        the type encoders.

        Args:
            request: The request being answered.

        Returns:
            The response.
        """
        from litestar.response.base import Response

        content: dict[str, Any] = {"status_code": self.status_code, "detail": self.detail}
        if self.extra is not None:
            content["extra"] = self.extra
        type_encoders = _type_encoders(_route_handler(request))
        body: Any = content
        if self.media_type != MediaType.JSON:
            body = encode_json(content, get_serializer(type_encoders))
        return Response(
            content=body,
            headers=self.headers,
            status_code=self.status_code,
            media_type=self.media_type,
            type_encoders=type_encoders,
        )


def create_exception_response(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Create the error response for an exception.

    An ``HTTPException`` gives its status, detail, headers and extra (a 500 hides its
    detail); any other exception gives a bare 500. The media type is the route handler's.

    Args:
        request: The request being answered.
        exc: The exception.

    Returns:
        The response.
    """
    if isinstance(exc, HTTPException):
        status_code = exc.status_code
        content = ExceptionResponseContent(
            status_code=status_code,
            detail=_INTERNAL_SERVER_ERROR if status_code == 500 else exc.detail,
            media_type=getattr(_route_handler(request), "media_type", None) or MediaType.JSON,
            headers=exc.headers,
            extra=exc.extra,
        )
    else:
        content = ExceptionResponseContent(
            status_code=500,
            detail=_INTERNAL_SERVER_ERROR,
            media_type=getattr(_route_handler(request), "media_type", None) or MediaType.JSON,
        )
    return content.to_response(request)


def create_debug_response(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Create a response showing the traceback of an unexpected exception.

    The format follows the ``Accept`` header: an HTML page when it names
    ``text/html``, JSON (``{"details", "status_code"}``) when it names
    ``application/json``, else plain text. An ``HTTPException`` whose status is not
    500 gets the regular error response, as the reference does.

    Args:
        request: The request being answered.
        exc: The exception.

    Returns:
        The response.
    """
    from litestar.response.base import Response

    status_code = exc.status_code if isinstance(exc, HTTPException) else 500
    if status_code != 500:
        return create_exception_response(request, exc)
    import traceback

    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    accept = request.headers.get("accept", "") if request is not None else ""
    if "text/html" in accept:
        page = _DEBUG_PAGE.format(
            status_code=status_code,
            title=escape(type(exc).__name__),
            message=escape(str(exc)),
            trace=escape(trace),
        )
        return Response(content=page, status_code=status_code, media_type=MediaType.HTML)
    if "application/json" in accept:
        return Response(
            content={"details": trace, "status_code": status_code},
            status_code=status_code,
            media_type=MediaType.JSON,
        )
    return Response(content=trace, status_code=status_code, media_type=MediaType.TEXT)
