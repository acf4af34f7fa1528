"""``Litestar``: the ASGI application — configuration, registration, lifespan and dispatch."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, TypedDict

from litestar._app_compile import build_options_endpoint, compile_handler
from litestar._exception_handling import ExceptionDispatcher
from litestar._lifespan import app_lifespan, serve_lifespan
from litestar._routing import RouteTable
from litestar.config.app import LAZY_PDB, AppConfig, ExperimentalFeatures
from litestar.datastructures.state import State
from litestar.events.emitter import SimpleEventEmitter
from litestar.exceptions import ImproperlyConfiguredException, MissingDependencyException
from litestar.handlers.base import BaseRouteHandler
from litestar.router import Router
from litestar.routes import ASGIRoute, BaseRoute, HTTPRoute, WebSocketRoute
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from typing import Self

    from litestar.types import ControllerRouterHandler, Receive, Scope, Send

__all__ = ("DEFAULT_OPENAPI_CONFIG", "HandlerIndex", "Litestar")

_MULTIPLE_SLASHES = re.compile("//+")


class _DefaultOpenAPIConfig:
    """Marker for "the default OpenAPI configuration" (served when litestar-openapi is installed)."""

    def __repr__(self) -> str:
        return "<OpenAPIConfig>"


DEFAULT_OPENAPI_CONFIG: Any = _DefaultOpenAPIConfig()
"""The default ``openapi_config``: resolved to an ``OpenAPIConfig`` when litestar-openapi is installed."""

_LATER_PIECES = {
    "allowed_hosts": "middleware",
    "compression_config": "middleware",
    "cors_config": "middleware",
    "csrf_config": "middleware",
    "response_cache_config": "middleware",
}


class HandlerIndex(TypedDict):
    """What :meth:`Litestar.get_handler_index_by_name` returns."""

    paths: list[str]
    handler: BaseRouteHandler
    identifier: str


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


class Litestar(Router):
    """The ASGI application.

    Every option is resolved and every handler compiled when the app is constructed;
    wiring errors are reported then, all at once.
    """

    after_exception: list[Any]
    allowed_hosts: Any
    asgi_handler: Any
    asgi_router: Any
    before_send: list[Any]
    compression_config: Any
    cors_config: Any
    csrf_config: Any
    debugger_module: Any
    event_emitter: Any
    experimental_features: list[ExperimentalFeatures]
    logging_config: Any
    multipart_form_part_limit: int
    on_shutdown: list[Any]
    on_startup: list[Any]
    openapi_config: Any
    pdb_on_exception: bool
    plugins: list[Any]
    response_cache_config: Any
    route_map: Any
    state: State
    stores: Any
    template_engine: Any

    def __init__(
        self,
        route_handlers: Sequence[ControllerRouterHandler] | None = None,
        *,
        after_exception: Sequence[Any] | None = None,
        after_request: Any = None,
        after_response: Any = None,
        allowed_hosts: Any = None,
        before_request: Any = None,
        before_send: Sequence[Any] | None = None,
        cache_control: Any = None,
        compression_config: Any = None,
        cors_config: Any = None,
        csrf_config: Any = None,
        dto: Any = Empty,
        debug: bool | None = None,
        dependencies: Mapping[str, Any] | None = None,
        etag: Any = None,
        event_emitter_backend: type[Any] = SimpleEventEmitter,
        exception_handlers: Mapping[Any, Any] | None = None,
        guards: Sequence[Any] | None = None,
        include_in_schema: bool | Any = Empty,
        listeners: Sequence[Any] | None = None,
        logging_config: Any = Empty,
        middleware: Sequence[Any] | None = None,
        multipart_form_part_limit: int = 1000,
        on_app_init: Sequence[Callable[[AppConfig], AppConfig]] | None = None,
        on_shutdown: Sequence[Callable[..., Any]] | None = None,
        on_startup: Sequence[Callable[..., Any]] | None = None,
        openapi_config: Any = DEFAULT_OPENAPI_CONFIG,
        opt: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        path: str | None = None,
        plugins: Sequence[Any] | None = None,
        request_class: type[Any] | None = None,
        request_max_body_size: int | None = 10_000_000,
        response_cache_config: Any = None,
        response_class: type[Any] | None = None,
        response_cookies: Any = None,
        response_headers: Any = None,
        return_dto: Any = Empty,
        security: Sequence[Any] | None = None,
        signature_namespace: Mapping[str, Any] | None = None,
        signature_types: Sequence[Any] | None = None,
        state: State | None = None,
        static_files_config: Sequence[Any] | None = None,
        stores: Any = None,
        tags: Sequence[str] | None = None,
        template_config: Any = None,
        type_decoders: Sequence[Any] | None = None,
        type_encoders: Mapping[Any, Any] | None = None,
        websocket_class: type[Any] | None = None,
        lifespan: Sequence[Any] | None = None,
        pdb_on_exception: bool | None = None,
        debugger_module: Any = LAZY_PDB,
        experimental_features: Iterable[ExperimentalFeatures] | None = None,
    ) -> None:
        config = AppConfig(
            after_exception=_as_list(after_exception),
            after_request=after_request,
            after_response=after_response,
            allowed_hosts=allowed_hosts,
            before_request=before_request,
            before_send=_as_list(before_send),
            cache_control=cache_control,
            compression_config=compression_config,
            cors_config=cors_config,
            csrf_config=csrf_config,
            debug=bool(debug),
            dependencies=dict(dependencies or {}),
            dto=dto,
            etag=etag,
            event_emitter_backend=event_emitter_backend,
            exception_handlers=dict(exception_handlers or {}),
            guards=_as_list(guards),
            include_in_schema=include_in_schema,
            lifespan=_as_list(lifespan),
            listeners=_as_list(listeners),
            logging_config=logging_config,
            middleware=_as_list(middleware),
            multipart_form_part_limit=multipart_form_part_limit,
            on_shutdown=_as_list(on_shutdown),
            on_startup=_as_list(on_startup),
            openapi_config=openapi_config,
            opt=dict(opt or {}),
            parameters=dict(parameters or {}),
            path=path or "",
            pdb_on_exception=bool(pdb_on_exception),
            debugger_module=debugger_module,
            plugins=_as_list(plugins),
            request_class=request_class,
            request_max_body_size=request_max_body_size,
            response_cache_config=response_cache_config,
            response_class=response_class,
            response_cookies=response_cookies or [],
            response_headers=response_headers or [],
            return_dto=return_dto,
            route_handlers=_as_list(route_handlers),
            security=_as_list(security),
            signature_namespace=dict(signature_namespace or {}),
            signature_types=_as_list(signature_types),
            state=state if state is not None else State(),
            static_files_config=_as_list(static_files_config),
            stores=stores,
            tags=_as_list(tags),
            template_config=template_config,
            type_decoders=type_decoders,
            type_encoders=type_encoders,
            websocket_class=websocket_class,
            experimental_features=list(experimental_features or []),
        )
        for hook in on_app_init or ():
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
        super().__init__(
            path=config.path,
            after_request=config.after_request,
            after_response=config.after_response,
            before_request=config.before_request,
            cache_control=config.cache_control,
            dependencies=config.dependencies,
            dto=config.dto,
            etag=config.etag,
            exception_handlers=config.exception_handlers,
            guards=config.guards,
            include_in_schema=config.include_in_schema,
            middleware=config.middleware,
            opt=config.opt,
            parameters=config.parameters,
            request_class=config.request_class,
            response_class=config.response_class,
            response_cookies=config.response_cookies,
            response_headers=config.response_headers,
            return_dto=config.return_dto,
            route_handlers=[],
            security=config.security,
            signature_namespace=config.signature_namespace,
            signature_types=config.signature_types,
            tags=config.tags,
            type_decoders=config.type_decoders,
            type_encoders=config.type_encoders,
            websocket_class=config.websocket_class,
            request_max_body_size=config.request_max_body_size,
        )
        self._config = config
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
        self.plugins = list(config.plugins)
        self.response_cache_config = config.response_cache_config
        self.state = config.state
        self.stores = config.stores
        self.template_engine = None
        self._static_files_config = list(config.static_files_config)
        self._table = RouteTable()
        self._static = self._table.static
        self._handler_index: dict[str, HandlerIndex] = {}
        self.route_map = self._table
        self.asgi_router = self
        self.asgi_handler = self
        self._exceptions = ExceptionDispatcher(self)
        self._compiled_pairs: set[tuple[int, int]] = set()
        self._openapi: Any = None
        self.register_all(config.route_handlers)
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
        plugin = factory(None if requested is DEFAULT_OPENAPI_CONFIG else requested, self)
        self.openapi_config = plugin.openapi_config
        self._openapi = plugin
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
        if config.template_config is not None:
            raise ImproperlyConfiguredException(
                "template_config= is not supported by this version of litestar-core yet: "
                "render templates in your handler and return a Response with media_type='text/html'."
            )
        if config.static_files_config:
            raise ImproperlyConfiguredException(
                "static_files_config= is not supported by this version of litestar-core yet: "
                "mount a static files ASGI app with @asgi(path, is_mount=True) instead."
            )

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

            set_debug_level(self.logging_config, self._logger, value)

    @property
    def static_files_config(self) -> list[Any]:
        """Static file configurations (not supported yet: always empty)."""
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
        # PERF(lead): logging (a dictConfig and a queue-listener thread) is configured on
        # first use instead of at construction, so apps that never log pay nothing.
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
        app: Litestar = scope["app"]
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
                compiled = self._compiled_pairs
                if (id(route), id(handler)) in compiled:
                    continue
                compiled.add((id(route), id(handler)))
                try:
                    self._compile(route, handler)
                except (ImproperlyConfiguredException, MissingDependencyException) as exc:
                    if isinstance(exc, MissingDependencyException):
                        raise
                    errors.append(str(exc.detail))
        if _collect is None and errors:
            raise ImproperlyConfiguredException("\n".join(errors))

    def _compile(self, route: BaseRoute, handler: BaseRouteHandler) -> None:
        compile_handler(self, route, handler)

    # -- reverse routing --------------------------------------------------------------

    def get_handler_index_by_name(self, name: str) -> HandlerIndex | None:
        """The paths and handler registered under ``name`` (or qualified name)."""
        return self._handler_index.get(name)

    def route_reverse(self, name: str, **path_parameters: Any) -> str:
        """Build the path of the handler called ``name`` from path parameter values."""
        from litestar._routing._reverse import reverse_path

        entry = self._handler_index.get(name)
        return reverse_path(name, entry["paths"] if entry is not None else [], path_parameters)

    def url_for(self, name: str, **path_parameters: Any) -> str:
        """The path of the handler called ``name`` (same as :meth:`route_reverse`)."""
        return self.route_reverse(name, **path_parameters)

    def url_for_static_asset(self, name: str, file_path: str) -> str:
        """URL of a static file (static files are not supported by this version)."""
        from litestar.exceptions import NoRouteMatchFoundException

        raise NoRouteMatchFoundException(f"Static handler {name} can not be found")

    # -- events -----------------------------------------------------------------------

    def emit(self, event_id: str, *args: Any, **kwargs: Any) -> None:
        """Emit an event to its listeners (run in the background)."""
        self.event_emitter.emit(event_id, *args, **kwargs)

    # -- lifespan ---------------------------------------------------------------------

    def lifespan(self) -> AbstractAsyncContextManager[None]:
        """Enter lifespan managers and run startup hooks; undo them on exit."""
        return app_lifespan(self)

    async def _serve_lifespan(self, receive: Any, send: Any) -> None:
        await serve_lifespan(self, receive, send)

    # -- ASGI -------------------------------------------------------------------------

    async def _dispatch(self, scope: Any, receive: Any, send: Any) -> None:
        """Route one ASGI connection to its handler (this is ``__call__``)."""
        scope_type = scope["type"]
        if scope_type == "lifespan":
            await self._serve_lifespan(receive, send)
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
            endpoint = leaf.http.get(scope["method"]) if leaf is not None else None
            if endpoint is None and leaf is not None and scope["method"] == "OPTIONS" and leaf.http:
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
        # PERF(lead): the dispatcher itself is the ASGI callable (no extra await per request).
        __call__ = _dispatch

    async def _not_found_or_mount(self, scope: Any, receive: Any, send: Any, path: str) -> None:
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
        hooks = self.before_send

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
