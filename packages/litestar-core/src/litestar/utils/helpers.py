"""Miscellaneous small helpers."""

from __future__ import annotations

from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast
from urllib.parse import quote

if TYPE_CHECKING:
    from collections.abc import Container

    from litestar.types.helper_types import MaybePartial

__all__ = ("get_enum_string_value", "get_name", "unique_name_for_scope", "unwrap_partial", "url_quote")

T = TypeVar("T")

_SAFE_URL_CHARS: Final = "/#%[]=:;$&()+,!?*@'~"


def get_name(value: object) -> str:
    """Return the ``__name__`` of ``value``, or the name of its type.

    Args:
        value: A function, class or any object.

    Returns:
        A name.
    """
    name = getattr(value, "__name__", None)
    return name if isinstance(name, str) else type(value).__name__


def get_enum_string_value(value: Enum | str) -> str:
    """Return the string value of an enum member, or the string itself.

    Args:
        value: An enum member (with a string value) or a string.

    Returns:
        The string.
    """
    if isinstance(value, Enum):
        return str(value.value)
    return value


def unique_name_for_scope(base_name: str, scope: Container[str]) -> str:
    """Return ``{base_name}_{n}`` with the smallest ``n`` not in ``scope``.

    Args:
        base_name: The name prefix.
        scope: The names already taken.

    Returns:
        A fresh name.
    """
    index = 0
    while (name := f"{base_name}_{index}") in scope:
        index += 1
    return name


def unwrap_partial(value: MaybePartial[T]) -> T:
    """Return the callable wrapped by (possibly nested) ``functools.partial`` objects.

    Args:
        value: A callable or a partial.

    Returns:
        The innermost callable.
    """
    unwrapped: Any = value
    while isinstance(unwrapped, partial):
        unwrapped = unwrapped.func
    return cast("T", unwrapped)


def url_quote(value: str | bytes) -> str:
    """Percent-encode ``value`` for use in a URL, keeping URL delimiters intact.

    Args:
        value: The text to encode.

    Returns:
        The encoded text.
    """
    return quote(value, safe=_SAFE_URL_CHARS)
