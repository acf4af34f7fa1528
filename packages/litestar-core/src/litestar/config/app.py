"""``AppConfig``: every argument of ``Litestar(...)``, as handed to init plugins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias

from litestar.events.emitter import SimpleEventEmitter
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

    from litestar.app import Litestar
    from litestar.connection.request import Request
    from litestar.connection.websocket import WebSocket
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.datastructures.state import State
    from litestar.events.emitter import BaseEventEmitterBackend
    from litestar.events.listener import EventListener
    from litestar.handlers.base import Guard
    from litestar.logging.config import BaseLoggingConfig
    from litestar.middleware.base import Middleware
    from litestar.params import ParametersMap
    from litestar.plugins.base import PluginProtocol
    from litestar.response._hook_types import (
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeRequestHookHandler,
        ExceptionHandlersMap,
    )
    from litestar.response.base import Response
    from litestar.router import ControllerRouterHandler
    from litestar.static_files.config import StaticFilesConfig
    from litestar.stores.base import Store
    from litestar.stores.registry import StoreRegistry
    from litestar.template.config import TemplateConfigType
    from litestar.types._callables import AfterExceptionHookHandler, AnyCallable, BeforeMessageSendHookHandler
    from litestar.types._composites import TypeDecodersSequence, TypeEncodersMap
    from litestar.types._pieces import (
        DTOProtocol,
        OpenAPIConfigProtocol,
        PieceConfigProtocol,
        ProvideProtocol,
        SecurityRequirementProtocol,
    )
    from litestar.types.debugger_types import Debugger
    from litestar.types.empty import EmptyType
    from litestar.types.helper_types import SyncOrAsyncUnion

__all__ = ("LAZY_PDB", "AppConfig", "ExperimentalFeatures", "LifespanHook", "OnAppInitHandler")

LifespanHook: TypeAlias = "Callable[[Litestar], SyncOrAsyncUnion[Any]] | Callable[[], SyncOrAsyncUnion[Any]]"
"""An ``on_startup``/``on_shutdown`` callable, taking the app or nothing."""
OnAppInitHandler: TypeAlias = "Callable[[AppConfig], AppConfig]"
"""An ``on_app_init`` callable: receives the config and returns it (changed or not)."""


class ExperimentalFeatures(str, Enum):
    """Opt-in features whose behaviour may still change."""

    DTO_CODEGEN = "DTO_CODEGEN"
    FUTURE = "FUTURE"


def _default_state() -> State:
    from litestar.datastructures.state import State

    return State()


def _default_response_cache_config() -> PieceConfigProtocol | None:
    from litestar._discovery import default_response_cache_config

    config: PieceConfigProtocol | None = default_response_cache_config()
    return config


class _LazyPdb:
    """Stands for the ``pdb`` module without importing it (``pdb`` pulls in a lot).

    PERF: importing ``pdb`` costs several ms at startup; it is imported only when
    ``pdb_on_exception`` actually needs the debugger.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        import pdb

        return getattr(pdb, name)

    def __repr__(self) -> str:
        return "<module 'pdb' (lazy)>"


LAZY_PDB: Any = _LazyPdb()


