"""``@websocket_stream``: send every value an async generator yields, then close."""

from __future__ import annotations

import collections.abc
import warnings
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, get_origin

from litestar.exceptions.base_exceptions import LitestarWarning
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.exceptions.websocket_exceptions import WebSocketDisconnect
from litestar.handlers.base import BaseRouteHandler
from litestar.handlers.websocket_handlers._parts import (
    build_guard_runner,
    build_send_handler,
    qualified_name,
)
from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from typing import Self

    from litestar._kwargs._plan import KwargsPlan
    from litestar.connection.websocket import WebSocket
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import ExceptionHandlersMap
    from litestar.types._composites import Dependencies, TypeEncodersMap
    from litestar.types._pieces import DTOProtocol
    from litestar.types._protocols import AppProtocol, RouteProtocol
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send, WebSocketMode
    from litestar.types.empty import EmptyType

__all__ = ("WebSocketStreamHandler", "send_websocket_stream", "websocket_stream")

_DISCARD_WARNING = (
    "received data from websocket while listening for client disconnect in a websocket_stream. "
    "listen_for_disconnect is not safe to use when attempting to receive data from the same socket "
    "concurrently with a websocket_stream. set listen_for_disconnect=False if you're attempting to "
    "receive data from this socket or set warn_on_data_discard=False to disable this warning"
)


async def send_websocket_stream(
    socket: WebSocket[Any, Any, Any],
    stream: AsyncGenerator[Any, Any],
    *,
    close: bool = True,
    mode: WebSocketMode = "text",
    send_handler: Callable[[WebSocket[Any, Any, Any], Any], Awaitable[Any]] | None = None,
    listen_for_disconnect: bool = False,
    warn_on_data_discard: bool = True,
) -> None:
    """Send every item of ``stream`` on ``socket``.

    Args:
        socket: The connection (accepted on the first send if it is not yet).
        stream: The async generator of values to send.
        close: Close the connection once the stream is exhausted.
        mode: ``"text"`` or ``"binary"`` frames for the default ``send_handler``.
        send_handler: ``await send_handler(socket, item)`` sends one item; defaults to
            ``socket.send_data(item, mode)``, which takes ``str`` or ``bytes``.
        listen_for_disconnect: Receive concurrently and stop the stream (closing the
            generator) as soon as the client disconnects. Received data is discarded.
        warn_on_data_discard: Warn when data is discarded while listening.
    """
    if send_handler is None:

        async def send_data(socket: WebSocket[Any, Any, Any], item: Any) -> None:
            await socket.send_data(item, mode)

        send_handler = send_data

    if not listen_for_disconnect:
        async for item in stream:
            await send_handler(socket, item)
        if close:
            await socket.close()
        return

    if socket.connection_state == "init":
        await socket.accept()
    disconnected = False
    error: Exception | None = None
    try:
        import anyio

        async with anyio.create_task_group() as group:

            async def wait_for_disconnect() -> None:
                nonlocal disconnected
                try:
                    while True:
                        message = await socket.receive()
                        if message["type"] == "websocket.disconnect":
                            break
                        if warn_on_data_discard:
                            warnings.warn(_DISCARD_WARNING, LitestarWarning, stacklevel=2)
                except WebSocketDisconnect:
                    pass
                disconnected = True
                group.cancel_scope.cancel()

            group.start_soon(wait_for_disconnect)
            # NOTE: errors are kept out of the task group, which would wrap them in an
            # ExceptionGroup; the app's exception handling expects the original exception.
            try:
                async for item in stream:
                    await send_handler(socket, item)
            except WebSocketDisconnect:
                disconnected = True
            except Exception as exc:  # noqa: BLE001
                error = exc
            group.cancel_scope.cancel()
    finally:
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            await aclose()
    if error is not None:
        raise error
    if close and not disconnected:
        await socket.close()


class _WebSocketStreamOptions:
    """What ``websocket_stream`` hands to :class:`WebSocketStreamHandler`."""

    __slots__ = ("generator_fn", "listen_for_disconnect", "mode", "warn_on_data_discard")

    def __init__(
        self,
        generator_fn: Callable[..., AsyncGenerator[Any, Any]],
        mode: WebSocketMode,
        listen_for_disconnect: bool,
        warn_on_data_discard: bool,
    ) -> None:
        self.generator_fn = generator_fn
        self.mode = mode
        self.listen_for_disconnect = listen_for_disconnect
        self.warn_on_data_discard = warn_on_data_discard


