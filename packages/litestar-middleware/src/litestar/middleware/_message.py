"""Edit the headers of a response start message without touching shared header lists.

Core sends precomputed messages on its fast paths (the same header list for every
response of a handler, or every 404), so a middleware adding headers must edit a copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.datastructures import MutableScopeHeaders

if TYPE_CHECKING:
    from litestar.types import Message

__all__ = ("editable_start",)


def editable_start(message: Message) -> tuple[Any, MutableScopeHeaders]:
    """Copy ``message`` and its header list; return the copy and mutable headers over it.

    Args:
        message: An ``http.response.start`` message.

    Returns:
        The copied message (send this one) and its headers.
    """
    original: dict[str, Any] = message  # type: ignore[assignment]
    copied: dict[str, Any] = {**original, "headers": list(original.get("headers", ()))}
    return copied, MutableScopeHeaders.from_message(copied)  # type: ignore[arg-type]
