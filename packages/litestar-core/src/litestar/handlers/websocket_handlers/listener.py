"""``@websocket_listener`` and ``WebsocketListener``: a callback per received message.

The framework owns the connection: it accepts it, receives every message, decodes it
into the ``data`` argument, calls the listener and sends back whatever it returns
(nothing for ``None``), until the client disconnects. Dependencies and parameters are
resolved once per connection and shared by the listener and its hooks.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, Callable, Coroutine, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from litestar._signature import parse_signature
from litestar.connection.websocket import WebSocket
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.exceptions.websocket_exceptions import WebSocketDisconnect
from litestar.handlers.websocket_handlers._parts import (
    build_data_decoder,
    build_frame_encoder,
    build_guard_runner,
    build_send_handler,
    compile_websocket_plan,
    merge_signatures,
)
from litestar.handlers.websocket_handlers._utils import ListenerHandler
from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager
    from typing import Self

    from litestar._kwargs._plan import KwargsPlan
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import ExceptionHandlersMap
    from litestar.router import Router
    from litestar.types._callables import AnyCallable
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._pieces import DTOProtocol
    from litestar.types._protocols import RouteProtocol
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send, WebSocketMode
    from litestar.types.empty import EmptyType

__all__ = ("WebsocketListener", "WebsocketListenerRouteHandler", "websocket_listener")

_EXCLUDED = frozenset({"data"})


async def _call(fn: Callable[..., Any], kwargs: Mapping[str, Any]) -> Any:
    result = fn(**kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


class WebsocketListenerRouteHandler(WebsocketRouteHandler):
    """Route handler calling a listener for every message received on the connection."""

    connection_accept_handler: Any
    on_accept: Any
    on_disconnect: Any

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        *,
        connection_accept_handler: Callable[
            [WebSocket[Any, Any, Any]], Coroutine[Any, Any, None]
        ] = WebSocket.accept,
        connection_lifespan: Callable[..., AbstractAsyncContextManager[Any]] | None = None,
        dependencies: Dependencies | None = None,
        dto: type[DTOProtocol] | EmptyType | None = Empty,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        middleware: Sequence[Middleware] | None = None,
        receive_mode: WebSocketMode = "text",
        send_mode: WebSocketMode = "text",
        name: str | None = None,
        on_accept: AnyCallable | None = None,
        on_disconnect: AnyCallable | None = None,
        opt: Mapping[str, Any] | None = None,
        return_dto: type[DTOProtocol] | EmptyType | None = Empty,
        signature_namespace: Mapping[str, Any] | None = None,
        type_decoders: TypeDecodersSequence | None = None,
        type_encoders: TypeEncodersMap | None = None,
        websocket_class: type[WebSocket[Any, Any, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        """Initialise the handler.

        Args:
            path: One path or a list of paths served by the handler.
            connection_accept_handler: ``await handler(socket)`` accepts the connection.
            connection_lifespan: ``lifespan(socket, ...)`` returning an async context
                manager wrapping the whole connection; replaces the accept handler and
                the ``on_accept``/``on_disconnect`` hooks, and sees the disconnect as
                :class:`~litestar.exceptions.WebSocketDisconnect`.
            dependencies: Dependency providers, by parameter name.
            dto: A DTO for ``data``.
            exception_handlers: Exception handlers, by status code or exception class.
            guards: Callables ``guard(connection, handler)`` run before accepting.
            middleware: Middleware wrapping the handler.
            receive_mode: Read ``"text"`` or ``"binary"`` frames.
            send_mode: Send ``"text"`` or ``"binary"`` frames.
            name: A unique name, for reverse routing.
            on_accept: Called once the connection is accepted.
            on_disconnect: Called once the connection is closed.
            opt: Arbitrary options, merged with those of the upper layers.
            return_dto: A DTO for return values.
            signature_namespace: Names used to resolve the handler's annotations.
            type_decoders: ``(predicate, decoder)`` pairs used to build ``data``.
            type_encoders: ``{type: encoder}`` used to encode return values.
            websocket_class: The connection class.
            **kwargs: Extra options, stored in ``opt``.

        Raises:
            ImproperlyConfiguredException: If ``connection_lifespan`` is combined with a hook.
        """
        if connection_lifespan is not None and (
            on_accept is not None
            or on_disconnect is not None
            or connection_accept_handler is not WebSocket.accept
        ):
            raise ImproperlyConfiguredException(
                "connection_lifespan can not be used with connection hooks "
                "(on_accept, on_disconnect, connection_accept_handler)"
            )
        super().__init__(
            path,
            dependencies=dependencies,
            exception_handlers=exception_handlers,
            guards=guards,
            middleware=middleware,
            name=name,
            opt=opt,
            signature_namespace=signature_namespace,
            websocket_class=websocket_class,
            dto=dto,
            return_dto=return_dto,
            type_decoders=type_decoders,
            type_encoders=type_encoders,
            **kwargs,
        )
        self.connection_accept_handler = connection_accept_handler
        self.connection_lifespan = connection_lifespan
        self.on_accept = on_accept
        self.on_disconnect = on_disconnect
        self._receive_mode: WebSocketMode = receive_mode
        self._send_mode: WebSocketMode = send_mode

    def __call__(self, fn: AnyCallable) -> Self:
        """Decorate the listener ``fn``; it must take a ``data`` parameter.

        The handler keeps ``fn`` wrapped in a :class:`ListenerHandler` as its ``_fn``, as
        2.17 does; ``fn`` itself names the handler and gives the signature.
        """
        signature = inspect.signature(fn)
        params = signature.parameters
        if "data" not in params:
            raise ImproperlyConfiguredException("Websocket listeners must accept a 'data' parameter")
        for reserved in ("request", "body"):
            if reserved in params:
                raise ImproperlyConfiguredException(
                    f"The {reserved} kwarg is not supported with websocket listeners"
                )
        if params["data"].annotation is inspect.Parameter.empty:
            raise ImproperlyConfiguredException(
                "'data' does not have a type annotation. If it should receive any value, use 'Any'."
            )
        return super().__call__(ListenerHandler(self, fn, signature, dict(self.signature_namespace)))

    @property
    def _user_fn(self) -> Any:
        fn = self._fn
        return fn._fn if isinstance(fn, ListenerHandler) else fn

    def _validate_handler(self) -> None:
        """Listeners may be sync or async and return anything: nothing more to check."""

    @property
    def signature_model(self) -> Any:
        """The compiled argument plan shared by the listener and its hooks."""
        return getattr(self, "_kwargs_plan", None)

    @asynccontextmanager
    async def default_connection_lifespan(
        self,
        socket: WebSocket[Any, Any, Any],
        on_accept_dependencies: dict[str, Any] | None = None,
        on_disconnect_dependencies: dict[str, Any] | None = None,
    ) -> AsyncGenerator[None, None]:
        """Accept, run ``on_accept``; on exit swallow the disconnect and run ``on_disconnect``.

        Args:
            socket: The connection.
            on_accept_dependencies: Keyword arguments of ``on_accept``.
            on_disconnect_dependencies: Keyword arguments of ``on_disconnect``.
        """
        await self.connection_accept_handler(socket)
        if self.on_accept is not None:
            await _call(self.on_accept, on_accept_dependencies or {})
        try:
            yield
        except WebSocketDisconnect:
            pass
        finally:
            if self.on_disconnect is not None:
                await _call(self.on_disconnect, on_disconnect_dependencies or {})

    def resolve_receive_handler(self) -> Callable[[WebSocket[Any, Any, Any]], Any]:
        """Return ``await receive(socket)``: the next message decoded for ``data``."""
        mode = self._receive_mode
        decode = self._data_decoder()

        async def receive(socket: WebSocket[Any, Any, Any]) -> Any:
            return decode(await socket.receive_data(mode))

        return receive

    def resolve_send_handler(self) -> Callable[[WebSocket[Any, Any, Any], Any], Coroutine[None, None, None]]:
        """Return ``await send(socket, value)`` encoding ``value`` for the send mode."""
        return build_send_handler(self._send_mode, self.default_serializer)  # type: ignore[return-value]

    def _data_decoder(self) -> Callable[[str | bytes], Any]:
        data = self.parsed_fn_signature.parameters["data"]
        return build_data_decoder(data.annotation, self._receive_mode, self.resolve_type_decoders())

    def _hooks(self) -> list[tuple[str, Callable[..., Any]]]:
        hooks = []
        for attr in ("on_accept", "on_disconnect", "connection_lifespan"):
            hook = getattr(self, attr)
            if hook is not None:
                hooks.append((attr, hook))
        return hooks

    def create_kwargs_model(self, path_parameters: dict[str, Any]) -> KwargsPlan:
        """Compile one plan for the listener and its hooks (``data`` excluded)."""
        namespace = self.resolve_signature_namespace()
        signatures = [self.parsed_fn_signature]
        signatures.extend(parse_signature(hook, namespace) for _, hook in self._hooks())
        return compile_websocket_plan(self, merge_signatures(signatures, _EXCLUDED), path_parameters)

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """Return the terminal ASGI app serving ``route`` (the app adds the middleware)."""
        return _compile_listener(self, self._compile_plan(route), app)


def _dto_decoder(dto: Any) -> Callable[[str | bytes], Any]:
    def decode(payload: str | bytes) -> Any:
        return dto.decode_bytes(payload.encode() if isinstance(payload, str) else payload)

    return decode


def _dto_encoder(dto: Any, encode_frame: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def encode(result: Any) -> Any:
        return encode_frame(dto.data_to_encodable_type(result))

    return encode


def _arg_names(fn: Callable[..., Any], namespace: dict[str, Any]) -> tuple[str, ...]:
    return tuple(name for name in parse_signature(fn, namespace).parameters if name != "data")


def _listener_dtos(handler: WebsocketListenerRouteHandler, app: Any) -> tuple[Any, Any]:
    """The DTOs of the listener's ``data`` and return value, bound at startup."""
    from litestar.handlers._dto import resolve_dtos

    for name in ("dto", "return_dto"):
        if handler._innermost(name, Empty) not in (None, Empty):
            from litestar._discovery import require_piece

            require_piece("dto", feature=f"{name}=")
    data = handler.parsed_fn_signature.parameters["data"]
    return resolve_dtos(handler, app, data.annotation, handler.parsed_return_field)


