"""Public type aliases, ASGI typed dicts and protocols.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar.types.asgi_types import ASGIApp
    from litestar.types.asgi_types import ASGIVersion
    from litestar.types.callable_types import AfterExceptionHookHandler
    from litestar.types.callable_types import AfterRequestHookHandler
    from litestar.types.callable_types import AfterResponseHookHandler
    from litestar.types.callable_types import AnyCallable
    from litestar.types.callable_types import AnyGenerator
    from litestar.types.helper_types import AnyIOBackend
    from litestar.types.callable_types import AsyncAnyCallable
    from litestar.types.asgi_types import BaseScope
    from litestar.types.callable_types import BeforeMessageSendHookHandler
    from litestar.types.callable_types import BeforeRequestHookHandler
    from litestar.types.callable_types import CacheKeyBuilder
    from litestar.types.internal_types import ControllerRouterHandler
    from litestar.types.serialization import DataContainerType
    from litestar.types.protocols import DataclassProtocol
    from litestar.types.debugger_types import Debugger
    from litestar.types.composite_types import Dependencies
    from litestar.types.empty import Empty
    from litestar.types.empty import EmptyType
    from litestar.types.callable_types import ExceptionHandler
    from litestar.types.composite_types import ExceptionHandlersMap
    from litestar.types.file_types import FileInfo
    from litestar.types.file_types import FileSystemProtocol
    from litestar.types.callable_types import GetLogger
    from litestar.types.callable_types import Guard
    from litestar.types.asgi_types import HTTPDisconnectEvent
    from litestar.types.asgi_types import HTTPReceiveMessage
    from litestar.types.asgi_types import HTTPRequestEvent
    from litestar.types.asgi_types import HTTPResponseBodyEvent
    from litestar.types.asgi_types import HTTPResponseStartEvent
    from litestar.types.asgi_types import HTTPScope
    from litestar.types.asgi_types import HTTPSendMessage
    from litestar.types.asgi_types import HTTPServerPushEvent
    from litestar.types.asgi_types import LifeSpanReceive
    from litestar.types.asgi_types import LifeSpanReceiveMessage
    from litestar.types.asgi_types import LifeSpanScope
    from litestar.types.asgi_types import LifeSpanSend
    from litestar.types.asgi_types import LifeSpanSendMessage
    from litestar.types.asgi_types import LifeSpanShutdownCompleteEvent
    from litestar.types.asgi_types import LifeSpanShutdownEvent
    from litestar.types.asgi_types import LifeSpanShutdownFailedEvent
    from litestar.types.asgi_types import LifeSpanStartupCompleteEvent
    from litestar.types.asgi_types import LifeSpanStartupEvent
    from litestar.types.asgi_types import LifeSpanStartupFailedEvent
    from litestar.types.callable_types import LifespanHook
    from litestar.types.serialization import LitestarEncodableType
    from litestar.types.protocols import Logger
    from litestar.types.helper_types import MaybePartial
    from litestar.types.asgi_types import Message
    from litestar.types.asgi_types import Method
    from litestar.types.composite_types import Middleware
    from litestar.types.callable_types import OnAppInitHandler
    from litestar.types.callable_types import OperationIDCreator
    from litestar.types.helper_types import OptionalSequence
    from litestar.types.composite_types import ParametersMap
    from litestar.types.composite_types import PathType
    from litestar.types.asgi_types import Receive
    from litestar.types.asgi_types import ReceiveMessage
    from litestar.types.internal_types import ReservedKwargs
    from litestar.types.composite_types import ResponseCookies
    from litestar.types.composite_types import ResponseHeaders
    from litestar.types.internal_types import RouteHandlerMapItem
    from litestar.types.internal_types import RouteHandlerType
    from litestar.types.helper_types import SSEData
    from litestar.types.asgi_types import Scope
    from litestar.types.asgi_types import ScopeSession
    from litestar.types.composite_types import Scopes
    from litestar.types.asgi_types import Send
    from litestar.types.callable_types import Serializer
    from litestar.types.helper_types import StreamType
    from litestar.types.helper_types import SyncOrAsyncUnion
    from litestar.types.composite_types import TypeDecodersSequence
    from litestar.types.composite_types import TypeEncodersMap
    from litestar.types.builtin_types import TypedDictClass
    from litestar.types.asgi_types import WebSocketAcceptEvent
    from litestar.types.asgi_types import WebSocketCloseEvent
    from litestar.types.asgi_types import WebSocketConnectEvent
    from litestar.types.asgi_types import WebSocketDisconnectEvent
    from litestar.types.asgi_types import WebSocketReceiveEvent
    from litestar.types.asgi_types import WebSocketReceiveMessage
    from litestar.types.asgi_types import WebSocketResponseBodyEvent
    from litestar.types.asgi_types import WebSocketResponseStartEvent
    from litestar.types.asgi_types import WebSocketScope
    from litestar.types.asgi_types import WebSocketSendEvent
    from litestar.types.asgi_types import WebSocketSendMessage

__all__ = (
    "ASGIApp",
    "ASGIVersion",
    "AfterExceptionHookHandler",
    "AfterRequestHookHandler",
    "AfterResponseHookHandler",
    "AnyCallable",
    "AnyGenerator",
    "AnyIOBackend",
    "AsyncAnyCallable",
    "BaseScope",
    "BeforeMessageSendHookHandler",
    "BeforeRequestHookHandler",
    "CacheKeyBuilder",
    "ControllerRouterHandler",
    "DataContainerType",
    "DataclassProtocol",
    "Debugger",
    "Dependencies",
    "Empty",
    "EmptyType",
    "ExceptionHandler",
    "ExceptionHandlersMap",
    "FileInfo",
    "FileSystemProtocol",
    "GetLogger",
    "Guard",
    "HTTPDisconnectEvent",
    "HTTPReceiveMessage",
    "HTTPRequestEvent",
    "HTTPResponseBodyEvent",
    "HTTPResponseStartEvent",
    "HTTPScope",
    "HTTPSendMessage",
    "HTTPServerPushEvent",
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
    "LifespanHook",
    "LitestarEncodableType",
    "Logger",
    "MaybePartial",
    "Message",
    "Method",
    "Middleware",
    "OnAppInitHandler",
    "OperationIDCreator",
    "OptionalSequence",
    "ParametersMap",
    "PathType",
    "Receive",
    "ReceiveMessage",
    "ReservedKwargs",
    "ResponseCookies",
    "ResponseHeaders",
    "RouteHandlerMapItem",
    "RouteHandlerType",
    "SSEData",
    "Scope",
    "ScopeSession",
    "Scopes",
    "Send",
    "Serializer",
    "StreamType",
    "SyncOrAsyncUnion",
    "TypeDecodersSequence",
    "TypeEncodersMap",
    "TypedDictClass",
    "WebSocketAcceptEvent",
    "WebSocketCloseEvent",
    "WebSocketConnectEvent",
    "WebSocketDisconnectEvent",
    "WebSocketReceiveEvent",
    "WebSocketReceiveMessage",
    "WebSocketResponseBodyEvent",
    "WebSocketResponseStartEvent",
    "WebSocketScope",
    "WebSocketSendEvent",
    "WebSocketSendMessage",
)

_LAZY: dict[str, tuple[str, str]] = {
    "ASGIApp": ("litestar.types.asgi_types", "ASGIApp"),
    "ASGIVersion": ("litestar.types.asgi_types", "ASGIVersion"),
    "AfterExceptionHookHandler": ("litestar.types.callable_types", "AfterExceptionHookHandler"),
    "AfterRequestHookHandler": ("litestar.types.callable_types", "AfterRequestHookHandler"),
    "AfterResponseHookHandler": ("litestar.types.callable_types", "AfterResponseHookHandler"),
    "AnyCallable": ("litestar.types.callable_types", "AnyCallable"),
    "AnyGenerator": ("litestar.types.callable_types", "AnyGenerator"),
    "AnyIOBackend": ("litestar.types.helper_types", "AnyIOBackend"),
    "AsyncAnyCallable": ("litestar.types.callable_types", "AsyncAnyCallable"),
    "BaseScope": ("litestar.types.asgi_types", "BaseScope"),
    "BeforeMessageSendHookHandler": ("litestar.types.callable_types", "BeforeMessageSendHookHandler"),
    "BeforeRequestHookHandler": ("litestar.types.callable_types", "BeforeRequestHookHandler"),
    "CacheKeyBuilder": ("litestar.types.callable_types", "CacheKeyBuilder"),
    "ControllerRouterHandler": ("litestar.types.internal_types", "ControllerRouterHandler"),
    "DataContainerType": ("litestar.types.serialization", "DataContainerType"),
    "DataclassProtocol": ("litestar.types.protocols", "DataclassProtocol"),
    "Debugger": ("litestar.types.debugger_types", "Debugger"),
    "Dependencies": ("litestar.types.composite_types", "Dependencies"),
    "Empty": ("litestar.types.empty", "Empty"),
    "EmptyType": ("litestar.types.empty", "EmptyType"),
    "ExceptionHandler": ("litestar.types.callable_types", "ExceptionHandler"),
    "ExceptionHandlersMap": ("litestar.types.composite_types", "ExceptionHandlersMap"),
    "FileInfo": ("litestar.types.file_types", "FileInfo"),
    "FileSystemProtocol": ("litestar.types.file_types", "FileSystemProtocol"),
    "GetLogger": ("litestar.types.callable_types", "GetLogger"),
    "Guard": ("litestar.types.callable_types", "Guard"),
    "HTTPDisconnectEvent": ("litestar.types.asgi_types", "HTTPDisconnectEvent"),
    "HTTPReceiveMessage": ("litestar.types.asgi_types", "HTTPReceiveMessage"),
    "HTTPRequestEvent": ("litestar.types.asgi_types", "HTTPRequestEvent"),
    "HTTPResponseBodyEvent": ("litestar.types.asgi_types", "HTTPResponseBodyEvent"),
    "HTTPResponseStartEvent": ("litestar.types.asgi_types", "HTTPResponseStartEvent"),
    "HTTPScope": ("litestar.types.asgi_types", "HTTPScope"),
    "HTTPSendMessage": ("litestar.types.asgi_types", "HTTPSendMessage"),
    "HTTPServerPushEvent": ("litestar.types.asgi_types", "HTTPServerPushEvent"),
    "LifeSpanReceive": ("litestar.types.asgi_types", "LifeSpanReceive"),
    "LifeSpanReceiveMessage": ("litestar.types.asgi_types", "LifeSpanReceiveMessage"),
    "LifeSpanScope": ("litestar.types.asgi_types", "LifeSpanScope"),
    "LifeSpanSend": ("litestar.types.asgi_types", "LifeSpanSend"),
    "LifeSpanSendMessage": ("litestar.types.asgi_types", "LifeSpanSendMessage"),
    "LifeSpanShutdownCompleteEvent": ("litestar.types.asgi_types", "LifeSpanShutdownCompleteEvent"),
    "LifeSpanShutdownEvent": ("litestar.types.asgi_types", "LifeSpanShutdownEvent"),
    "LifeSpanShutdownFailedEvent": ("litestar.types.asgi_types", "LifeSpanShutdownFailedEvent"),
    "LifeSpanStartupCompleteEvent": ("litestar.types.asgi_types", "LifeSpanStartupCompleteEvent"),
    "LifeSpanStartupEvent": ("litestar.types.asgi_types", "LifeSpanStartupEvent"),
    "LifeSpanStartupFailedEvent": ("litestar.types.asgi_types", "LifeSpanStartupFailedEvent"),
    "LifespanHook": ("litestar.types.callable_types", "LifespanHook"),
    "LitestarEncodableType": ("litestar.types.serialization", "LitestarEncodableType"),
    "Logger": ("litestar.types.protocols", "Logger"),
    "MaybePartial": ("litestar.types.helper_types", "MaybePartial"),
    "Message": ("litestar.types.asgi_types", "Message"),
    "Method": ("litestar.types.asgi_types", "Method"),
    "Middleware": ("litestar.types.composite_types", "Middleware"),
    "OnAppInitHandler": ("litestar.types.callable_types", "OnAppInitHandler"),
    "OperationIDCreator": ("litestar.types.callable_types", "OperationIDCreator"),
    "OptionalSequence": ("litestar.types.helper_types", "OptionalSequence"),
    "ParametersMap": ("litestar.types.composite_types", "ParametersMap"),
    "PathType": ("litestar.types.composite_types", "PathType"),
    "Receive": ("litestar.types.asgi_types", "Receive"),
    "ReceiveMessage": ("litestar.types.asgi_types", "ReceiveMessage"),
    "ReservedKwargs": ("litestar.types.internal_types", "ReservedKwargs"),
    "ResponseCookies": ("litestar.types.composite_types", "ResponseCookies"),
    "ResponseHeaders": ("litestar.types.composite_types", "ResponseHeaders"),
    "RouteHandlerMapItem": ("litestar.types.internal_types", "RouteHandlerMapItem"),
    "RouteHandlerType": ("litestar.types.internal_types", "RouteHandlerType"),
    "SSEData": ("litestar.types.helper_types", "SSEData"),
    "Scope": ("litestar.types.asgi_types", "Scope"),
    "ScopeSession": ("litestar.types.asgi_types", "ScopeSession"),
    "Scopes": ("litestar.types.composite_types", "Scopes"),
    "Send": ("litestar.types.asgi_types", "Send"),
    "Serializer": ("litestar.types.callable_types", "Serializer"),
    "StreamType": ("litestar.types.helper_types", "StreamType"),
    "SyncOrAsyncUnion": ("litestar.types.helper_types", "SyncOrAsyncUnion"),
    "TypeDecodersSequence": ("litestar.types.composite_types", "TypeDecodersSequence"),
    "TypeEncodersMap": ("litestar.types.composite_types", "TypeEncodersMap"),
    "TypedDictClass": ("litestar.types.builtin_types", "TypedDictClass"),
    "WebSocketAcceptEvent": ("litestar.types.asgi_types", "WebSocketAcceptEvent"),
    "WebSocketCloseEvent": ("litestar.types.asgi_types", "WebSocketCloseEvent"),
    "WebSocketConnectEvent": ("litestar.types.asgi_types", "WebSocketConnectEvent"),
    "WebSocketDisconnectEvent": ("litestar.types.asgi_types", "WebSocketDisconnectEvent"),
    "WebSocketReceiveEvent": ("litestar.types.asgi_types", "WebSocketReceiveEvent"),
    "WebSocketReceiveMessage": ("litestar.types.asgi_types", "WebSocketReceiveMessage"),
    "WebSocketResponseBodyEvent": ("litestar.types.asgi_types", "WebSocketResponseBodyEvent"),
    "WebSocketResponseStartEvent": ("litestar.types.asgi_types", "WebSocketResponseStartEvent"),
    "WebSocketScope": ("litestar.types.asgi_types", "WebSocketScope"),
    "WebSocketSendEvent": ("litestar.types.asgi_types", "WebSocketSendEvent"),
    "WebSocketSendMessage": ("litestar.types.asgi_types", "WebSocketSendMessage"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(target[0]), target[1])
    globals()[name] = value
    return value