class WebSocketStreamHandler(WebsocketRouteHandler):
    """Route handler for an async generator function; built by :func:`websocket_stream`."""

    _stream_options: _WebSocketStreamOptions

    def __call__(self, fn: _WebSocketStreamOptions) -> Self:  # type: ignore[override]
        """Take the generator function and the streaming options."""
        self._stream_options = fn
        return super().__call__(fn.generator_fn)  # type: ignore[arg-type]

    def on_registration(self, app: AppProtocol) -> None:
        """Resolve layered options and check that the function is an async generator."""
        BaseRouteHandler.on_registration(self, app)
        self._validate_handler()

    def _validate_handler(self) -> None:
        annotation = self.parsed_return_field
        if annotation is Empty:
            annotation = Any
        origin = get_origin(annotation) or annotation
        if origin is not collections.abc.AsyncGenerator:
            raise ImproperlyConfiguredException(
                f"Route handler {qualified_name(self.fn)}: 'websocket_stream' handlers must return an "
                f"'AsyncGenerator', not {type(annotation)!r}"
            )

    def compile_endpoint(self, app: AppProtocol, route: RouteProtocol) -> ASGIApp:
        """Return the terminal ASGI app serving ``route`` (the app adds the middleware)."""
        return _compile_stream(self, self._compile_plan(route))


def _compile_stream(handler: WebSocketStreamHandler, plan: KwargsPlan) -> ASGIApp:
    options = handler._stream_options
    fn = handler.fn
    mode = options.mode
    listen = options.listen_for_disconnect
    warn = options.warn_on_data_discard
    send_handler = build_send_handler(mode, handler.default_serializer)
    socket_class = handler.resolve_websocket_class()
    run_guards = build_guard_runner(handler)
    resolve = plan.resolve
    dependency_plan = plan.dependency_plan
    has_cleanup = dependency_plan is not None and dependency_plan.has_cleanup

    async def stream(socket: WebSocket[Any, Any, Any], kwargs: dict[str, Any]) -> None:
        await socket.accept()
        await send_websocket_stream(
            socket,
            fn(**kwargs),
            close=True,
            mode=mode,
            send_handler=send_handler,
            listen_for_disconnect=listen,
            warn_on_data_discard=warn,
        )

    async def serve(scope: Scope, receive: Receive, send: Send) -> None:
        socket = socket_class(scope, receive, send)
        if run_guards is not None:
            await run_guards(socket)
        if not has_cleanup:
            await stream(socket, await resolve(scope, socket, None))  # type: ignore[arg-type]
            return
        cleanups: list[Any] = []
        try:
            await stream(socket, await resolve(scope, socket, cleanups))  # type: ignore[arg-type]
        except BaseException as exc:
            await dependency_plan.finalize(cleanups, exc)
            raise
        await dependency_plan.finalize(cleanups, None)

    return serve


def websocket_stream(
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
    mode: WebSocketMode = "text",
    return_dto: type[DTOProtocol] | EmptyType | None = Empty,
    type_encoders: TypeEncodersMap | None = None,
    listen_for_disconnect: bool = True,
    warn_on_data_discard: bool = True,
    **kwargs: Any,
) -> Callable[[Callable[..., AsyncGenerator[Any, Any]]], WebsocketRouteHandler]:
    """Serve a WebSocket path with an async generator: each value it yields is sent.

    ``str`` and ``bytes`` values are sent as they are, anything else as JSON (with the
    layered ``type_encoders``). The connection is accepted first and closed (code 1000)
    when the generator is exhausted; if the client disconnects first, the generator is
    closed.

    Args:
        path: One path or a list of paths served by the handler.
        dependencies: Dependency providers, by parameter name.
        exception_handlers: Exception handlers, by status code or exception class.
        guards: Callables ``guard(connection, handler)`` run before accepting.
        middleware: Middleware wrapping the handler.
        name: A unique name, for reverse routing.
        opt: Arbitrary options, merged with those of the upper layers.
        signature_namespace: Names used to resolve the handler's annotations.
        websocket_class: The connection class.
        mode: Send ``"text"`` or ``"binary"`` frames.
        return_dto: A DTO for yielded values (not applied by core).
        type_encoders: ``{type: encoder}`` used to encode yielded values.
        listen_for_disconnect: Stop the generator as soon as the client disconnects.
            Do not receive on the socket yourself when this is on.
        warn_on_data_discard: Warn when data received while listening is discarded.
        **kwargs: Extra options, stored in ``opt``.

    Returns:
        A decorator turning the generator function into a route handler.
    """

    def decorator(fn: Callable[..., AsyncGenerator[Any, Any]]) -> WebsocketRouteHandler:
        handler = WebSocketStreamHandler(
            path,
            dependencies=dependencies,
            exception_handlers=exception_handlers,
            guards=guards,
            middleware=middleware,
            name=name,
            opt=opt,
            signature_namespace=signature_namespace,
            websocket_class=websocket_class,
            return_dto=return_dto,
            type_encoders=type_encoders,
            **kwargs,
        )
        return handler(_WebSocketStreamOptions(fn, mode, listen_for_disconnect, warn_on_data_discard))

    return decorator
