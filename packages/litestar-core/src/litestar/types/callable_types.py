"""Aliases for the callables users plug into the framework (hooks, guards, handlers).

The public home of these names. Each alias is defined next to what it names (``Guard``
beside ``BaseRouteHandler``, the request hooks beside ``Response``, the lifespan hooks
beside ``AppConfig``); core imports them from there, so this module is imported only
by users and never ties the bottom of the import ladder to its top.
"""

from __future__ import annotations

from litestar.config.app import LifespanHook, OnAppInitHandler
from litestar.handlers.base import Guard
from litestar.handlers.http_handlers.base import OperationIDCreator
from litestar.response._hook_types import (
    AfterRequestHookHandler,
    AfterResponseHookHandler,
    BeforeRequestHookHandler,
    CacheKeyBuilder,
    ExceptionHandler,
)
from litestar.types._callables import (
    AfterExceptionHookHandler,
    AnyCallable,
    AnyGenerator,
    AsyncAnyCallable,
    BeforeMessageSendHookHandler,
    ExceptionT,
    GetLogger,
    Serializer,
)

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
