"""Build an app and a test client around it in one call."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from litestar.testing.client import AsyncTestClient, TestClient
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from contextlib import AbstractAsyncContextManager

    from litestar import Litestar, Request, Response, WebSocket
    from litestar.config.app import ExperimentalFeatures
    from litestar.datastructures import CacheControlHeader, ETag, State
    from litestar.events import BaseEventEmitterBackend, EventListener
    from litestar.logging.config import BaseLoggingConfig
    from litestar.plugins import PluginProtocol
    from litestar.testing._types import (
        AbstractDTO,
        AllowedHostsConfig,
        BaseBackendConfig,
        CompressionConfig,
        CORSConfig,
        CSRFConfig,
        OpenAPIConfig,
        ResponseCacheConfig,
        SecurityRequirement,
        StaticFilesConfig,
        Store,
        StoreRegistry,
        TemplateConfig,
    )
    from litestar.types import (
        AfterExceptionHookHandler,
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeMessageSendHookHandler,
        BeforeRequestHookHandler,
        ControllerRouterHandler,
        Dependencies,
        EmptyType,
        ExceptionHandlersMap,
        Guard,
        LifespanHook,
        Middleware,
        OnAppInitHandler,
        ParametersMap,
        ResponseCookies,
        ResponseHeaders,
        TypeEncodersMap,
    )

__all__ = ("create_async_test_client", "create_test_client")


class _AppDefault(enum.Enum):
    """Sentinel: use :class:`~litestar.Litestar`'s own default for this keyword.

    ``None`` cannot play this role: ``openapi_config=None`` means "no OpenAPI schema".
    The app's defaults live in modules that are only imported when an app is built.
    """

    APP_DEFAULT = enum.auto()


APP_DEFAULT: Final = _AppDefault.APP_DEFAULT


_CLIENT_KEYWORDS: Final = (
    "backend",
    "backend_options",
    "base_url",
    "raise_server_exceptions",
    "root_path",
    "session_config",
    "timeout",
)
"""The helpers' keywords that configure the client; the others go to the app."""

_C = TypeVar("_C", TestClient[Any], AsyncTestClient[Any])


def _create_client(client_class: type[_C], kwargs: dict[str, Any]) -> _C:
    """Build the app from a helper's collected arguments, and a client of ``client_class`` for it.

    Args:
        client_class: :class:`~litestar.testing.TestClient` or :class:`~litestar.testing.AsyncTestClient`.
        kwargs: Every argument of the helper (its ``locals()``), by name.

    Returns:
        The client.
    """
    from litestar import Litestar

    client_kwargs = {name: kwargs.pop(name) for name in _CLIENT_KEYWORDS}
    for name in ("event_emitter_backend", "openapi_config"):
        if kwargs[name] is APP_DEFAULT:
            del kwargs[name]
    return client_class(app=Litestar(**kwargs), **client_kwargs)


def create_test_client(
    route_handlers: ControllerRouterHandler | Sequence[ControllerRouterHandler] | None = None,
    *,
    after_exception: Sequence[AfterExceptionHookHandler[Any]] | None = None,
    after_request: AfterRequestHookHandler | None = None,
    after_response: AfterResponseHookHandler | None = None,
    allowed_hosts: Sequence[str] | AllowedHostsConfig | None = None,
    backend: Literal["asyncio", "trio"] = "asyncio",
    backend_options: Mapping[str, Any] | None = None,
    base_url: str = "http://testserver.local",
    before_request: BeforeRequestHookHandler | None = None,
    before_send: Sequence[BeforeMessageSendHookHandler] | None = None,
    cache_control: CacheControlHeader | None = None,
    compression_config: CompressionConfig | None = None,
    cors_config: CORSConfig | None = None,
    csrf_config: CSRFConfig | None = None,
    debug: bool = True,
    dependencies: Dependencies | None = None,
    dto: type[AbstractDTO] | EmptyType | None = Empty,
    etag: ETag | None = None,
    event_emitter_backend: type[BaseEventEmitterBackend] | _AppDefault = APP_DEFAULT,
    exception_handlers: ExceptionHandlersMap | None = None,
    guards: Sequence[Guard] | None = None,
    include_in_schema: bool | EmptyType = Empty,
    lifespan: list[Callable[[Litestar], AbstractAsyncContextManager[Any]] | AbstractAsyncContextManager[Any]]
    | None = None,
    listeners: Sequence[EventListener] | None = None,
    logging_config: BaseLoggingConfig | EmptyType | None = Empty,
    middleware: Sequence[Middleware] | None = None,
    multipart_form_part_limit: int = 1000,
    on_app_init: Sequence[OnAppInitHandler] | None = None,
    on_shutdown: Sequence[LifespanHook] | None = None,
    on_startup: Sequence[LifespanHook] | None = None,
    openapi_config: OpenAPIConfig | _AppDefault | None = APP_DEFAULT,
    opt: Mapping[str, Any] | None = None,
    parameters: ParametersMap | None = None,
    pdb_on_exception: bool | None = None,
    path: str | None = None,
    plugins: Sequence[PluginProtocol] | None = None,
    raise_server_exceptions: bool = True,
    request_class: type[Request[Any, Any, Any]] | None = None,
    response_cache_config: ResponseCacheConfig | None = None,
    response_class: type[Response[Any]] | None = None,
    response_cookies: ResponseCookies | None = None,
    response_headers: ResponseHeaders | None = None,
    return_dto: type[AbstractDTO] | EmptyType | None = Empty,
    root_path: str = "",
    security: Sequence[SecurityRequirement] | None = None,
    session_config: BaseBackendConfig | None = None,
    signature_namespace: Mapping[str, Any] | None = None,
    signature_types: Sequence[Any] | None = None,
    state: State | None = None,
    static_files_config: Sequence[StaticFilesConfig] | None = None,
    stores: StoreRegistry | dict[str, Store] | None = None,
    tags: Sequence[str] | None = None,
    template_config: TemplateConfig | None = None,
    timeout: float | None = None,
    type_encoders: TypeEncodersMap | None = None,
    websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
    experimental_features: list[ExperimentalFeatures] | None = None,
) -> TestClient[Litestar]:
    """Create a :class:`~litestar.Litestar` app and a :class:`~litestar.testing.TestClient` for it.

    Every keyword except ``backend``, ``backend_options``, ``base_url``,
    ``raise_server_exceptions``, ``root_path``, ``session_config`` and ``timeout`` (which
    configure the client) is passed to :class:`~litestar.Litestar`. Note that ``debug``
    defaults to ``True`` here, and that ``session_config`` does not install a session
    middleware: add ``middleware=[session_config.middleware]`` for that.

    Args:
        route_handlers: The app's route handlers, controllers and routers.
        **kwargs: See :class:`~litestar.Litestar` and :class:`~litestar.testing.TestClient`.

    Returns:
        The client; use it as a context manager to run the app's lifespan.
    """
    # NOTE: ``locals()`` holds exactly the arguments while it is the first statement.
    return _create_client(TestClient, locals())


