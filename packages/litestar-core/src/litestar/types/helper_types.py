"""Small generic helper aliases."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable, Iterator, Sequence
from functools import partial
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeAlias,
    TypeVar,
    Union,
)

if TYPE_CHECKING:
    from litestar.response.sse import ServerSentEventMessage

__all__ = ("AnyIOBackend", "MaybePartial", "OptionalSequence", "SSEData", "StreamType", "SyncOrAsyncUnion")

T = TypeVar("T")

OptionalSequence: TypeAlias = Sequence[T] | None
"""An optional sequence of ``T``."""
SyncOrAsyncUnion: TypeAlias = T | Awaitable[T]
"""A value or an awaitable of it."""
AnyIOBackend: TypeAlias = Literal["asyncio", "trio"]
"""An anyio backend name."""
StreamType: TypeAlias = Iterable[T] | Iterator[T] | AsyncIterable[T] | AsyncIterator[T]
"""A sync or async iterable used as a streaming body."""
MaybePartial: TypeAlias = T | partial  # type: ignore[type-arg]
"""A callable or a ``functools.partial`` of it."""
SSEData: TypeAlias = Union[int, str, bytes, dict[str, Any], "ServerSentEventMessage"]
"""A value a server-sent events stream may yield."""
