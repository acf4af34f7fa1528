"""Small helpers over sequences."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ("find_index", "unique")

T = TypeVar("T")


def find_index(target_list: Sequence[T], predicate: Callable[[T], bool]) -> int:
    """Return the index of the first item matching ``predicate``, or ``-1``.

    Args:
        target_list: The items to search.
        predicate: The test applied to each item.

    Returns:
        The index found, or ``-1``.
    """
    for index, item in enumerate(target_list):
        if predicate(item):
            return index
    return -1


def unique(value: Sequence[T]) -> list[T]:
    """Return the items of ``value`` without duplicates.

    Hashable items are de-duplicated through a ``set`` (order not kept); unhashable
    ones by equality, keeping the first occurrence.

    Args:
        value: The items.

    Returns:
        A list of distinct items.
    """
    try:
        return list(set(value))
    except TypeError:
        result: list[T] = []
        for item in value:
            if item not in result:
                result.append(item)
        return result