@dataclass
class AppConfig:
    """The configuration of a :class:`~litestar.app.Litestar` app.

    ``Litestar.__init__`` builds one from its arguments and passes it through every
    init plugin's ``on_app_init`` before using it.
    """

    after_exception: list[AfterExceptionHookHandler[Any]] = field(default_factory=list)
    """Hooks called with ``(exception, scope)`` after an exception is handled."""
    after_request: AfterRequestHookHandler | None = None
    """Hook called with the response before it is sent."""
    after_response: AfterResponseHookHandler | None = None
    """Hook called with the request after the response is sent."""
    allowed_hosts: list[str] | PieceConfigProtocol | None = None
    """Allowed hosts, or their full configuration (needs litestar-middleware)."""
    before_request: BeforeRequestHookHandler | None = None
    """Hook called with the request before the handler; a non-``None`` result is the response."""
    before_send: list[BeforeMessageSendHookHandler] = field(default_factory=list)
    """Hooks called with every ASGI message before it is sent."""
    cache_control: CacheControlHeader | None = None
    """Default ``Cache-Control`` header of the responses."""
    compression_config: PieceConfigProtocol | None = None
    """Response compression (needs litestar-middleware)."""
    cors_config: PieceConfigProtocol | None = None
    """CORS (needs litestar-middleware)."""
    csrf_config: PieceConfigProtocol | None = None
    """CSRF protection (needs litestar-middleware)."""
    debug: bool = False
    """Show tracebacks in error responses and log exceptions."""
    dependencies: dict[str, ProvideProtocol | AnyCallable] = field(default_factory=dict)
    """App level dependencies (needs litestar-di)."""
    dto: type[DTOProtocol] | EmptyType | None = Empty
    """Default DTO for request data."""
    etag: ETag | None = None
    """Default ``ETag`` header of the responses."""
    event_emitter_backend: type[BaseEventEmitterBackend] = SimpleEventEmitter
    """Class of the event emitter that runs the event listeners."""
    exception_handlers: ExceptionHandlersMap = field(default_factory=dict)
    """Map of exception class or status code to handler."""
    guards: list[Guard] = field(default_factory=list)
    """App level guards."""
    include_in_schema: bool | EmptyType = Empty
    """Whether the routes appear in the OpenAPI schema."""
    lifespan: list[
        Callable[[Litestar], AbstractAsyncContextManager[Any]] | AbstractAsyncContextManager[Any]
    ] = field(default_factory=list)
    """Async context managers (or factories of them) wrapping the app's lifetime."""
    listeners: list[EventListener] = field(default_factory=list)
    """Event listeners."""
    logging_config: BaseLoggingConfig | None = None
    """Logging configuration."""
    middleware: list[Middleware] = field(default_factory=list)
    """App level middleware, outermost first."""
    on_shutdown: list[LifespanHook] = field(default_factory=list)
    """Callables run at shutdown."""
    on_startup: list[LifespanHook] = field(default_factory=list)
    """Callables run at startup."""
    openapi_config: OpenAPIConfigProtocol | None = None
    """OpenAPI schema configuration (needs litestar-openapi)."""
    opt: dict[str, Any] = field(default_factory=dict)
    """Arbitrary options readable by handlers, guards and middleware."""
    parameters: ParametersMap = field(default_factory=dict)
    """App level parameter declarations."""
    path: str = ""
    """Path prefix of every route."""
    pdb_on_exception: bool = False
    """Drop into the debugger on unhandled exceptions."""
    debugger_module: Debugger = LAZY_PDB
    """The debugger used by ``pdb_on_exception``."""
    plugins: list[PluginProtocol] = field(default_factory=list)
    """Plugin instances."""
    request_class: type[Request[Any, Any, Any]] | None = None
    """Default request class."""
    request_max_body_size: int | EmptyType | None = Empty
    """Largest accepted request body, in bytes."""
    response_class: type[Response[Any]] | None = None
    """Default response class."""
    response_cookies: ResponseCookies = field(default_factory=list)
    """Cookies set on every response."""
    response_headers: ResponseHeaders = field(default_factory=list)
    """Headers set on every response."""
    response_cache_config: PieceConfigProtocol | None = field(default_factory=_default_response_cache_config)
    """Response caching (``None`` when litestar-middleware is not installed)."""
    return_dto: type[DTOProtocol] | EmptyType | None = Empty
    """Default DTO for response data."""
    route_handlers: list[ControllerRouterHandler] = field(default_factory=list)
    """Route handlers, controllers and routers to register."""
    security: list[SecurityRequirementProtocol] = field(default_factory=list)
    """OpenAPI security requirements."""
    signature_namespace: dict[str, Any] = field(default_factory=dict)
    """Names used to resolve forward references in handler signatures."""
    signature_types: list[Any] = field(default_factory=list)
    """Types added to the signature namespace under their own name."""
    state: State = field(default_factory=_default_state)
    """The app state."""
    static_files_config: list[StaticFilesConfig] = field(default_factory=list)
    """Static files configurations."""
    stores: StoreRegistry | dict[str, Store] | None = None
    """Stores, by name."""
    tags: list[str] = field(default_factory=list)
    """OpenAPI tags of every route."""
    template_config: TemplateConfigType | None = None
    """Template engine configuration."""
    type_decoders: TypeDecodersSequence | None = None
    """Custom decoders, ``(predicate, decoder)`` pairs."""
    type_encoders: TypeEncodersMap | None = None
    """Custom encoders, by type."""
    websocket_class: type[WebSocket[Any, Any, Any]] | None = None
    """Default websocket class."""
    multipart_form_part_limit: int = 1000
    """Largest number of parts accepted in a multipart form."""
    experimental_features: list[ExperimentalFeatures] | None = None
    """Experimental features to enable."""
