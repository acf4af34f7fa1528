"""Template responses, rendered through the application's template engine."""

from __future__ import annotations

from functools import lru_cache
from mimetypes import guess_type
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from litestar.enums import MediaType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.response._layered import layered_kwargs
from litestar.response.base import ASGIResponse, Response
from litestar.types.empty import Empty
from litestar.utils.scope.state import ScopeState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.types._composites import TypeEncodersMap
    from litestar.types._protocols import AppProtocol

__all__ = ("Template",)


def _csrf_token(request: Request[Any, Any, Any]) -> str:
    token = ScopeState.from_scope(request.scope).csrf_token
    return "" if token is Empty or token is None else str(token)


@lru_cache(maxsize=1024)
def _guess_media_type(template_name: str) -> str:
    """The media type of a template's output, from the first suffix that names one (cached)."""
    for suffix in PurePath(template_name).suffixes:
        media_type = guess_type(f"template{suffix}")[0]
        if media_type:
            return media_type
    return MediaType.TEXT.value


class Template(Response[bytes]):
    """A response rendering a template (by name, or from a string) with a context."""

    __slots__ = ("context", "template_name", "template_str")

    def __init__(
        self,
        template_name: str | None = None,
        *,
        template_str: str | None = None,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        context: dict[str, Any] | None = None,
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        headers: dict[str, Any] | None = None,
        media_type: MediaType | str | None = None,
        status_code: int = 200,
    ) -> None:
        """Initialise the response.

        Args:
            template_name: The name of the template to render.
            template_str: A template source to render instead of a named template.
            background: A task (or tasks) run after the response is sent.
            context: The template context.
            cookies: Cookies to set.
            encoding: The text encoding.
            headers: Headers to send.
            media_type: The media type; guessed from the template name when ``None``.
            status_code: The status code.

        Raises:
            ValueError: Unless exactly one of ``template_name`` and ``template_str`` is given.
        """
        if template_name is not None and template_str is not None:
            raise ValueError("Either template_name or template_str must be provided, not both.")
        if template_name is None and template_str is None:
            raise ValueError("Either template_name or template_str must be provided.")
        super().__init__(
            content=b"",
            background=background,
            cookies=cookies,
            encoding=encoding,
            headers=headers,
            media_type=media_type,
            status_code=status_code,
        )
        self.context = context or {}
        self.template_name = template_name
        self.template_str = template_str

    def create_template_context(self, request: Request[Any, Any, Any]) -> dict[str, Any]:
        """Return the context passed to the template.

        Adds ``request`` and ``csrf_input`` (a hidden form input carrying the CSRF token).

        Args:
            request: The request being answered.

        Returns:
            The context.
        """
        csrf_input = f'<input type="hidden" name="_csrf_token" value="{_csrf_token(request)}" />'
        return {**self.context, "request": request, "csrf_input": csrf_input}

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
        """Render the template and create the ASGI response.

        The arguments are those of :meth:`Response.to_asgi_response`: ``app``'s
        ``template_engine`` renders the template, and ``type_encoders`` is unused (the
        template renders text).

        Raises:
            ImproperlyConfiguredException: If the application has no template engine.

        Returns:
            An :class:`ASGIResponse`.
        """
        engine = getattr(app, "template_engine", None)
        if engine is None:
            raise ImproperlyConfiguredException("Template engine is not configured")
        media_type = self.media_type or media_type
        if not media_type:
            media_type = _guess_media_type(self.template_name) if self.template_name else MediaType.HTML.value
        context = self.create_template_context(request)
        if self.template_str is not None:
            body = engine.render_string(self.template_str, context)
        else:
            body = engine.get_template(self.template_name).render(**context)
        return ASGIResponse(
            body=body.encode(self.encoding),
            media_type=media_type,
            status_code=self.status_code or status_code,
            **layered_kwargs(self, background, cookies, encoded_headers, headers, is_head_response),
        )
