"""``Router``: a path prefix and a layer of options over a group of route handlers."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.asgi_handlers import ASGIRouteHandler
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.http_handlers.base import HTTPRouteHandler, _as_async
from litestar.routes.asgi import ASGIRoute
from litestar.routes.base import BaseRoute
from litestar.routes.http import HTTPRoute
from litestar.routes.websocket import WebSocketRoute
from litestar.types.empty import Empty
from litestar.utils.path import join_paths, normalize_path

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.connection.websocket import WebSocket
    from litestar.controller import Controller
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.handlers._types import RouteHandlerType
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.params import ParametersMap
    from litestar.response._hook_types import (
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeRequestHookHandler,
        ExceptionHandlersMap,
    )
    from litestar.response.base import Response
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._pieces import DTOProtocol, SecurityRequirementProtocol
    from litestar.types.empty import EmptyType

__all__ = ("ControllerRouterHandler", "Router")

ControllerRouterHandler: TypeAlias = "type[Controller] | RouteHandlerType | Router | Callable[..., Any]"
"""What ``route_handlers`` accepts: handlers, controllers, routers and undecorated callables."""

_LAYER_OPTIONS = (
    "after_request",
    "after_response",
    "before_request",
    "cache_control",
    "dependencies",
    "dto",
    "etag",
    "exception_handlers",
    "guards",
    "include_in_schema",
    "middleware",
    "opt",
    "parameters",
    "request_class",
    "request_max_body_size",
    "response_class",
    "response_cookies",
    "response_headers",
    "return_dto",
    "security",
    "signature_namespace",
    "tags",
    "type_decoders",
    "type_encoders",
    "websocket_class",
)


class Router:
    """Group route handlers under a path prefix with shared options.

    Options (dependencies, guards, middleware, hooks, headers...) apply to every handler
    below this router unless a lower layer overrides them.
    """

    after_request: AfterRequestHookHandler | None
    after_response: AfterResponseHookHandler | None
    before_request: BeforeRequestHookHandler | None
    cache_control: CacheControlHeader | None
    dependencies: dict[str, Any] | None
    dto: type[DTOProtocol] | EmptyType | None
    etag: ETag | None
    exception_handlers: dict[Any, Any] | None
    guards: list[Guard] | None
    include_in_schema: bool | EmptyType
    middleware: list[Middleware] | None
    opt: dict[str, Any]
    owner: Router | None
    parameters: dict[str, Any] | None
    path: str
    registered_route_handler_ids: set[str]
    request_class: type[Request[Any, Any, Any]] | None
    request_max_body_size: int | EmptyType | None
    response_class: type[Response[Any]] | None
    response_cookies: ResponseCookies | None
    response_headers: ResponseHeaders | None
    return_dto: type[DTOProtocol] | EmptyType | None
    routes: list[BaseRoute]
    security: list[SecurityRequirementProtocol] | None
    signature_namespace: dict[str, Any]
    tags: list[str] | None
    type_decoders: list[Any] | None
    type_encoders: dict[Any, Any] | None
    websocket_class: type[WebSocket[Any, Any, Any]] | None

    def __init__(
        self,
        path: str,
        *,
        after_request: AfterRequestHookHandler | None = None,
        after_response: AfterResponseHookHandler | None = None,
        before_request: BeforeRequestHookHandler | None = None,
        cache_control: CacheControlHeader | None = None,
        dependencies: Dependencies | None = None,
        dto: type[DTOProtocol] | EmptyType | None = Empty,
        etag: ETag | None = None,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        include_in_schema: bool | EmptyType = Empty,
        middleware: Sequence[Middleware] | None = None,
        opt: Mapping[str, Any] | None = None,
        parameters: ParametersMap | None = None,
        request_class: type[Request[Any, Any, Any]] | None = None,
        response_class: type[Response[Any]] | None = None,
        response_cookies: ResponseCookies | None = None,
        response_headers: ResponseHeaders | None = None,
        return_dto: type[DTOProtocol] | EmptyType | None = Empty,
        route_handlers: Sequence[ControllerRouterHandler],
        security: Sequence[SecurityRequirementProtocol] | None = None,
        signature_namespace: Mapping[str, Any] | None = None,
        signature_types: Sequence[Any] | None = None,
        tags: Sequence[str] | None = None,
        type_decoders: TypeDecodersSequence | None = None,
        type_encoders: TypeEncodersMap | None = None,
        websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
        request_max_body_size: int | EmptyType | None = Empty,
    ) -> None:
        self.path = normalize_path(path) if path else ""
        if self.path == "/":
            self.path = ""
        # As 2.17: the hooks are kept as async callables, which handlers resolve as they are.
        self.after_request = _as_async(after_request)
        self.after_response = _as_async(after_response)
        self.before_request = _as_async(before_request)
        self.cache_control = cache_control
        self.dependencies = dict(dependencies) if dependencies else None
        self.dto = dto
        self.etag = etag
        self.exception_handlers = dict(exception_handlers) if exception_handlers else None
        self.guards = list(guards) if guards else None
        self.include_in_schema = include_in_schema
        self.middleware = list(middleware) if middleware else None
        self.opt = dict(opt or {})
        self.parameters = dict(parameters) if parameters else None
        self.request_class = request_class
        self.request_max_body_size = request_max_body_size
        self.response_class = response_class
        self.response_cookies = response_cookies
        self.response_headers = response_headers
        self.return_dto = return_dto
        self.security = list(security) if security else None
        namespace = dict(signature_namespace or {})
        for t in signature_types or ():
            namespace[getattr(t, "__name__", str(t))] = t
        self.signature_namespace = namespace
        self.tags = list(tags) if tags else None
        self.type_decoders = list(type_decoders) if type_decoders else None
        self.type_encoders = dict(type_encoders) if type_encoders else None
        self.websocket_class = websocket_class
        self.owner: Router | None = None
        self.routes: list[BaseRoute] = []
        self.registered_route_handler_ids: set[str] = set()
        self._routes_by_key: dict[tuple[str, str], BaseRoute] = {}
        self._shared_routes: set[int] = set()
        for handler in route_handlers or ():
            self.register(handler)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} path={self.path!r} routes={len(self.routes)}>"

    # -- registration -----------------------------------------------------------------

    def register(self, value: ControllerRouterHandler) -> list[BaseRoute]:
        """Register a handler, controller class or router below this router."""
        if isinstance(value, Router) and not self.path and value is not self and value.owner in (None, self):
            return self._adopt_routes(value)
        added: list[BaseRoute] = []
        for path, handler in self._handlers_to_register(value):
            added.append(self._add_route(path, handler))
        return added

    def _adopt_routes(self, router: Router) -> list[BaseRoute]:
        """Take over the route objects of a sub-router whose paths do not change.

        PERF: below a layer without a path prefix the sub-router's routes are
        exactly the ones this layer needs; sharing them (instead of building a second
        route, path parse and handler map per path) saves memory and startup time. A shared
        route is copied before it is ever modified here (see ``_add_route_unchecked``).
        """
        router.owner = self
        added: list[BaseRoute] = []
        for route in router.routes:
            key = _route_key(route)
            if key in self._routes_by_key:
                added.extend(
                    self._add_route(route.path, handler)
                    for handler in _route_handlers(route)
                    if not getattr(handler, "_is_auto_options", False)
                )
                continue
            for handler in _route_handlers(route):
                self.registered_route_handler_ids.add(handler.handler_id)
            self._routes_by_key[key] = route
            self._shared_routes.add(id(route))
            self.routes.append(route)
            added.append(route)
        return added

    def _handlers_to_register(self, value: Any) -> list[tuple[str, BaseRouteHandler]]:
        from litestar.controller import Controller

        if isinstance(value, Router):
            if value is self:
                raise ImproperlyConfiguredException("A router cannot be registered on itself.")
            # NOTE: a router already registered elsewhere (e.g. one module-level router
            # used by several apps) is registered as a copy, so both owners keep their layers.
            clones: dict[int, Any] | None = None
            if value.owner is not None and value.owner is not self:
                clone = copy.copy(value)
                clones = {id(value): clone}
                value = clone
            value.owner = self
            pairs: list[tuple[str, BaseRouteHandler]] = []
            for route in value.routes:
                for handler in _route_handlers(route):
                    if getattr(handler, "_is_auto_options", False):
                        continue
                    if clones is not None:
                        handler = handler._copy(owner=_clone_layer(handler.owner, clones))
                    pairs.append((join_paths([self.path, route.path]), handler))
            return pairs
        if isinstance(value, type) and issubclass(value, Controller):
            controller = value(owner=self)
            return [
                (join_paths([self.path, path]), handler)
                for handler in controller.get_route_handlers()
                for path in handler.paths
            ]
        if isinstance(value, type) and _is_listener_class(value):
            value = value(self).to_handler()
        if isinstance(value, BaseRouteHandler):
            handler = value._copy(owner=self)
            return [(join_paths([self.path, path]), handler) for path in sorted(handler.paths)]
        if isinstance(value, Controller):
            raise ImproperlyConfiguredException(
                f"Register the controller class {type(value).__name__}, not an instance of it."
            )
        if callable(value):
            raise ImproperlyConfiguredException(
                f"{getattr(value, '__qualname__', value)!r} is not a route handler: decorate it with "
                f"@get/@post/... (or @route/@asgi/@websocket) before registering it."
            )
        raise ImproperlyConfiguredException(
            f"Cannot register {value!r}: expected a route handler, Controller or Router."
        )

    def _add_route(self, path: str, handler: BaseRouteHandler) -> BaseRoute:
        try:
            return self._add_route_unchecked(path, handler)
        except ImproperlyConfiguredException as exc:
            detail = str(exc.detail)
            location = handler.location
            if location in detail:
                raise
            # NOTE: path template errors are found by the route, which does not know
            # the handler; name it so the user knows which decorator to fix.
            raise ImproperlyConfiguredException(f"{location}: {detail}") from None

    def _add_route_unchecked(self, path: str, handler: BaseRouteHandler) -> BaseRoute:
        self.registered_route_handler_ids.add(handler.handler_id)
        if isinstance(handler, HTTPRouteHandler):
            key = ("http", path)
            existing = self._routes_by_key.get(key)
            if isinstance(existing, HTTPRoute):
                if id(existing) in self._shared_routes:
                    # The route belongs to a sub-router too: modify a copy of it.
                    self._shared_routes.discard(id(existing))
                    copied = HTTPRoute(path=path, route_handlers=list(existing.route_handlers))
                    self.routes[self.routes.index(existing)] = copied
                    self._routes_by_key[key] = copied
                    existing = copied
                existing.add_handler(handler)
                return existing
            route: BaseRoute = HTTPRoute(path=path, route_handlers=[handler])
        elif isinstance(handler, ASGIRouteHandler):
            key = ("asgi", path)
            if key in self._routes_by_key:
                raise ImproperlyConfiguredException(f"Duplicate ASGI route on {path!r}: {handler.location}")
            route = ASGIRoute(path=path, route_handler=handler)
        else:
            key = ("websocket", path)
            if key in self._routes_by_key:
                raise ImproperlyConfiguredException(
                    f"Duplicate websocket route on {path!r}: {handler.location}"
                )
            route = WebSocketRoute(path=path, route_handler=handler)  # type: ignore[arg-type]
        self._routes_by_key[key] = route
        self.routes.append(route)
        return route

    # -- introspection ----------------------------------------------------------------

    @property
    def route_handler_method_map(self) -> dict[str, dict[str, Any]]:
        """Path -> {method or "websocket"/"asgi": handler}."""
        result: dict[str, dict[str, Any]] = {}
        for route in self.routes:
            entry = result.setdefault(route.path, {})
            entry.update(self.get_route_handler_map(route))
        return result

    @classmethod
    def get_route_handler_map(cls, value: Any) -> dict[str, Any]:
        """Map a route's methods (or ``"websocket"``/``"asgi"``) to its handlers."""
        if isinstance(value, HTTPRoute):
            return dict(value.route_handler_map)
        if isinstance(value, WebSocketRoute):
            return {"websocket": value.route_handler}
        if isinstance(value, ASGIRoute):
            return {"asgi": value.route_handler}
        if isinstance(value, HTTPRouteHandler):
            return {method: value for method in value.http_methods}
        if isinstance(value, ASGIRouteHandler):
            return {"asgi": value}
        if isinstance(value, BaseRouteHandler):
            return {"websocket": value}
        raise ImproperlyConfiguredException(f"Cannot build a handler map for {value!r}")


def _clone_layer(layer: Any, clones: dict[int, Any]) -> Any:
    """Copy ``layer`` and its owners up to the cloned router (each layer copied once)."""
    clone = clones.get(id(layer))
    if clone is None:
        clone = copy.copy(layer)
        clone.owner = _clone_layer(layer.owner, clones)
        clones[id(layer)] = clone
    return clone


def _is_listener_class(value: type) -> bool:
    from litestar.handlers.websocket_handlers.listener import WebsocketListener

    return issubclass(value, WebsocketListener)


def _route_key(route: BaseRoute) -> tuple[str, str]:
    if isinstance(route, HTTPRoute):
        return ("http", route.path)
    if isinstance(route, ASGIRoute):
        return ("asgi", route.path)
    return ("websocket", route.path)


def _route_handlers(route: BaseRoute) -> list[BaseRouteHandler]:
    if isinstance(route, HTTPRoute):
        return list(route.route_handlers)
    return [route.route_handler]  # type: ignore[attr-defined]
