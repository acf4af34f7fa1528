"""Aliases of the request/response hooks and exception handlers (they name ``Response``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.response.base import Response
    from litestar.types._callables import ExceptionT
    from litestar.types.asgi_types import ASGIApp
    from litestar.types.helper_types import SyncOrAsyncUnion

__all__ = (
    "AfterRequestHookHandler",
    "AfterResponseHookHandler",
    "BeforeRequestHookHandler",
    "CacheKeyBuilder",
    "ExceptionHandler",
    "ExceptionHandlersMap",
)

AfterRequestHookHandler: TypeAlias = "Callable[[ASGIApp], SyncOrAsyncUnion[ASGIApp]] | Callable[[Response[Any]], SyncOrAsyncUnion[Response[Any]]]"
AfterResponseHookHandler: TypeAlias = "Callable[[Request[Any, Any, Any]], SyncOrAsyncUnion[None]]"
BeforeRequestHookHandler: TypeAlias = "Callable[[Request[Any, Any, Any]], Any | Awaitable[Any]]"
CacheKeyBuilder: TypeAlias = "Callable[[Request[Any, Any, Any]], str]"
ExceptionHandler: TypeAlias = "Callable[[Request[Any, Any, Any], ExceptionT], Response[Any]]"
ExceptionHandlersMap: TypeAlias = "MutableMapping[int | type[Exception], ExceptionHandler[Any]]"
