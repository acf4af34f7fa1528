"""The callable aliases that name only bottom-floor types (the home core imports them from).

``litestar.types.callable_types`` is the public module users import; it re-exports these
and the aliases that name higher classes, which live next to those classes (``Guard``
beside ``BaseRouteHandler``, the request hooks beside ``Response``...). Core modules
import from the homes, so the bottom floor never names the top of the ladder.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    from logging import Logger

    from litestar.types.asgi_types import Message, Scope
    from litestar.types.helper_types import SyncOrAsyncUnion

__all__ = (
    "AfterExceptionHookHandler",
    "AnyCallable",
    "AnyGenerator",
    "AsyncAnyCallable",
    "BeforeMessageSendHookHandler",
    "ExceptionT",
    "GetLogger",
    "Serializer",
)

ExceptionT = TypeVar("ExceptionT", bound=Exception)
"""A type variable bound to :class:`Exception`."""

AfterExceptionHookHandler: TypeAlias = "Callable[[ExceptionT, Scope], SyncOrAsyncUnion[None]]"
AnyCallable: TypeAlias = Callable[..., Any]
"""Any callable."""
AnyGenerator: TypeAlias = "Generator[Any, Any, Any] | AsyncGenerator[Any, Any]"
AsyncAnyCallable: TypeAlias = Callable[..., Awaitable[Any]]
"""Any coroutine function."""
BeforeMessageSendHookHandler: TypeAlias = "Callable[[Message, Scope], SyncOrAsyncUnion[None]]"
GetLogger: TypeAlias = "Callable[..., Logger]"
Serializer: TypeAlias = Callable[[Any], Any]
"""An ``enc_hook``: converts one value msgspec cannot encode into one it can."""