def _compile_listener(handler: WebsocketListenerRouteHandler, plan: KwargsPlan, app: Any = None) -> ASGIApp:
    fn = handler._bind(handler._user_fn)
    namespace = handler.resolve_signature_namespace()
    fn_args = tuple(name for name in handler.parsed_fn_signature.parameters if name != "data")
    call_target = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else getattr(fn, "__call__", fn)  # noqa: B004
    is_async = inspect.iscoroutinefunction(call_target)
    socket_class = handler.resolve_websocket_class()
    run_guards = build_guard_runner(handler)
    resolve = plan.resolve
    dependency_plan = plan.dependency_plan
    has_cleanup = dependency_plan is not None and dependency_plan.has_cleanup
    decode = handler._data_decoder()
    encode_frame = build_frame_encoder(handler._send_mode, handler.default_serializer)
    data_dto, return_dto = _listener_dtos(handler, app) if app is not None else (None, None)
    binary = handler._receive_mode == "binary"
    frame_key = "bytes" if binary else "text"
    empty_frame: str | bytes = b"" if binary else ""
    accept_handler = handler.connection_accept_handler
    default_accept = accept_handler is WebSocket.accept
    on_accept = handler.on_accept
    on_accept_args = _arg_names(on_accept, namespace) if on_accept is not None else ()
    on_disconnect = handler.on_disconnect
    on_disconnect_args = _arg_names(on_disconnect, namespace) if on_disconnect is not None else ()
    lifespan = handler.connection_lifespan
    lifespan_args = _arg_names(lifespan, namespace) if lifespan is not None else ()

    async def listen(
        socket: WebSocket[Any, Any, Any],
        receive: Receive,
        send: Send,
        kwargs: dict[str, Any],
        raise_on_disconnect: bool,
    ) -> None:
        # PERF: the raw ASGI callables, not the socket's wrappers: the loop keeps
        # ``connection_state`` up to date itself, so code using ``socket`` sees no difference.
        fn_kwargs = {name: kwargs[name] for name in fn_args}
        decode_frame = decode if data_dto is None else _dto_decoder(data_dto(socket))
        encode = encode_frame if return_dto is None else _dto_encoder(return_dto(socket), encode_frame)
        while True:
            if socket.connection_state == "disconnect":
                raise WebSocketDisconnect(detail="connection is disconnected")
            message: Any = await receive()
            if message["type"] != "websocket.receive":
                socket.connection_state = "disconnect"
                if raise_on_disconnect:
                    raise WebSocketDisconnect(detail="disconnect event", code=message.get("code", 1000))
                return
            socket.connection_state = "receive"
            payload: Any = message.get(frame_key) or empty_frame
            result = fn(data=decode_frame(payload), **fn_kwargs)
            if is_async:
                result = await result
            if result is not None:
                # NOTE: the listener may have received the disconnect through ``socket``.
                if socket.connection_state == "disconnect":  # type: ignore[comparison-overlap]
                    raise WebSocketDisconnect(detail="connection is disconnected")
                await send(encode(result))

    async def run_default(
        socket: WebSocket[Any, Any, Any], receive: Receive, send: Send, kwargs: dict[str, Any]
    ) -> None:
        if default_accept:
            await socket.accept()
        else:
            await accept_handler(socket)
        if on_accept is not None:
            await _call(on_accept, {name: kwargs[name] for name in on_accept_args})
        try:
            await listen(socket, receive, send, kwargs, False)
        except WebSocketDisconnect:
            pass
        finally:
            if on_disconnect is not None:
                await _call(on_disconnect, {name: kwargs[name] for name in on_disconnect_args})

    async def run_lifespan(
        socket: WebSocket[Any, Any, Any], receive: Receive, send: Send, kwargs: dict[str, Any]
    ) -> None:
        assert lifespan is not None
        async with lifespan(**{name: kwargs[name] for name in lifespan_args}):
            if socket.connection_state == "init":
                await socket.accept()
            await listen(socket, receive, send, kwargs, True)

    run = run_default if lifespan is None else run_lifespan

    async def serve(scope: Scope, receive: Receive, send: Send) -> None:
        socket = socket_class(scope, receive, send)
        if run_guards is not None:
            await run_guards(socket)
        if not has_cleanup:
            await run(socket, receive, send, await resolve(scope, socket, None))  # type: ignore[arg-type]
            return
        cleanups: list[Any] = []
        try:
            await run(socket, receive, send, await resolve(scope, socket, cleanups))  # type: ignore[arg-type]
        except BaseException as exc:
            await dependency_plan.finalize(cleanups, exc)
            raise
        await dependency_plan.finalize(cleanups, None)

    return serve


