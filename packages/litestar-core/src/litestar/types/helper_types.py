"""Small generic helper aliases."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable, Iterator, Sequence
from functools import partial
from typing import (
    Any,
    Literal,
    Protocol,
    TypeAlias,
    TypeVar,
)

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


class _ServerSentEventMessageProtocol(Protocol):
    """:class:`~litestar.response.sse.ServerSentEventMessage` as this floor names it."""

    data: Any
    event: str | None
    id: int | str | None
    retry: int | None
    comment: str | None


SSEData: TypeAlias = int | str | bytes | dict[str, Any] | _ServerSentEventMessageProtocol
"""A value a server-sent events stream may yield."""
