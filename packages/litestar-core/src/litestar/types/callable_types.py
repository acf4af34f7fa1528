"""Aliases for the callables users plug into the framework (hooks, guards, handlers)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    from logging import Logger

    from litestar.app import Litestar
    from litestar.config.app import AppConfig
    from litestar.connection.base import ASGIConnection
    from litestar.connection.request import Request
    from litestar.handlers.base import BaseRouteHandler
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.response.base import Response
    from litestar.types.asgi_types import ASGIApp, Message, Method, Scope
    from litestar.types.helper_types import SyncOrAsyncUnion
    from litestar.types.internal_types import PathParameterDefinition

__all__ = (
    "AfterExceptionHookHandler",
    "AfterRequestHookHandler",
    "AfterResponseHookHandler",
    "AnyCallable",
    "AnyGenerator",
    "AsyncAnyCallable",
    "BeforeMessageSendHookHandler",
    "BeforeRequestHookHandler",
    "CacheKeyBuilder",
    "ExceptionHandler",
    "ExceptionT",
    "GetLogger",
    "Guard",
    "LifespanHook",
    "OnAppInitHandler",
    "OperationIDCreator",
    "Serializer",
)

ExceptionT = TypeVar("ExceptionT", bound=Exception)
"""A type variable bound to :class:`Exception`."""

AfterExceptionHookHandler: TypeAlias = "Callable[[ExceptionT, Scope], SyncOrAsyncUnion[None]]"
AfterRequestHookHandler: TypeAlias = "Callable[[ASGIApp], SyncOrAsyncUnion[ASGIApp]] | Callable[[Response[Any]], SyncOrAsyncUnion[Response[Any]]]"
AfterResponseHookHandler: TypeAlias = "Callable[[Request[Any, Any, Any]], SyncOrAsyncUnion[None]]"
AnyCallable: TypeAlias = Callable[..., Any]
"""Any callable."""
AnyGenerator: TypeAlias = "Generator[Any, Any, Any] | AsyncGenerator[Any, Any]"
AsyncAnyCallable: TypeAlias = Callable[..., Awaitable[Any]]
"""Any coroutine function."""
BeforeMessageSendHookHandler: TypeAlias = "Callable[[Message, Scope], SyncOrAsyncUnion[None]]"
BeforeRequestHookHandler: TypeAlias = "Callable[[Request[Any, Any, Any]], Any | Awaitable[Any]]"
CacheKeyBuilder: TypeAlias = "Callable[[Request[Any, Any, Any]], str]"
ExceptionHandler: TypeAlias = "Callable[[Request[Any, Any, Any], ExceptionT], Response[Any]]"
GetLogger: TypeAlias = "Callable[..., Logger]"
Guard: TypeAlias = "Callable[[ASGIConnection[Any, Any, Any, Any], BaseRouteHandler], SyncOrAsyncUnion[None]]"
LifespanHook: TypeAlias = "Callable[[Litestar], SyncOrAsyncUnion[Any]] | Callable[[], SyncOrAsyncUnion[Any]]"
OnAppInitHandler: TypeAlias = "Callable[[AppConfig], AppConfig]"
OperationIDCreator: TypeAlias = (
    "Callable[[HTTPRouteHandler, Method, list[str | PathParameterDefinition]], str]"
)
Serializer: TypeAlias = Callable[[Any], Any]
"""An ``enc_hook``: converts one value msgspec cannot encode into one it can."""