websocket_listener = WebsocketListenerRouteHandler
"""Decorator form of :class:`WebsocketListenerRouteHandler`: ``@websocket_listener("/path")``."""


class WebsocketListener(ABC):
    """Class-based listener: subclass it, set options as class attributes, implement ``on_receive``.

    Register the class itself on an app, router or controller; the router instantiates
    it with itself as ``owner`` and registers :meth:`to_handler`.
    """

    path: str | list[str] | None = None
    """One path or a list of paths served by the listener."""
    dependencies: Dependencies | None = None
    """Dependency providers, by parameter name."""
    dto: type[DTOProtocol] | EmptyType | None = Empty
    """A DTO for ``data``."""
    exception_handlers: ExceptionHandlersMap | None = None
    """Exception handlers, by status code or exception class."""
    guards: list[Guard] | None = None
    """Guards run before accepting the connection."""
    middleware: list[Middleware] | None = None
    """Middleware wrapping the handler."""
    receive_mode: WebSocketMode = "text"
    """Read ``"text"`` or ``"binary"`` frames."""
    send_mode: WebSocketMode = "text"
    """Send ``"text"`` or ``"binary"`` frames."""
    name: str | None = None
    """A unique name, for reverse routing."""
    opt: dict[str, Any] | None = None
    """Arbitrary options."""
    return_dto: type[DTOProtocol] | EmptyType | None = Empty
    """A DTO for return values."""
    signature_namespace: Mapping[str, Any] | None = None
    """Names used to resolve the annotations of the methods."""
    type_decoders: TypeDecodersSequence | None = None
    """``(predicate, decoder)`` pairs used to build ``data``."""
    type_encoders: TypeEncodersMap | None = None
    """``{type: encoder}`` used to encode return values."""
    websocket_class: type[WebSocket[Any, Any, Any]] | None = None
    """The connection class."""

    def __init__(self, owner: Router) -> None:
        """Initialise the listener.

        Args:
            owner: The router (or app, or controller) the listener is registered on.
        """
        self._owner = owner

    def to_handler(self) -> WebsocketListenerRouteHandler:
        """Build the route handler calling this instance's methods."""
        cls = type(self)
        handler = WebsocketListenerRouteHandler(
            path=self.path,
            dependencies=self.dependencies,
            dto=self.dto,
            exception_handlers=self.exception_handlers,
            guards=self.guards,
            middleware=self.middleware,
            receive_mode=self.receive_mode,
            send_mode=self.send_mode,
            name=self.name,
            on_accept=self.on_accept if cls.on_accept is not WebsocketListener.on_accept else None,
            on_disconnect=self.on_disconnect
            if cls.on_disconnect is not WebsocketListener.on_disconnect
            else None,
            opt=self.opt,
            return_dto=self.return_dto,
            signature_namespace=self.signature_namespace,
            type_decoders=self.type_decoders,
            type_encoders=self.type_encoders,
            websocket_class=self.websocket_class,
        )(self.on_receive)
        handler.owner = self._owner
        return handler

    # Optional hooks: a listener overrides only the ones it needs, so they are not abstract.
    def on_accept(self, *args: Any, **kwargs: Any) -> Any:  # noqa: B027
        """Called once the connection is accepted; takes ``socket`` and dependencies."""

    def on_disconnect(self, *args: Any, **kwargs: Any) -> Any:  # noqa: B027
        """Called once the connection is closed; takes ``socket`` and dependencies."""

    @abstractmethod
    def on_receive(self, *args: Any, **kwargs: Any) -> Any:
        """Called with each received message as ``data``; the return value is sent back."""
        raise NotImplementedError  # pragma: no cover
