"""``Litestar``: the ASGI application — its configuration and the ASGI entry point.

What the app delegates lives in ``litestar._app`` (compiling handlers into the routing
table, the handler index, exception dispatch, the lifespan); those helpers receive what
they need as arguments.
"""

from __future__ import annotations

import copy
import inspect
import re
import sys
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

from litestar._app._config import config_kwargs_from_arguments
from litestar._app._exceptions import ExceptionDispatcher
from litestar._app._index import HandlerIndex, HandlerIndexMap
from litestar._app._lifespan import app_lifespan, serve_lifespan
from litestar._app._register import build_options_endpoint, is_compiled, register_handler
from litestar._routing._reverse import reverse_path
from litestar._routing._table import RouteTable
from litestar._scope_keys import EDGE_PASSED
from litestar.config.app import LAZY_PDB, AppConfig, ExperimentalFeatures
from litestar.connection.request import Request
from litestar.datastructures.state import State
from litestar.events.emitter import SimpleEventEmitter
from litestar.exceptions.base_exceptions import MissingDependencyException
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.middleware._features import build_edge, load_app_features
from litestar.plugins.base import PluginRegistry
from litestar.router import Router
from litestar.routes.asgi import ASGIRoute
from litestar.routes.base import BaseRoute
from litestar.routes.http import HTTPRoute
from litestar.routes.websocket import WebSocketRoute
from litestar.stores.registry import StoreRegistry
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from typing import Self

    from litestar.config.app import LifespanHook, OnAppInitHandler
    from litestar.connection.websocket import WebSocket
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.events.emitter import BaseEventEmitterBackend
    from litestar.events.listener import EventListener
    from litestar.handlers.base import BaseRouteHandler, Guard
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
    from litestar.types._callables import AfterExceptionHookHandler, BeforeMessageSendHookHandler
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._pieces import (
        DTOProtocol,
        OpenAPIConfigProtocol,
        PieceConfigProtocol,
        SecurityRequirementProtocol,
    )
    from litestar.types.asgi_types import (
        ASGIApp,
        LifeSpanScope,
        Receive,
        Scope,
        Send,
    )
    from litestar.types.debugger_types import Debugger
    from litestar.types.empty import EmptyType

__all__ = ("DEFAULT_OPENAPI_CONFIG", "HandlerIndex", "Litestar")

_MULTIPLE_SLASHES = re.compile("//+")


class _DefaultOpenAPIConfig:
    """Marker for "the default OpenAPI configuration" (served when litestar-openapi is installed).

    As in 2.17, plugins read and change the default configuration before the app exists
    (``app_config.openapi_config.components = ...``): attribute access goes to one shared
    default ``OpenAPIConfig`` made by litestar-openapi on first use, which every app left
    on the default then serves.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<OpenAPIConfig>"

    def __copy__(self) -> Any:
        """A copy is a real ``OpenAPIConfig`` that plugins may change without touching the default."""
        try:
            return copy.copy(_shared_default_openapi_config())
        except AttributeError:
            return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        try:
            return copy.deepcopy(_shared_default_openapi_config(), memo)
        except AttributeError:
            return self

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_shared_default_openapi_config(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(_shared_default_openapi_config(), name, value)


_SHARED_DEFAULT_OPENAPI_CONFIG: list[Any] = []
"""The default ``OpenAPIConfig`` once something has touched it (at most one item)."""


def _shared_default_openapi_config() -> Any:
    from litestar._discovery import load_piece

    if not _SHARED_DEFAULT_OPENAPI_CONFIG:
        try:
            factory = load_piece("openapi")
        except MissingDependencyException as exc:
            raise AttributeError(f"The default OpenAPI configuration needs litestar-openapi: {exc}") from None
        _SHARED_DEFAULT_OPENAPI_CONFIG.append(factory.default_config())
    return _SHARED_DEFAULT_OPENAPI_CONFIG[0]


DEFAULT_OPENAPI_CONFIG: Any = _DefaultOpenAPIConfig()
"""The default ``openapi_config``: resolved to an ``OpenAPIConfig`` when litestar-openapi is installed."""

_LATER_PIECES = {
    "allowed_hosts": "middleware",
    "compression_config": "middleware",
    "cors_config": "middleware",
    "csrf_config": "middleware",
    "response_cache_config": "middleware",
}

_ROUTER_OPTIONS = tuple(
    name for name in inspect.signature(Router.__init__).parameters if name not in ("self", "route_handlers")
)
"""The options of the app's own layer, handed to ``Router.__init__`` from the config."""


