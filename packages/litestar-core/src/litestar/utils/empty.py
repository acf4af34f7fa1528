"""Helpers for values that may be the :data:`~litestar.types.Empty` sentinel."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.types.empty import EmptyType

__all__ = ("DefaultT", "EmptyValueError", "ValueT", "value_or_default", "value_or_raise")

ValueT = TypeVar("ValueT")
DefaultT = TypeVar("DefaultT")


class EmptyValueError(ValueError):
    """A value was :data:`~litestar.types.Empty` where a real value is required."""


def value_or_default(value: ValueT | EmptyType, default: DefaultT) -> ValueT | DefaultT:
    """Return ``value``, or ``default`` when ``value`` is ``Empty``.

    Args:
        value: The value to check.
        default: The fallback.

    Returns:
        ``value`` unless it is ``Empty``.
    """
    return default if value is Empty else value


def value_or_raise(value: ValueT | EmptyType) -> ValueT:
    """Return ``value``, raising when it is ``Empty``.

    Args:
        value: The value to check.

    Returns:
        ``value``.

    Raises:
        EmptyValueError: If ``value`` is ``Empty``.
    """
    if value is Empty:
        raise EmptyValueError("Empty value encountered")
    return value
