"""``HTTPRouteHandler`` (alias ``route``): an HTTP endpoint with its layered options."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, get_args, get_origin

from litestar.enums import HttpMethod, MediaType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.base import BaseRouteHandler
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_204_NO_CONTENT
from litestar.types.empty import Empty
from litestar.utils.predicates import is_async_callable
from litestar.utils.warnings import warn_implicit_sync_to_thread, warn_sync_to_thread_with_async_callable

if TYPE_CHECKING:
    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeader, ResponseHeaders
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import (
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeRequestHookHandler,
        ExceptionHandlersMap,
    )
    from litestar.response.base import Response
    from litestar.types._callables import AnyCallable, AsyncAnyCallable
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._internal import PathParameterDefinition
    from litestar.types._protocols import AppProtocol, RouteProtocol
    from litestar.types.asgi_types import ASGIApp, Method

__all__ = ("HTTPRouteHandler", "OperationIDCreator", "route")

OperationIDCreator: TypeAlias = (
    "Callable[[HTTPRouteHandler, Method, list[str | PathParameterDefinition]], str]"
)
"""Builds an OpenAPI ``operationId`` from the handler, the method and the path components."""


def _normalize_methods(http_method: Any) -> set[str]:
    if http_method is None:
        raise ImproperlyConfiguredException("An http_method is required for a route handler")
    methods = [http_method] if isinstance(http_method, (str, HttpMethod)) else list(http_method)
    if not methods:
        raise ImproperlyConfiguredException("An http_method is required for a route handler")
    result = set()
    for method in methods:
        value = method.value if isinstance(method, HttpMethod) else str(method).upper()
        if value not in _HTTP_METHODS:
            from litestar.exceptions.http_exceptions import ValidationException

            raise ValidationException(f"Invalid HTTP method: {method}")
        result.add(value)
    return result


_HTTP_METHODS = frozenset(method.value for method in HttpMethod)


class HTTPRouteHandler(BaseRouteHandler):
    """An HTTP route handler: decorate a function to serve one or more methods on a path."""

    __slots__ = (
        "_data_dto",
        "_explicit_media_type",
        "_return_dto",
        "after_request",
        "after_response",
        "background",
        "before_request",
        "cache",
        "cache_control",
        "cache_key_builder",
        "content_encoding",
        "content_media_type",
        "deprecated",
        "description",
        "etag",
        "has_sync_callable",
        "http_methods",
        "include_in_schema",
        "media_type",
        "operation_class",
        "operation_id",
        "raises",
        "request_class",
        "request_max_body_size",
        "response_class",
        "response_cookies",
        "response_description",
        "response_headers",
        "responses",
        "security",
        "status_code",
        "summary",
        "sync_to_thread",
        "tags",
        "template_name",
    )

    table_slot: ClassVar[Literal["asgi", "http", "websocket"]] = "http"

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        *,
        after_request: AfterRequestHookHandler | None = None,
        after_response: AfterResponseHookHandler | None = None,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        before_request: BeforeRequestHookHandler | None = None,
        cache: bool | int | Any = False,
        cache_control: CacheControlHeader | None = None,
        cache_key_builder: Any = None,
        dependencies: Dependencies | None = None,
        dto: Any = Empty,
        etag: ETag | None = None,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        http_method: HttpMethod | str | Sequence[HttpMethod | str],
        media_type: MediaType | str | None = None,
        middleware: Sequence[Middleware] | None = None,
        name: str | None = None,
        opt: Mapping[str, Any] | None = None,
        request_class: type[Request[Any, Any, Any]] | None = None,
        request_max_body_size: int | Any | None = Empty,
        response_class: type[Response[Any]] | None = None,
        response_cookies: ResponseCookies | None = None,
        response_headers: ResponseHeaders | None = None,
        return_dto: Any = Empty,
        status_code: int | None = None,
        sync_to_thread: bool | None = None,
        content_encoding: str | None = None,
        content_media_type: str | None = None,
        deprecated: bool = False,
        description: str | None = None,
        include_in_schema: bool | Any = Empty,
        operation_class: type[Any] | None = None,
        operation_id: str | Callable[..., str] | None = None,
        raises: Sequence[type[Exception]] | None = None,
        response_description: str | None = None,
        responses: Mapping[int, Any] | None = None,
        signature_namespace: Mapping[str, Any] | None = None,
        security: Sequence[Any] | None = None,
        summary: str | None = None,
        tags: Sequence[str] | None = None,
        type_decoders: TypeDecodersSequence | None = None,
        type_encoders: TypeEncodersMap | None = None,
        **kwargs: Any,
    ) -> None:
        self.http_methods = _normalize_methods(http_method)
        super().__init__(
            path,
            dependencies=dependencies,
            dto=dto,
            exception_handlers=exception_handlers,
            guards=guards,
            middleware=middleware,
            name=name,
            opt=opt,
            return_dto=return_dto,
            signature_namespace=signature_namespace,
            type_decoders=type_decoders,
            type_encoders=type_encoders,
            **kwargs,
        )
        if status_code is None:
            if HttpMethod.POST.value in self.http_methods:
                status_code = HTTP_201_CREATED
            elif HttpMethod.DELETE.value in self.http_methods:
                status_code = HTTP_204_NO_CONTENT
            else:
                status_code = HTTP_200_OK
        self.status_code = status_code
        self.after_request = _as_async(after_request)
        self.after_response = _as_async(after_response)
        self.background = background
        self.before_request = _as_async(before_request)
        self.cache = cache
        self.cache_control = cache_control
        self.cache_key_builder = cache_key_builder
        self.etag = etag
        self.media_type: MediaType | str = media_type or ""
        self._explicit_media_type = media_type
        self.request_class = request_class
        self.request_max_body_size = request_max_body_size
        self.response_class = response_class
        self.response_cookies = response_cookies
        self.response_headers = response_headers
        self.sync_to_thread = sync_to_thread
        self.content_encoding = content_encoding
        self.content_media_type = content_media_type
        self.deprecated = deprecated
        self.description = description
        self.include_in_schema = include_in_schema
        self.operation_class = operation_class
        self.operation_id = operation_id
        self.raises = raises
        self.response_description = response_description
        self.responses = responses
        self.security = security
        self.summary = summary
        self.tags = tags
        self.template_name: str | None = None
        self.has_sync_callable = False
        self._data_dto: Any = None
        self._return_dto: Any = None

    def __call__(self, fn: AnyCallable) -> HTTPRouteHandler:
        """Decorate ``fn`` as this endpoint."""
        super().__call__(fn)
        self.has_sync_callable = not is_async_callable(fn)
        if self.has_sync_callable and self.sync_to_thread is None:
            warn_implicit_sync_to_thread(fn, stacklevel=3)
        elif not self.has_sync_callable and self.sync_to_thread:
            warn_sync_to_thread_with_async_callable(fn, stacklevel=3)
        if not self.media_type:
            self.media_type = self._infer_media_type(fn)
        return self

    def _infer_media_type(self, fn: Any) -> str:
        annotation = getattr(fn, "__annotations__", {}).get("return", None)
        if isinstance(annotation, str):
            annotation = _resolve_simple_annotation(fn, annotation)
        if annotation in (str, bytes) or (
            isinstance(annotation, type) and issubclass(annotation, (str, bytes))
        ):
            return MediaType.TEXT.value
        return MediaType.JSON.value

    # -- layered resolution -----------------------------------------------------------

    def resolve_request_class(self) -> type[Request[Any, Any, Any]]:
        """The innermost ``request_class``, or :class:`~litestar.connection.Request`."""
        value = self._innermost("request_class")
        if value is None:
            from litestar.connection.request import Request

            return Request
        return value  # type: ignore[no-any-return]

    def resolve_response_class(self) -> type[Response[Any]]:
        """The innermost ``response_class``, or :class:`~litestar.response.Response`."""
        value = self._innermost("response_class")
        if value is None:
            from litestar.response.base import Response

            return Response
        return value  # type: ignore[no-any-return]

    def resolve_response_headers(self) -> frozenset[ResponseHeader]:
        """Response headers of every layer; an inner layer overrides a header name."""
        from litestar.datastructures.response_header import ResponseHeader

        return frozenset(ResponseHeader(name=k, value=v) for k, v in self._ordered_response_headers())

    def _ordered_response_headers(self) -> list[tuple[str, str]]:
        """Layered headers in declaration order (innermost first), with cache-control and etag."""
        from litestar.datastructures.response_header import ResponseHeader

        seen: dict[str, tuple[str, str]] = {}
        for layer in reversed(self.ownership_layers):
            headers = getattr(layer, "response_headers", None) or ()
            if isinstance(headers, Mapping):
                headers = [ResponseHeader(name=k, value=v) for k, v in headers.items()]
            for header in headers:
                if header.value is None:
                    continue
                seen.setdefault(header.name.lower(), (header.name, str(header.value)))
            cache_control = getattr(layer, "cache_control", None)
            if cache_control is not None:
                seen.setdefault("cache-control", ("cache-control", cache_control.to_header()))
        etag = self._innermost("etag")
        if etag is not None:
            seen.setdefault("etag", ("etag", etag.to_header()))
        return list(seen.values())

    def resolve_response_cookies(self) -> frozenset[Cookie]:
        """Response cookies of every layer; an inner layer overrides an equal cookie (key, path, domain)."""
        from litestar.datastructures.cookie import Cookie

        merged: dict[tuple[str, str | None, str | None], Cookie] = {}
        for layer in self.ownership_layers:
            cookies = getattr(layer, "response_cookies", None)
            if not cookies:
                continue
            if isinstance(cookies, Mapping):
                cookies = [Cookie(key=k, value=v) for k, v in cookies.items()]
            for cookie in cookies:
                merged[cookie.key, cookie.path, cookie.domain] = cookie
        return frozenset(merged.values())

    def resolve_before_request(self) -> AsyncAnyCallable | None:
        """The innermost ``before_request`` hook, as an async callable."""
        hook: AsyncAnyCallable | None = _as_async(self._innermost("before_request"))
        return hook

    def resolve_after_response(self) -> AsyncAnyCallable | None:
        """The innermost ``after_response`` hook, as an async callable."""
        hook: AsyncAnyCallable | None = _as_async(self._innermost("after_response"))
        return hook

    def resolve_after_request(self) -> AsyncAnyCallable | None:
        """The innermost ``after_request`` hook, as an async callable."""
        hook: AsyncAnyCallable | None = _as_async(self._innermost("after_request"))
        return hook

    def resolve_include_in_schema(self) -> bool:
        """The innermost ``include_in_schema`` that is set (default ``True``)."""
        value = self._innermost("include_in_schema", Empty)
        return True if value is Empty else bool(value)

    def resolve_security(self) -> list[Any]:
        """Security requirements of every layer."""
        return self._concat("security")

    def resolve_tags(self) -> list[str]:
        """Tags of every layer, de-duplicated and sorted."""
        return sorted(set(self._concat("tags")))

    def resolve_request_max_body_size(self) -> int | None:
        """The innermost ``request_max_body_size`` that is set (``None`` = unlimited)."""
        cached = self._resolved.get("request_max_body_size", Empty)
        if cached is Empty:
            cached = self._innermost("request_max_body_size", Empty)
            if cached is Empty:
                cached = 10_000_000
            self._resolved["request_max_body_size"] = cached
        return cached  # type: ignore[no-any-return]

    # -- responses --------------------------------------------------------------------

    def get_response_handler(
        self, is_response_type_data: bool = False
    ) -> Callable[[Any], Awaitable[ASGIApp]]:
        """Return a coroutine function turning handler return values into ASGI apps."""

        from litestar.handlers.http_handlers._response import build_to_asgi

        to_asgi = build_to_asgi(self)

        async def response_handler(data: Any, request: Request[Any, Any, Any] | None = None) -> ASGIApp:
            app: ASGIApp = await to_asgi(data, request)
            return app

        return response_handler

    async def to_response(self, app: AppProtocol, data: Any, request: Request[Any, Any, Any]) -> ASGIApp:
        """Turn a handler's return value into an ASGI application (a response)."""
        from litestar.handlers.http_handlers._response import build_to_asgi

        to_asgi = self._resolved.get("to_asgi")
        if to_asgi is None:
            to_asgi = self._resolved["to_asgi"] = build_to_asgi(self)
        return await to_asgi(data, request)  # type: ignore[no-any-return]

    def on_registration(self, app: AppProtocol) -> None:
        """Resolve layered options and check the handler once it is part of ``app``."""
        super().on_registration(app)
        if "GET" in self.http_methods and "data" in self.parsed_fn_signature.parameters:
            raise ImproperlyConfiguredException(
                f"{self.location}: 'data' kwarg is unsupported for 'GET' request handlers; "
                f"read the body in a POST/PUT/PATCH handler instead."
            )
        if self.parsed_return_field is Empty:
            raise ImproperlyConfiguredException(
                f"{self.location}: a route handler must annotate its return type. "
                f"If it returns nothing, annotate it as '-> None'."
            )
        self._check_bodyless_status()
        body = self.parsed_fn_signature.parameters.get("body")
        if body is not None and body.annotation is not bytes:
            raise ImproperlyConfiguredException(
                f"Invalid type annotation for 'body' parameter in route handler {self._dotted_name}. 'body' will "
                f"always receive the raw request body as bytes but was annotated with '{body.annotation!r}'. If you "
                "want to receive processed request data, use the 'data' parameter."
            )
        self._bind_dtos(app)

    @property
    def _dotted_name(self) -> str:
        fn = self._fn
        return f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', type(fn).__name__)}"

    def _check_bodyless_status(self) -> None:
        """A 1xx, 204 or 304 handler cannot declare a body, as in 2.17."""
        status = self.status_code
        if not (status < 200 or status in (204, 304)):
            return
        annotation = self.parsed_return_field
        if annotation is None or annotation is type(None):
            return
        from litestar.response.base import Response

        origin = get_origin(annotation)
        if origin is not None and isinstance(origin, type) and issubclass(origin, Response):
            args = get_args(annotation)
            if args and args[0] in (None, type(None)):
                return
        raise ImproperlyConfiguredException(
            "A status code 204, 304 or in the range below 200 does not support a response body. If "
            f"{self._dotted_name} should return a value, change the route handler status code to an "
            "appropriate value."
        )

    def _bind_dtos(self, app: AppProtocol) -> None:
        """Pick the DTOs of ``data`` and of the return value and build their plans (startup)."""
        from litestar.handlers._dto import require_model_support, resolve_dtos

        for name in ("dto", "return_dto"):
            if self._innermost(name, Empty) not in (None, Empty):
                from litestar._discovery import require_piece

                require_piece("dto", feature=f"{name}=")
        data = self.parsed_fn_signature.parameters.get("data")
        require_model_support(
            self, (data.annotation if data is not None else Empty, self.parsed_return_field)
        )
        self._data_dto, self._return_dto = resolve_dtos(
            self, app, data.annotation if data is not None else Empty, self.parsed_return_field
        )

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """Compile the argument plan and the terminal ASGI app serving ``route``."""
        from litestar.handlers.http_handlers._endpoint import compile_http_endpoint

        plan = self.create_kwargs_model(
            {p.name: (str if p.type_name == "path" else p.type) for p in route.path_parameters.values()}
        )
        self._kwargs_plan = plan
        return compile_http_endpoint(self, plan)


route = HTTPRouteHandler


def _as_async(fn: Any) -> Any:
    """``fn`` as an async callable, wrapped once: a layer keeps its hook wrapped and the
    handler resolves that same object (as 2.17; litestar-mcp compares hooks by identity)."""
    if fn is None or is_async_callable(fn):
        return fn
    from litestar.utils.sync import AsyncCallable, ensure_async_callable

    return fn if isinstance(fn, AsyncCallable) else ensure_async_callable(fn)


def _resolve_simple_annotation(fn: Any, annotation: str) -> Any:
    """Resolve a string return annotation naming a builtin or a module-level class."""
    if annotation in ("str", "bytes"):
        return str if annotation == "str" else bytes
    import sys

    module = sys.modules.get(getattr(fn, "__module__", "") or "")
    return getattr(module, annotation, None) if module is not None and annotation.isidentifier() else None
