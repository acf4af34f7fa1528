"""The keyword options of the HTTP method decorators (``@get``, ``@post``...), typed once.

``get``/``post``/``put``/``patch``/``delete``/``head`` forward their options to
:class:`~litestar.handlers.HTTPRouteHandler`; declaring them as a ``TypedDict`` unpacked into
``**kwargs`` (PEP 692) lets mypy and pyright check every option and editors complete them,
without repeating forty parameters in six signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from typing_extensions import TypedDict

if TYPE_CHECKING:
    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.enums import MediaType
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import (
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeRequestHookHandler,
        ExceptionHandlersMap,
    )
    from litestar.response.base import Response
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap

__all__ = ("HTTPHandlerOptions",)


class HTTPHandlerOptions(TypedDict, total=False):
    """Every option an HTTP method decorator accepts (see ``HTTPRouteHandler``)."""

    after_request: AfterRequestHookHandler | None
    after_response: AfterResponseHookHandler | None
    background: BackgroundTask[Any] | BackgroundTasks | None
    before_request: BeforeRequestHookHandler | None
    cache: bool | int | Any
    cache_control: CacheControlHeader | None
    cache_key_builder: Any
    dependencies: Dependencies | None
    dto: Any
    etag: ETag | None
    exception_handlers: ExceptionHandlersMap | None
    guards: Sequence[Guard] | None
    media_type: MediaType | str | None
    middleware: Sequence[Middleware] | None
    name: str | None
    opt: Mapping[str, Any] | None
    request_class: type[Request[Any, Any, Any]] | None
    request_max_body_size: int | Any | None
    response_class: type[Response[Any]] | None
    response_cookies: ResponseCookies | None
    response_headers: ResponseHeaders | None
    return_dto: Any
    status_code: int | None
    sync_to_thread: bool | None
    content_encoding: str | None
    content_media_type: str | None
    deprecated: bool
    description: str | None
    include_in_schema: bool | Any
    operation_class: type[Any] | None
    operation_id: str | Callable[..., str] | None
    raises: Sequence[type[Exception]] | None
    response_description: str | None
    responses: Mapping[int, Any] | None
    signature_namespace: Mapping[str, Any] | None
    security: Sequence[Any] | None
    summary: str | None
    tags: Sequence[str] | None
    type_decoders: TypeDecodersSequence | None
    type_encoders: TypeEncodersMap | None
