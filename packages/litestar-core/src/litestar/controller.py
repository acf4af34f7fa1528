"""``Controller``: a class grouping route handlers under a path, with shared options."""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.base import BaseRouteHandler
from litestar.types.empty import Empty
from litestar.utils.path import join_paths, normalize_path

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.connection.websocket import WebSocket
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.headers import CacheControlHeader, ETag
    from litestar.datastructures.response_header import ResponseHeaders
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
    from litestar.router import Router
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._pieces import DTOProtocol, SecurityRequirementProtocol
    from litestar.types.empty import EmptyType

__all__ = ("Controller",)

_HOOK_ATTRIBUTES = ("after_request", "after_response", "before_request")


class Controller:
    """Subclass it and decorate methods with ``@get``/``@post``...; register the class.

    Class attributes (``path``, ``dependencies``, ``guards``, ``middleware``...) form a
    layer between the router and the handlers.
    """

    after_request: AfterRequestHookHandler | None = None
    after_response: AfterResponseHookHandler | None = None
    before_request: BeforeRequestHookHandler | None = None
    cache_control: CacheControlHeader | None = None
    dependencies: Dependencies | None = None
    dto: type[DTOProtocol] | EmptyType | None = Empty
    etag: ETag | None = None
    exception_handlers: ExceptionHandlersMap | None = None
    guards: Sequence[Guard] | None = None
    include_in_schema: bool | EmptyType = Empty
    middleware: Sequence[Middleware] | None = None
    opt: Mapping[str, Any] | None = None
    owner: Router
    parameters: ParametersMap | None = None
    path: str = ""
    request_class: type[Request[Any, Any, Any]] | None = None
    request_max_body_size: int | EmptyType | None = Empty
    response_class: type[Response[Any]] | None = None
    response_cookies: ResponseCookies | None = None
    response_headers: ResponseHeaders | None = None
    return_dto: type[DTOProtocol] | EmptyType | None = Empty
    security: Sequence[SecurityRequirementProtocol] | None = None
    signature_namespace: Mapping[str, Any] | None = None
    signature_types: Sequence[Any] | None = None
    tags: Sequence[str] | None = None
    type_decoders: TypeDecodersSequence | None = None
    type_encoders: TypeEncodersMap | None = None
    websocket_class: type[WebSocket[Any, Any, Any]] | None = None

    _is_controller_instance = True

    def __init__(self, owner: Router) -> None:
        self.owner = owner
        self.path = normalize_path(self.path) if self.path else ""
        if self.path == "/":
            self.path = ""
        namespace = dict(self.signature_namespace or {})
        for t in self.signature_types or ():
            namespace[getattr(t, "__name__", str(t))] = t
        self.signature_namespace = namespace
        # NOTE: a function stored as a class attribute would bind to the instance on
        # attribute access; hooks take only their own arguments, so keep them unbound.
        for hook in _HOOK_ATTRIBUTES:
            value = getattr(type(self), hook)
            if inspect.isfunction(value):
                setattr(self, hook, value)

    def get_route_handlers(self) -> list[BaseRouteHandler]:
        """Copies of the class's handlers, owned by this instance, paths prefixed."""
        handlers: list[BaseRouteHandler] = []
        seen: set[str] = set()
        for klass in type(self).__mro__:
            for name, value in vars(klass).items():
                if name in seen or not isinstance(value, BaseRouteHandler):
                    continue
                seen.add(name)
                handler = value._copy(owner=self)
                handler.paths = {join_paths([self.path, p]) if self.path else p for p in value.paths}
                handlers.append(handler)
        self.validate_route_handlers(handlers)
        return handlers

    def validate_route_handlers(self, route_handlers: list[BaseRouteHandler]) -> None:
        """A controller without handlers is a configuration error."""
        if not route_handlers:
            raise ImproperlyConfiguredException(
                f"Controller {type(self).__qualname__} has no route handlers: decorate its methods with "
                f"@get/@post/... ."
            )

    def as_router(self) -> Router:
        """A :class:`Router` holding this controller's handlers."""
        from litestar.router import Router

        router = Router(path="", route_handlers=[])
        for handler in self.get_route_handlers():
            for path in handler.paths:
                router._add_route(path, handler)
        return router
