"""``ListenerHandler``: what a websocket listener handler keeps as its ``_fn``.

Kept for third-party packages: 2.17 wraps the decorated listener in this object, and
packages reach through it for the user's function (dishka's ``DishkaRouter`` tests
``isinstance(handler._fn, ListenerHandler)`` and re-decorates ``handler._fn._fn``).
The app does not call it: it compiles the listener once (``listener.py``). Calling it
serves one connection the way 2.17's does, for code that calls ``handler.fn`` itself.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar._signature import ParsedSignature
    from litestar.connection.websocket import WebSocket
    from litestar.types._callables import AnyCallable

__all__ = ("ListenerHandler",)

_NONE_RETURNS = (None, type(None), "None")


class ListenerHandler:
    """The listener ``_fn`` wrapped with what serving it needs to know."""

    __slots__ = ("_can_send_data", "_fn", "_listener", "_pass_socket")

    def __init__(
        self,
        listener: Any,
        fn: AnyCallable,
        parsed_signature: ParsedSignature | inspect.Signature,
        namespace: dict[str, Any],
    ) -> None:
        """Wrap ``fn``, the callable decorated by ``listener``.

        Args:
            listener: The ``WebsocketListenerRouteHandler`` decorating ``fn``.
            fn: The user's listener, called with ``data`` for every message.
            parsed_signature: ``fn``'s signature (parsed, or as ``inspect`` gives it).
            namespace: The names its annotations were resolved with.
        """
        self._listener = listener
        self._fn = fn
        self._pass_socket = "socket" in parsed_signature.parameters
        self._can_send_data = parsed_signature.return_annotation not in _NONE_RETURNS

    async def __call__(
        self,
        *args: Any,
        socket: WebSocket[Any, Any, Any],
        connection_lifespan_dependencies: dict[str, Any],
        **kwargs: Any,
    ) -> None:
        """Serve ``socket``: call the listener with each message, send back what it returns.

        Args:
            *args: Positional arguments of the listener.
            socket: The connection.
            connection_lifespan_dependencies: Keyword arguments of the connection lifespan
                (``socket`` among them for the default one).
            **kwargs: Keyword arguments of the listener, besides ``data``.
        """
        listener = self._listener
        lifespan = listener.connection_lifespan or listener.default_connection_lifespan
        receive = listener.resolve_receive_handler()
        send = listener.resolve_send_handler()
        if self._pass_socket:
            kwargs["socket"] = socket
        async with lifespan(**connection_lifespan_dependencies):
            while True:
                result = self._fn(*args, data=await receive(socket), **kwargs)
                if inspect.isawaitable(result):
                    result = await result
                if self._can_send_data and result is not None:
                    await send(socket, result)
