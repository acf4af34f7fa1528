"""Compatibility helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

__all__ = ("async_next",)

_MISSING: Final = object()


async def async_next(gen: AsyncIterator[Any], default: Any = _MISSING) -> Any:
    """Return the next item of an async iterator, like the builtin ``anext``.

    Args:
        gen: The async iterator.
        default: Returned when the iterator is exhausted; re-raise when omitted.

    Returns:
        The next item, or ``default``.

    Raises:
        StopAsyncIteration: If the iterator is exhausted and no default was given.
    """
    try:
        return await gen.__anext__()
    except StopAsyncIteration:
        if default is _MISSING:
            raise
        return default
