"""Redirect responses: an empty body and a ``location`` header."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias
from urllib.parse import urlencode

from litestar.enums import MediaType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.response._layered import layered_kwargs
from litestar.response.base import ASGIResponse, Response
from litestar.utils.helpers import url_quote

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.multi_dicts import MultiDict
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.types._composites import TypeEncodersMap
    from litestar.types._protocols import AppProtocol

__all__ = ("ASGIRedirectResponse", "Redirect")

RedirectStatusType: TypeAlias = Literal[301, 302, 303, 307, 308]
"""The status codes a redirect response may use."""

_REDIRECT_STATUS_CODES: Final = frozenset((301, 302, 303, 307, 308))
_REDIRECT_MEDIA_TYPES: Final = frozenset((MediaType.TEXT, MediaType.HTML, MediaType.JSON))
# NOTE: the order in which the reference lists the allowed codes in its message.
_ALLOWED_CODES_TEXT: Final = "307, 308, 301, 302, 303"


class ASGIRedirectResponse(ASGIResponse):
    """An ASGI response redirecting to ``path`` (percent-encoded into ``location``)."""

    __slots__ = ()

    def __init__(
        self,
        path: str | bytes,
        media_type: str | None = None,
        status_code: RedirectStatusType | None = None,
        headers: dict[str, Any] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        body: bytes | str = b"",
        content_length: int | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoding: str = "utf-8",
        is_head_response: bool = False,
    ) -> None:
        """Initialise the response.

        Args:
            path: The URL to redirect to.
            media_type: The media type; defaults to ``text/plain``.
            status_code: A redirect status code; defaults to 302.
            headers: Headers to send; ``location`` is always replaced.
            encoded_headers: Raw ``(name, value)`` byte pairs, sent first.
            background: A task (or tasks) run after the response is sent.
            body: The body, usually empty.
            content_length: The ``content-length`` to announce.
            cookies: Cookies sent as ``set-cookie`` headers.
            encoding: The text encoding.
            is_head_response: The response answers a ``HEAD`` request.

        Raises:
            ImproperlyConfiguredException: If ``status_code`` is not a redirect code.
        """
        status_code = status_code or 302
        if status_code not in _REDIRECT_STATUS_CODES:
            raise ImproperlyConfiguredException(
                f"{status_code} is not a valid for this response. "
                f"Redirect responses should have one of the following status codes: {_ALLOWED_CODES_TEXT}"
            )
        if media_type is not None and media_type not in _REDIRECT_MEDIA_TYPES:
            raise ImproperlyConfiguredException(
                f"{media_type} media type is not supported yet. Media type should be one of the following "
                "values: MediaType.JSON, MediaType.HTML, MediaType.TEXT"
            )
        location = url_quote(path)
        super().__init__(
            background=background,
            body=body,
            content_length=content_length,
            cookies=cookies,
            encoded_headers=encoded_headers,
            encoding=encoding,
            headers={**headers, "location": location} if headers else {"location": location},
            is_head_response=is_head_response,
            media_type=media_type or MediaType.TEXT,
            status_code=status_code,
        )


class Redirect(Response[Any]):
    """A response redirecting the client to another URL."""

    __slots__ = ("url",)

    def __init__(
        self,
        path: str,
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        headers: ResponseHeaders | None = None,
        media_type: str | MediaType | None = None,
        status_code: RedirectStatusType | None = None,
        type_encoders: TypeEncodersMap | None = None,
        query_params: Mapping[str, str | Sequence[str]] | MultiDict[Any] | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            path: The URL to redirect to.
            background: A task (or tasks) run after the response is sent.
            cookies: Cookies to set.
            encoding: The text encoding.
            headers: Headers to send.
            media_type: The media type; ``text/plain`` when neither this nor the
                handler's is set.
            status_code: A redirect status code; defaults to 302.
            type_encoders: Type encoders (unused: the body is empty).
            query_params: Query parameters appended to ``path``.
        """
        self.url = path
        if query_params:
            items = list(query_params.multi_items()) if hasattr(query_params, "multi_items") else query_params
            self.url = f"{path}?{urlencode(items, doseq=True)}"
        super().__init__(
            content=b"",
            background=background,
            cookies=cookies,
            encoding=encoding,
            headers=headers,
            media_type=media_type,
            status_code=status_code or 302,
            type_encoders=type_encoders,
        )

    def to_asgi_response(
        self,
        app: AppProtocol | None,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> ASGIResponse:
        """Create the redirect ASGI response, merging in the layered defaults.

        The arguments are those of :meth:`Response.to_asgi_response`; the layered
        ``status_code`` is ignored (the redirect's own is sent) and ``type_encoders`` is
        unused (the body is empty).

        Returns:
            An :class:`ASGIRedirectResponse`.
        """
        return ASGIRedirectResponse(
            path=self.url,
            body=b"",
            media_type=self.media_type or media_type,
            status_code=self.status_code,  # type: ignore[arg-type]
            **layered_kwargs(self, background, cookies, encoded_headers, headers, is_head_response),
        )
