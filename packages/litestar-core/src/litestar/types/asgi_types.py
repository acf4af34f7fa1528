"""Typed dictionaries and aliases describing the ASGI protocol (scopes and messages).

See https://asgi.readthedocs.io/en/latest/specs/main.html; the scopes carry the extra
keys the framework sets (``app``, ``route_handler``, ``path_params``, ...).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeAlias,
    TypedDict,
)

from litestar.enums import HttpMethod

if TYPE_CHECKING:
    from litestar.enums import ScopeType
    from litestar.types._protocols import AppProtocol, RouteHandlerProtocol
    from litestar.types.empty import EmptyType
    from litestar.types.serialization import DataContainerType

__all__ = (
    "ASGIApp",
    "ASGIVersion",
    "BaseScope",
    "HTTPDisconnectEvent",
    "HTTPReceiveMessage",
    "HTTPRequestEvent",
    "HTTPResponseBodyEvent",
    "HTTPResponseStartEvent",
    "HTTPScope",
    "HTTPSendMessage",
    "HTTPServerPushEvent",
    "HeaderScope",
    "LifeSpanReceive",
    "LifeSpanReceiveMessage",
    "LifeSpanScope",
    "LifeSpanSend",
    "LifeSpanSendMessage",
    "LifeSpanShutdownCompleteEvent",
    "LifeSpanShutdownEvent",
    "LifeSpanShutdownFailedEvent",
    "LifeSpanStartupCompleteEvent",
    "LifeSpanStartupEvent",
    "LifeSpanStartupFailedEvent",
    "Message",
    "Method",
    "RawHeaders",
    "RawHeadersList",
    "Receive",
    "ReceiveMessage",
    "Scope",
    "ScopeSession",
    "Send",
    "WebSocketAcceptEvent",
    "WebSocketCloseEvent",
    "WebSocketConnectEvent",
    "WebSocketDisconnectEvent",
    "WebSocketMode",
    "WebSocketReceiveEvent",
    "WebSocketReceiveMessage",
    "WebSocketResponseBodyEvent",
    "WebSocketResponseStartEvent",
    "WebSocketScope",
    "WebSocketSendEvent",
    "WebSocketSendMessage",
)

Method: TypeAlias = Literal["GET", "POST", "DELETE", "PATCH", "PUT", "HEAD", "TRACE", "OPTIONS"] | HttpMethod
"""An HTTP method, as a string or :class:`~litestar.enums.HttpMethod`."""
ScopeSession: TypeAlias = "EmptyType | dict[str, Any] | DataContainerType | None"
"""The value of ``scope["session"]``."""
RawHeaders: TypeAlias = Iterable[tuple[bytes, bytes]]
"""ASGI headers: ``(lowercased name, value)`` byte pairs."""
RawHeadersList: TypeAlias = list[tuple[bytes, bytes]]
"""ASGI headers as a list."""
WebSocketMode: TypeAlias = Literal["text", "binary"]
"""How a WebSocket message is sent or received."""


class ASGIVersion(TypedDict):
    """The ``asgi`` key of a scope."""

    spec_version: str
    version: Literal["3.0"]


class HeaderScope(TypedDict):
    """A scope that has headers."""

    headers: RawHeaders


class BaseScope(HeaderScope):
    """Keys shared by HTTP and WebSocket scopes."""

    app: AppProtocol
    litestar_app: AppProtocol
    asgi: ASGIVersion
    auth: Any
    client: tuple[str, int] | None
    extensions: dict[str, dict[object, object]] | None
    http_version: str
    path: str
    path_params: dict[str, str]
    path_template: str
    query_string: bytes
    raw_path: bytes
    root_path: str
    route_handler: RouteHandlerProtocol
    scheme: str
    server: tuple[str, int | None] | None
    session: ScopeSession
    state: dict[str, Any]
    user: Any


class HTTPScope(BaseScope):
    """An HTTP connection scope."""

    method: Method
    type: Literal[ScopeType.HTTP]


class WebSocketScope(BaseScope):
    """A WebSocket connection scope."""

    subprotocols: list[str]
    type: Literal[ScopeType.WEBSOCKET]


class LifeSpanScope(TypedDict):
    """A lifespan scope."""

    app: AppProtocol
    asgi: ASGIVersion
    type: Literal["lifespan"]


class HTTPRequestEvent(TypedDict):
    """An ``http.request`` message (a chunk of the request body)."""

    type: Literal["http.request"]
    body: bytes
    more_body: bool


class HTTPResponseStartEvent(HeaderScope):
    """An ``http.response.start`` message."""

    type: Literal["http.response.start"]
    status: int


class HTTPResponseBodyEvent(TypedDict):
    """An ``http.response.body`` message."""

    type: Literal["http.response.body"]
    body: bytes
    more_body: bool


class HTTPServerPushEvent(HeaderScope):
    """An ``http.response.push`` message."""

    type: Literal["http.response.push"]
    path: str


class HTTPDisconnectEvent(TypedDict):
    """An ``http.disconnect`` message."""

    type: Literal["http.disconnect"]


class WebSocketConnectEvent(TypedDict):
    """A ``websocket.connect`` message."""

    type: Literal["websocket.connect"]


class WebSocketAcceptEvent(HeaderScope):
    """A ``websocket.accept`` message."""

    type: Literal["websocket.accept"]
    subprotocol: str | None


class WebSocketReceiveEvent(TypedDict):
    """A ``websocket.receive`` message."""

    type: Literal["websocket.receive"]
    bytes: bytes | None
    text: str | None


class WebSocketSendEvent(TypedDict):
    """A ``websocket.send`` message."""

    type: Literal["websocket.send"]
    bytes: bytes | None
    text: str | None


class WebSocketResponseStartEvent(HeaderScope):
    """A ``websocket.http.response.start`` message (denial response)."""

    type: Literal["websocket.http.response.start"]
    status: int


class WebSocketResponseBodyEvent(TypedDict):
    """A ``websocket.http.response.body`` message (denial response)."""

    type: Literal["websocket.http.response.body"]
    body: bytes
    more_body: bool


class WebSocketDisconnectEvent(TypedDict):
    """A ``websocket.disconnect`` message."""

    type: Literal["websocket.disconnect"]
    code: int


class WebSocketCloseEvent(TypedDict):
    """A ``websocket.close`` message."""

    type: Literal["websocket.close"]
    code: int
    reason: str | None


class LifeSpanStartupEvent(TypedDict):
    """A ``lifespan.startup`` message."""

    type: Literal["lifespan.startup"]


class LifeSpanShutdownEvent(TypedDict):
    """A ``lifespan.shutdown`` message."""

    type: Literal["lifespan.shutdown"]


class LifeSpanStartupCompleteEvent(TypedDict):
    """A ``lifespan.startup.complete`` message."""

    type: Literal["lifespan.startup.complete"]


class LifeSpanStartupFailedEvent(TypedDict):
    """A ``lifespan.startup.failed`` message."""

    type: Literal["lifespan.startup.failed"]
    message: str


class LifeSpanShutdownCompleteEvent(TypedDict):
    """A ``lifespan.shutdown.complete`` message."""

    type: Literal["lifespan.shutdown.complete"]


class LifeSpanShutdownFailedEvent(TypedDict):
    """A ``lifespan.shutdown.failed`` message."""

    type: Literal["lifespan.shutdown.failed"]
    message: str


HTTPReceiveMessage: TypeAlias = HTTPRequestEvent | HTTPDisconnectEvent
WebSocketReceiveMessage: TypeAlias = WebSocketConnectEvent | WebSocketReceiveEvent | WebSocketDisconnectEvent
LifeSpanReceiveMessage: TypeAlias = LifeSpanStartupEvent | LifeSpanShutdownEvent
HTTPSendMessage: TypeAlias = (
    HTTPResponseStartEvent | HTTPResponseBodyEvent | HTTPServerPushEvent | HTTPDisconnectEvent
)
WebSocketSendMessage: TypeAlias = (
    WebSocketAcceptEvent
    | WebSocketSendEvent
    | WebSocketResponseStartEvent
    | WebSocketResponseBodyEvent
    | WebSocketCloseEvent
)
LifeSpanSendMessage: TypeAlias = (
    LifeSpanStartupCompleteEvent
    | LifeSpanStartupFailedEvent
    | LifeSpanShutdownCompleteEvent
    | LifeSpanShutdownFailedEvent
)
LifeSpanReceive: TypeAlias = Callable[..., Awaitable[LifeSpanReceiveMessage]]
LifeSpanSend: TypeAlias = Callable[[LifeSpanSendMessage], Awaitable[None]]
Message: TypeAlias = HTTPSendMessage | WebSocketSendMessage
"""Any message an application sends."""
ReceiveMessage: TypeAlias = HTTPReceiveMessage | WebSocketReceiveMessage
"""Any message an application receives."""
Scope: TypeAlias = HTTPScope | WebSocketScope
"""An HTTP or WebSocket connection scope."""
Receive: TypeAlias = Callable[..., Awaitable[HTTPReceiveMessage | WebSocketReceiveMessage]]
"""The ASGI ``receive`` callable."""
Send: TypeAlias = Callable[[Message], Awaitable[None]]
"""The ASGI ``send`` callable."""
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]
"""An ASGI 3 application."""