class Litestar(Router):
    """The ASGI application.

    Every option is resolved and every handler compiled when the app is constructed;
    wiring errors are reported then, all at once.
    """

    after_exception: list[AfterExceptionHookHandler[Any]]
    allowed_hosts: Any
    asgi_router: Litestar
    before_send: list[BeforeMessageSendHookHandler]
    compression_config: Any
    cors_config: Any
    csrf_config: Any
    debugger_module: Debugger
    event_emitter: BaseEventEmitterBackend
    experimental_features: list[ExperimentalFeatures]
    logging_config: BaseLoggingConfig | EmptyType | None
    multipart_form_part_limit: int
    on_shutdown: list[LifespanHook]
    on_startup: list[LifespanHook]
    openapi_config: Any
    pdb_on_exception: bool
    plugins: PluginRegistry
    response_cache_config: Any
    route_map: RouteTable
    state: State
    stores: StoreRegistry
    template_engine: Any

    def __init__(
        self,
        route_handlers: Sequence[ControllerRouterHandler] | None = None,
        *,
        after_exception: Sequence[AfterExceptionHookHandler[Any]] | None = None,
        after_request: AfterRequestHookHandler | None = None,
        after_response: AfterResponseHookHandler | None = None,
        allowed_hosts: Sequence[str] | PieceConfigProtocol | None = None,
        before_request: BeforeRequestHookHandler | None = None,
        before_send: Sequence[BeforeMessageSendHookHandler] | None = None,
        cache_control: CacheControlHeader | None = None,
        compression_config: PieceConfigProtocol | None = None,
        cors_config: PieceConfigProtocol | None = None,
        csrf_config: PieceConfigProtocol | None = None,
        dto: type[DTOProtocol] | EmptyType | None = Empty,
        debug: bool | None = None,
        dependencies: Dependencies | None = None,
        etag: ETag | None = None,
        event_emitter_backend: type[BaseEventEmitterBackend] = SimpleEventEmitter,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        include_in_schema: bool | EmptyType = Empty,
        listeners: Sequence[EventListener] | None = None,
        logging_config: BaseLoggingConfig | EmptyType | None = Empty,
        middleware: Sequence[Middleware] | None = None,
        multipart_form_part_limit: int = 1000,
        on_app_init: Sequence[OnAppInitHandler] | None = None,
        on_shutdown: Sequence[LifespanHook] | None = None,
        on_startup: Sequence[LifespanHook] | None = None,
        openapi_config: OpenAPIConfigProtocol | None = DEFAULT_OPENAPI_CONFIG,
        opt: Mapping[str, Any] | None = None,
        parameters: ParametersMap | None = None,
        path: str | None = None,
        plugins: Sequence[PluginProtocol] | None = None,
        request_class: type[Request[Any, Any, Any]] | None = None,
        request_max_body_size: int | None = 10_000_000,
        response_cache_config: PieceConfigProtocol | None = None,
        response_class: type[Response[Any]] | None = None,
        response_cookies: ResponseCookies | None = None,
        response_headers: ResponseHeaders | None = None,
        return_dto: type[DTOProtocol] | EmptyType | None = Empty,
        security: Sequence[SecurityRequirementProtocol] | None = None,
        signature_namespace: Mapping[str, Any] | None = None,
        signature_types: Sequence[Any] | None = None,
        state: State | None = None,
        static_files_config: Sequence[Any] | None = None,
        stores: Any = None,
        tags: Sequence[str] | None = None,
        template_config: Any = None,
        type_decoders: TypeDecodersSequence | None = None,
        type_encoders: TypeEncodersMap | None = None,
        websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
        lifespan: Sequence[
            Callable[[Litestar], AbstractAsyncContextManager[Any]] | AbstractAsyncContextManager[Any]
        ]
        | None = None,
        pdb_on_exception: bool | None = None,
        debugger_module: Debugger = LAZY_PDB,
        experimental_features: Iterable[ExperimentalFeatures] | None = None,
    ) -> None:
        # The signature above is the one declaration of the options: locals() holds exactly
        # the arguments while this is the first statement.
        arguments = dict(locals())
        del arguments["self"]
        hooks = arguments.pop("on_app_init") or ()
        config = AppConfig(**config_kwargs_from_arguments(arguments))
        for hook in hooks:
            config = hook(config)
        for plugin in config.plugins:
            on_app_init_hook = getattr(plugin, "on_app_init", None)
            if on_app_init_hook is not None:
                config = on_app_init_hook(config)
        self._init_from_config(config)

    @classmethod
    def from_config(cls, config: AppConfig) -> Self:
        """Build an app from an :class:`~litestar.config.app.AppConfig`."""
        app = cls.__new__(cls)
        app._init_from_config(config)
        return app

    def _init_from_config(self, config: AppConfig) -> None:
        self._check_pieces(config)
        super().__init__(route_handlers=[], **{name: getattr(config, name) for name in _ROUTER_OPTIONS})
        self._config = config
        # As 2.17, the app layer names the connection classes it defaults to (integrations
        # such as sentry build ``scope["app"].request_class(scope)``); ``WebSocket`` is
        # imported on first use of ``websocket_class``.
        if self.request_class is None:
            self.request_class = Request
        self._debug = config.debug
        self.after_exception = [_ensure_async(h) for h in config.after_exception]
        self.allowed_hosts = config.allowed_hosts
        self.before_send = [_ensure_async(h) for h in config.before_send]
        self.compression_config = config.compression_config
        self.cors_config = config.cors_config
        self.csrf_config = config.csrf_config
        self.debugger_module = config.debugger_module
        self.event_emitter = config.event_emitter_backend(listeners=config.listeners)
        self.experimental_features = list(config.experimental_features or [])
        self.logging_config = config.logging_config
        self._logger: Any = None
        self._get_logger_fn: Any = None
        self.multipart_form_part_limit = config.multipart_form_part_limit
        self.on_shutdown = list(config.on_shutdown)
        self.on_startup = list(config.on_startup)
        self._lifespan_managers = list(config.lifespan)
        self.openapi_config = (
            None if config.openapi_config is DEFAULT_OPENAPI_CONFIG else config.openapi_config
        )
        self.pdb_on_exception = config.pdb_on_exception
        if self.pdb_on_exception:
            from litestar.utils.warnings import warn_pdb_on_exception

            warn_pdb_on_exception(stacklevel=4)
        self.plugins = PluginRegistry(list(config.plugins))
        self.response_cache_config = config.response_cache_config
        self.state = config.state
        self.stores = (
            config.stores if isinstance(config.stores, StoreRegistry) else StoreRegistry(config.stores)
        )
        self.template_engine = config.template_config.engine_instance if config.template_config else None
        self._static_files_config = list(config.static_files_config)
        self._table = RouteTable()
        self._static = self._table.static
        self._handler_index: HandlerIndexMap = {}
        self.route_map = self._table
        self.asgi_router = self
        self._custom_asgi_handler: ASGIApp | None = None
        self._exceptions = ExceptionDispatcher(self)
        self._failed_compiles: set[tuple[int, int]] = set()
        self._middleware_features = load_app_features(self, config)
        self._edge = build_edge(self, self._middleware_features)
        self._openapi: Any = None
        self.register_all(
            [*config.route_handlers, *(c.to_static_files_app() for c in self._static_files_config)]
        )
        if "logging" in sys.modules:
            # Someone (the server, the app module) already uses stdlib logging: apply the
            # configuration now, as the reference does, so their records print from the
            # start. Otherwise the lifespan startup (or the first log call) applies it,
            # and apps that never log skip importing logging at all.
            self._ensure_logging()
        self._setup_openapi(config.openapi_config)

    def _setup_openapi(self, requested: Any) -> None:
        """Serve the OpenAPI document when litestar-openapi is installed (or asked for).

        The default (no ``openapi_config``) turns the schema on exactly when the piece is
        installed; an explicit config without it was already rejected by ``_check_pieces``.
        """
        if requested is None:
            return
        from litestar._discovery import load_piece

        try:
            factory = load_piece("openapi")
        except MissingDependencyException:
            return
        if requested is DEFAULT_OPENAPI_CONFIG:
            # A copy: what plugins set on the default is kept, what this app does to it stays its own.
            shared = _SHARED_DEFAULT_OPENAPI_CONFIG
            requested = copy.deepcopy(shared[0]) if shared else None
        plugin = factory(requested, self)
        self.openapi_config = plugin.openapi_config
        self._openapi = plugin
        self.plugins._add_builtin(plugin)
        plugin.install(self)

    def _check_pieces(self, config: AppConfig) -> None:
        from litestar._discovery import require_piece

        for option, area in _LATER_PIECES.items():
            if getattr(config, option, None):
                require_piece(area, feature=f"{option}=")
        if config.dependencies:
            require_piece("di", feature="dependencies=")
        if config.openapi_config is not DEFAULT_OPENAPI_CONFIG and config.openapi_config is not None:
            require_piece("openapi", feature="openapi_config=")

    # -- properties -------------------------------------------------------------------

    @property
    def debug(self) -> bool:
        """Whether tracebacks are shown in error responses."""
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        self._debug = value
        if self._get_logger_fn is not None:
            from litestar.logging._app import set_debug_level

            set_debug_level(self._resolved_logging_config(), self._logger, value)

    @property
    def static_files_config(self) -> list[Any]:
        """The (deprecated) ``StaticFilesConfig`` instances served by this app."""
        return self._static_files_config

    @property
    def cli_plugins(self) -> list[Any]:
        """Plugins that extend the ``litestar`` CLI."""
        return [p for p in self.plugins if hasattr(p, "on_cli_init")]

    @property
    def openapi_schema_plugins(self) -> list[Any]:
        """Plugins that contribute to the OpenAPI schema."""
        return [
            p for p in self.plugins if hasattr(p, "for_field_definition") or hasattr(p, "to_openapi_schema")
        ]

    @property
    def serialization_plugins(self) -> list[Any]:
        """Plugins that (de)serialize custom types."""
        return [p for p in self.plugins if hasattr(p, "supports_type") and hasattr(p, "create_dto_for_type")]

    @property
    def openapi_schema(self) -> Any:
        """The OpenAPI document (requires litestar-openapi), generated on first access."""
        if self._openapi is None:
            from litestar._discovery import require_piece

            require_piece("openapi", feature="app.openapi_schema")
            raise ImproperlyConfiguredException("OpenAPIConfig not initialized")
        return self._openapi.provide_openapi()

    def update_openapi_schema(self) -> None:
        """Regenerate the OpenAPI document (requires litestar-openapi)."""
        if self._openapi is None:
            from litestar._discovery import require_piece

            require_piece("openapi", feature="app.update_openapi_schema()")
            raise ImproperlyConfiguredException("OpenAPIConfig not initialized")
        self._openapi.invalidate()

    @property
    def logger(self) -> Any:
        """The ``litestar`` logger (logging is configured on first use)."""
        self._ensure_logging()
        return self._logger

    def get_logger(self, name: str | None = None) -> Any:
        """Return a logger from the app's logging configuration."""
        self._ensure_logging()
        return self._get_logger_fn(name)

    def _ensure_logging(self) -> None:
        # PERF: logging (a dictConfig and a queue-listener thread) is configured at
        # construction only when stdlib logging is already in use, else at lifespan
        # startup or first use, so apps that never log do not even import it.
        if self._get_logger_fn is not None:
            return
        from litestar.logging._app import configure_app_logging

        self._get_logger_fn, self._logger = configure_app_logging(
            self._resolved_logging_config(), debug=self._debug
        )

    def _resolved_logging_config(self) -> Any:
        if self.logging_config is Empty:
            from litestar.logging.config import LoggingConfig

            self.logging_config = LoggingConfig()
        return self.logging_config

    @property
    def route_handler_method_map(self) -> dict[str, dict[str, Any]]:
        """Path -> {method or "websocket"/"asgi": handler}, with the automatic OPTIONS handlers."""
        result = super().route_handler_method_map
        for route in self.routes:
            if isinstance(route, HTTPRoute) and "OPTIONS" not in result.get(route.path, {}):
                leaf = self._table.leaf_for(route.path, route.path_components)
                endpoint = leaf.http.get("OPTIONS") or build_options_endpoint(leaf)
                if endpoint is not None:
                    result[route.path]["OPTIONS"] = endpoint.handler
        return result

    @property
    def route_handler_method_view(self) -> dict[str, list[str]]:
        """Handler qualified name -> the paths it serves."""
        view: dict[str, list[str]] = {}
        for route in self.routes:
            for handler in _handlers_of(route):
                view.setdefault(handler.handler_name, []).append(route.path)
        return view

    @classmethod
    def from_scope(cls, scope: Scope) -> Litestar:
        """The app serving a connection."""
        app: Litestar = scope["app"]  # type: ignore[assignment]  # the scope names the app by a Protocol
        return app

    # -- registration -----------------------------------------------------------------

    def register_all(self, values: Sequence[Any]) -> None:
        """Register handlers and report every wiring error of all of them at once."""
        errors: list[str] = []
        for value in values:
            try:
                self.register(value, _collect=errors)
            except ImproperlyConfiguredException as exc:
                errors.append(str(exc.detail))
        if len(errors) == 1:
            # One error reads exactly as 2.17 words it.
            raise ImproperlyConfiguredException(errors[0])
        if errors:
            raise ImproperlyConfiguredException(
                f"{len(errors)} configuration error(s):\n" + "\n".join(f"- {e}" for e in errors)
            )

    def register(self, value: ControllerRouterHandler, _collect: list[str] | None = None) -> None:  # type: ignore[override]
        """Register a handler, controller or router on the running app and compile it."""
        errors = _collect if _collect is not None else []
        routes = super().register(value)
        openapi = getattr(self, "_openapi", None)
        if openapi is not None:
            openapi.invalidate()
        for route in routes:
            for handler in _handlers_of(route):
                # A route comes back here each time a handler is added to it: compile only
                # the handlers it does not serve yet, and report a failing one only once.
                pair = (id(route), id(handler))
                if pair in self._failed_compiles or is_compiled(route, handler):
                    continue
                try:
                    self._compile(route, handler)
                except (ImproperlyConfiguredException, MissingDependencyException) as exc:
                    if isinstance(exc, MissingDependencyException):
                        raise
                    self._failed_compiles.add(pair)
                    errors.append(str(exc.detail))
        if _collect is None and errors:
            raise ImproperlyConfiguredException("\n".join(errors))

    def _compile(self, route: BaseRoute, handler: BaseRouteHandler) -> None:
        register_handler(self, self._table, self._handler_index, route, handler, self._exceptions.handle)

    # -- reverse routing --------------------------------------------------------------

    def get_handler_index_by_name(self, name: str) -> HandlerIndex | None:
        """The paths and handler registered under ``name`` (or qualified name)."""
        return self._handler_index.get(name)

    def route_reverse(self, name: str, **path_parameters: Any) -> str:
        """Build the path of the handler called ``name`` from path parameter values."""
        entry = self._handler_index.get(name)
        return reverse_path(name, entry["paths"] if entry is not None else [], path_parameters)

    def url_for(self, name: str, **path_parameters: Any) -> str:
        """The path of the handler called ``name`` (same as :meth:`route_reverse`)."""
        return self.route_reverse(name, **path_parameters)

    def url_for_static_asset(self, name: str, file_path: str) -> str:
        """The URL of ``file_path`` served by the ``StaticFilesConfig`` named ``name``.

        .. deprecated:: 2.6.0
            Use ``create_static_files_router``, whose files ``route_reverse`` finds.

        Raises:
            NoRouteMatchFoundException: If no static files handler has that name.
        """
        from litestar.exceptions.http_exceptions import NoRouteMatchFoundException
        from litestar.utils.deprecation import warn_deprecation
        from litestar.utils.path import join_paths

        warn_deprecation(
            "2.6.0",
            "url_for_static_asset",
            "function",
            info="Use create_static_files router instead of StaticFilesConfig, which works with route_reverse",
        )
        entry = self._handler_index.get(name)
        if entry is None:
            raise NoRouteMatchFoundException(f"Static handler {name} can not be found")
        if not getattr(entry["handler"], "is_static", False):
            raise NoRouteMatchFoundException(f"Handler with name {name} is not a static files handler")
        return join_paths([entry["paths"][0], file_path])

    # -- events -----------------------------------------------------------------------

    def emit(self, event_id: str, *args: Any, **kwargs: Any) -> None:
        """Emit an event to its listeners (run in the background)."""
        self.event_emitter.emit(event_id, *args, **kwargs)

    # -- lifespan ---------------------------------------------------------------------

    def lifespan(self) -> AbstractAsyncContextManager[None]:
        """Enter lifespan managers and run startup hooks; undo them on exit."""
        return app_lifespan(self, self._lifespan_managers)

    @property
    def websocket_class(self) -> type[WebSocket[Any, Any, Any]]:
        """The app's WebSocket connection class (:class:`~litestar.connection.WebSocket` by default)."""
        value: type[WebSocket[Any, Any, Any]] | None = self.__dict__.get("_websocket_class")
        if value is None:
            from litestar.connection.websocket import WebSocket

            value = WebSocket
        return value

    @websocket_class.setter
    def websocket_class(self, value: type[WebSocket[Any, Any, Any]] | None) -> None:
        self.__dict__["_websocket_class"] = value

    # -- ASGI -------------------------------------------------------------------------

    @property
    def asgi_handler(self) -> ASGIApp:
        """The ASGI app every HTTP and WebSocket connection goes through.

        Integrations wrap it (``app.asgi_handler = Middleware(app.asgi_handler)``) to see
        each connection before routing, with ``scope["app"]`` and ``scope["state"]`` set,
        as in 2.17. Lifespan events do not go through it. While nobody replaced it, it is
        the app itself and ``__call__`` routes directly.
        """
        return self._custom_asgi_handler or self

    @asgi_handler.setter
    def asgi_handler(self, value: ASGIApp) -> None:
        self._custom_asgi_handler = None if value is self else value

    async def _dispatch(self, scope: Scope | LifeSpanScope, receive: Receive, send: Send) -> None:
        """Route one ASGI connection to its handler (this is ``__call__``)."""
        if scope["type"] == "lifespan":
            # ASGI pairs a lifespan scope with lifespan channels; the types cannot say so.
            await serve_lifespan(self, receive, send)  # type: ignore[arg-type]
            return
        scope_type: str = scope["type"]
        if self._edge is not None and scope.get(EDGE_PASSED) is not self:
            await self._edge(scope, receive, send)
            return
        custom = self._custom_asgi_handler
        if custom is not None and scope.get("app") is not self:
            # A replaced ``asgi_handler`` sees the connection first; calling the app it
            # wrapped comes back here with ``scope["app"]`` set and routes.
            scope["app"] = self
            scope.setdefault("state", {})
            await custom(scope, receive, send)
            return
        path = scope["path"]
        root_path = scope.get("root_path")
        if root_path and path.startswith(root_path):
            path = path[len(root_path) :] or "/"
        leaf = self._static.get(path)
        raw: list[str] | None = None
        if leaf is None:
            if "//" in path:
                # Runs of slashes collapse, as the reference does (``/a//b`` is ``/a/b``).
                path = _MULTIPLE_SLASHES.sub("/", path)
                scope["path"] = path
                leaf = self._static.get(path)
            if len(path) > 1 and path[-1] == "/":
                path = path.rstrip("/") or "/"
                scope["path"] = path
                leaf = self._static.get(path)
            if leaf is None:
                leaf, raw = self._table.match(path)
        if self.before_send:
            send = self._wrap_send(send, scope)
        if scope_type == "http":
            method = scope["method"]  # type: ignore[typeddict-item]  # an HTTP scope, as scope_type says
            endpoint = leaf.http.get(method) if leaf is not None else None
            if endpoint is None and leaf is not None and method == "OPTIONS" and leaf.http:
                endpoint = build_options_endpoint(leaf)
            if endpoint is None:
                endpoint = leaf.asgi if leaf is not None else None
                if endpoint is None:
                    if leaf is not None and (leaf.http or leaf.websocket is not None):
                        await self._exceptions.method_not_allowed(scope, receive, send, leaf)
                        return
                    await self._not_found_or_mount(scope, receive, send, path)
                    return
        else:
            endpoint = None
            if leaf is not None:
                endpoint = leaf.websocket or leaf.asgi
            if endpoint is None:
                if leaf is not None and leaf.http:
                    await self._exceptions.method_not_allowed(scope, receive, send, leaf)
                    return
                await self._not_found_or_mount(scope, receive, send, path)
                return
        scope["app"] = self
        scope["route_handler"] = endpoint.handler
        scope["path_template"] = endpoint.path_template
        if raw:
            params = endpoint.convert_params(raw)
            if params is None:
                await self._exceptions.not_found(scope, receive, send)
                return
            scope["path_params"] = params
        else:
            scope["path_params"] = {}
        try:
            await endpoint.app(scope, receive, send)
        except Exception as exc:  # noqa: BLE001
            await self._exceptions.handle(scope, receive, send, exc, endpoint.exception_handlers)

    if TYPE_CHECKING:

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            """Route one ASGI connection to its handler."""

    else:
        # PERF: the dispatcher itself is the ASGI callable (no extra await per request).
        __call__ = _dispatch

    async def _not_found_or_mount(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        if self._table.has_mounts:
            mount, remainder = self._table.match_mount(path)
            if mount is not None and mount.asgi is not None:
                endpoint = mount.asgi
                scope["app"] = self
                scope["route_handler"] = endpoint.handler
                scope["path_params"] = {}
                scope["path"] = remainder
                try:
                    await endpoint.app(scope, receive, send)
                except Exception as exc:  # noqa: BLE001
                    await self._exceptions.handle(scope, receive, send, exc, endpoint.exception_handlers)
                return
        scope["app"] = self
        await self._exceptions.not_found(scope, receive, send)

    def _wrap_send(self, send: Send, scope: Scope) -> Send:
        # Made async at construction (``_ensure_async``), whatever the user passed.
        hooks: list[Callable[[Any, Any], Awaitable[None]]] = self.before_send  # type: ignore[assignment]

        async def wrapped(message: Any) -> None:
            for hook in hooks:
                await hook(message, scope)
            await send(message)

        return wrapped


def _handlers_of(route: BaseRoute) -> list[BaseRouteHandler]:
    if isinstance(route, HTTPRoute):
        return list(route.route_handlers)
    if isinstance(route, (ASGIRoute, WebSocketRoute)):
        return [route.route_handler]
    return []


def _ensure_async(fn: Any) -> Any:
    from litestar.utils.sync import ensure_async_callable

    return ensure_async_callable(fn)
