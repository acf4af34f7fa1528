"""``@websocket``: a coroutine function that drives one WebSocket connection itself."""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.websocket_handlers._parts import (
    build_guard_runner,
    compile_websocket_plan,
    qualified_name,
)

if TYPE_CHECKING:
    from litestar._kwargs._plan import KwargsPlan
    from litestar.connection.websocket import WebSocket
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import ExceptionHandlersMap
    from litestar.types._composites import Dependencies
    from litestar.types._protocols import AppProtocol, RouteProtocol
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send

__all__ = ("WebsocketRouteHandler", "websocket")

_NONE_RETURNS = (None, type(None))


class WebsocketRouteHandler(BaseRouteHandler):
    """Route handler for ``async def handler(socket: WebSocket, ...) -> None``.

    The handler receives the connection as ``socket`` plus any path, query, header and
    cookie parameters and dependencies, and accepts, uses and closes it itself.
    """

    websocket_class: type[Any] | None
    table_slot: ClassVar[Literal["asgi", "http", "websocket"]] = "websocket"

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        *,
        dependencies: Dependencies | None = None,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        middleware: Sequence[Middleware] | None = None,
        name: str | None = None,
        opt: Mapping[str, Any] | None = None,
        signature_namespace: Mapping[str, Any] | None = None,
        websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        """Initialise the handler.

        Args:
            path: One path or a list of paths served by the handler.
            dependencies: Dependency providers, by parameter name.
            exception_handlers: Exception handlers, by status code or exception class.
            guards: Callables ``guard(connection, handler)`` run before the handler.
            middleware: Middleware wrapping the handler.
            name: A unique name, for reverse routing.
            opt: Arbitrary options, merged with those of the upper layers.
            signature_namespace: Names used to resolve the handler's annotations.
            websocket_class: The connection class; defaults to the layered one, then
                :class:`~litestar.connection.WebSocket`.
            **kwargs: Extra options, stored in ``opt``.
        """
        super().__init__(
            path,
            dependencies=dependencies,
            exception_handlers=exception_handlers,
            guards=guards,
            middleware=middleware,
            name=name,
            opt=opt,
            signature_namespace=signature_namespace,
            **kwargs,
        )
        self.websocket_class = websocket_class

    def resolve_websocket_class(self) -> type[WebSocket[Any, Any, Any]]:
        """The innermost ``websocket_class`` set on a layer, or ``WebSocket``."""
        value = self._resolved.get("websocket_class")
        if value is None:
            value = self._innermost("websocket_class")
            if value is None:
                from litestar.connection.websocket import WebSocket

                value = WebSocket
            self._resolved["websocket_class"] = value
        return value

    def on_registration(self, app: AppProtocol) -> None:
        """Resolve layered options and check the handler's signature."""
        super().on_registration(app)
        self._validate_handler()

    def _validate_handler(self) -> None:
        fn = self.fn
        name = qualified_name(fn)
        call = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else getattr(fn, "__call__", fn)  # noqa: B004
        if not inspect.iscoroutinefunction(call):
            raise ImproperlyConfiguredException(f"{name}: WebSocket handler functions must be asynchronous")
        signature = self.parsed_fn_signature
        if signature.return_annotation not in _NONE_RETURNS:
            raise ImproperlyConfiguredException(f"{name}: WebSocket handlers must return 'None'")
        params = signature.parameters
        if "socket" not in params:
            raise ImproperlyConfiguredException(
                f"{name}: WebSocket handlers must define a 'socket' parameter"
            )
        for reserved in ("request", "body", "data"):
            if reserved in params:
                raise ImproperlyConfiguredException(
                    f"{name}: The {reserved} kwarg is not supported with websocket handlers"
                )

    def create_kwargs_model(self, path_parameters: dict[str, Any]) -> KwargsPlan:
        """Compile and return the argument plan for the given path parameters."""
        return compile_websocket_plan(self, self.parsed_fn_signature, path_parameters)

    def _compile_plan(self, route: RouteProtocol) -> KwargsPlan:
        """Compile the argument plan for ``route``; keep it on the handler and the route."""
        plan = self.create_kwargs_model({name: p.type for name, p in route.path_parameters.items()})
        self._kwargs_plan = plan
        if hasattr(route, "handler_parameter_model"):
            route.handler_parameter_model = plan
        return plan

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """Return the terminal ASGI app serving ``route`` (the app adds the middleware)."""
        return _compile_endpoint(self, self._compile_plan(route))


def _compile_endpoint(handler: WebsocketRouteHandler, plan: KwargsPlan) -> ASGIApp:
    fn = handler.fn
    socket_class = handler.resolve_websocket_class()
    run_guards = build_guard_runner(handler)
    resolve = plan.resolve
    dependency_plan = plan.dependency_plan
    has_cleanup = dependency_plan is not None and dependency_plan.has_cleanup

    if run_guards is None and not has_cleanup:

        async def serve(scope: Scope, receive: Receive, send: Send) -> None:
            socket = socket_class(scope, receive, send)
            await fn(**await resolve(scope, socket, None))  # type: ignore[arg-type]

        return serve

    async def serve_full(scope: Scope, receive: Receive, send: Send) -> None:
        socket = socket_class(scope, receive, send)
        if run_guards is not None:
            await run_guards(socket)
        if not has_cleanup:
            await fn(**await resolve(scope, socket, None))  # type: ignore[arg-type]
            return
        cleanups: list[Any] = []
        try:
            await fn(**await resolve(scope, socket, cleanups))  # type: ignore[arg-type]
        except BaseException as exc:
            await dependency_plan.finalize(cleanups, exc)
            raise
        await dependency_plan.finalize(cleanups, None)

    return serve_full


websocket = WebsocketRouteHandler
"""Decorator form of :class:`WebsocketRouteHandler`: ``@websocket("/path")``."""