def create_async_test_client(
    route_handlers: ControllerRouterHandler | Sequence[ControllerRouterHandler] | None = None,
    *,
    after_exception: Sequence[AfterExceptionHookHandler[Any]] | None = None,
    after_request: AfterRequestHookHandler | None = None,
    after_response: AfterResponseHookHandler | None = None,
    allowed_hosts: Sequence[str] | AllowedHostsConfig | None = None,
    backend: Literal["asyncio", "trio"] = "asyncio",
    backend_options: Mapping[str, Any] | None = None,
    base_url: str = "http://testserver.local",
    before_request: BeforeRequestHookHandler | None = None,
    before_send: Sequence[BeforeMessageSendHookHandler] | None = None,
    cache_control: CacheControlHeader | None = None,
    compression_config: CompressionConfig | None = None,
    cors_config: CORSConfig | None = None,
    csrf_config: CSRFConfig | None = None,
    debug: bool = True,
    dependencies: Dependencies | None = None,
    dto: type[AbstractDTO] | EmptyType | None = Empty,
    etag: ETag | None = None,
    event_emitter_backend: type[BaseEventEmitterBackend] | _AppDefault = APP_DEFAULT,
    exception_handlers: ExceptionHandlersMap | None = None,
    guards: Sequence[Guard] | None = None,
    include_in_schema: bool | EmptyType = Empty,
    lifespan: list[Callable[[Litestar], AbstractAsyncContextManager[Any]] | AbstractAsyncContextManager[Any]]
    | None = None,
    listeners: Sequence[EventListener] | None = None,
    logging_config: BaseLoggingConfig | EmptyType | None = Empty,
    middleware: Sequence[Middleware] | None = None,
    multipart_form_part_limit: int = 1000,
    on_app_init: Sequence[OnAppInitHandler] | None = None,
    on_shutdown: Sequence[LifespanHook] | None = None,
    on_startup: Sequence[LifespanHook] | None = None,
    openapi_config: OpenAPIConfig | _AppDefault | None = APP_DEFAULT,
    opt: Mapping[str, Any] | None = None,
    parameters: ParametersMap | None = None,
    pdb_on_exception: bool | None = None,
    path: str | None = None,
    plugins: Sequence[PluginProtocol] | None = None,
    raise_server_exceptions: bool = True,
    request_class: type[Request[Any, Any, Any]] | None = None,
    response_cache_config: ResponseCacheConfig | None = None,
    response_class: type[Response[Any]] | None = None,
    response_cookies: ResponseCookies | None = None,
    response_headers: ResponseHeaders | None = None,
    return_dto: type[AbstractDTO] | EmptyType | None = Empty,
    root_path: str = "",
    security: Sequence[SecurityRequirement] | None = None,
    session_config: BaseBackendConfig | None = None,
    signature_namespace: Mapping[str, Any] | None = None,
    signature_types: Sequence[Any] | None = None,
    state: State | None = None,
    static_files_config: Sequence[StaticFilesConfig] | None = None,
    stores: StoreRegistry | dict[str, Store] | None = None,
    tags: Sequence[str] | None = None,
    template_config: TemplateConfig | None = None,
    timeout: float | None = None,
    type_encoders: TypeEncodersMap | None = None,
    websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
    experimental_features: list[ExperimentalFeatures] | None = None,
) -> AsyncTestClient[Litestar]:
    """Create a :class:`~litestar.Litestar` app and an :class:`~litestar.testing.AsyncTestClient` for it.

    Every keyword except ``backend``, ``backend_options``, ``base_url``,
    ``raise_server_exceptions``, ``root_path``, ``session_config`` and ``timeout`` (which
    configure the client) is passed to :class:`~litestar.Litestar`. Note that ``debug``
    defaults to ``True`` here, and that ``session_config`` does not install a session
    middleware: add ``middleware=[session_config.middleware]`` for that.

    Args:
        route_handlers: The app's route handlers, controllers and routers.
        **kwargs: See :class:`~litestar.Litestar` and :class:`~litestar.testing.AsyncTestClient`.

    Returns:
        The client; use it as a context manager to run the app's lifespan.
    """
    return _create_client(AsyncTestClient, locals())
