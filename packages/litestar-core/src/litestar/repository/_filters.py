"""The filters a repository's ``list``/``count`` accept: plain dataclasses a backend interprets."""

from __future__ import annotations

from collections import abc
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar, Union

__all__ = (
    "BeforeAfter",
    "CollectionFilter",
    "FilterTypes",
    "LimitOffset",
    "NotInCollectionFilter",
    "NotInSearchFilter",
    "OnBeforeAfter",
    "OrderBy",
    "SearchFilter",
)

T = TypeVar("T")


@dataclass
class BeforeAfter:
    """Items whose ``field_name`` is strictly before and/or after the given datetimes."""

    field_name: str
    """The datetime field."""
    before: datetime | None
    """Only items before this (exclusive)."""
    after: datetime | None
    """Only items after this (exclusive)."""


@dataclass
class OnBeforeAfter:
    """Items whose ``field_name`` is on or before and/or on or after the given datetimes."""

    field_name: str
    """The datetime field."""
    on_or_before: datetime | None
    """Only items on or before this."""
    on_or_after: datetime | None
    """Only items on or after this."""


@dataclass
class CollectionFilter(Generic[T]):
    """Items whose ``field_name`` is one of ``values``."""

    field_name: str
    """The field."""
    values: abc.Collection[T]
    """The accepted values."""


@dataclass
class NotInCollectionFilter(Generic[T]):
    """Items whose ``field_name`` is none of ``values``."""

    field_name: str
    """The field."""
    values: abc.Collection[T]
    """The refused values."""


@dataclass
class LimitOffset:
    """A slice of the results."""

    limit: int
    """The maximum number of items."""
    offset: int
    """How many items to skip."""


@dataclass
class OrderBy:
    """Sort by ``field_name``."""

    field_name: str
    """The field."""
    sort_order: Literal["asc", "desc"] = "asc"
    """The direction."""


@dataclass
class SearchFilter:
    """Items whose ``field_name`` contains ``value``."""

    field_name: str
    """The text field."""
    value: str
    """The text searched for."""
    ignore_case: bool | None = False
    """Match case-insensitively."""


@dataclass
class NotInSearchFilter(SearchFilter):
    """Items whose ``field_name`` does not contain ``value``."""


FilterTypes = Union[  # noqa: UP007
    BeforeAfter,
    OnBeforeAfter,
    CollectionFilter[Any],
    LimitOffset,
    OrderBy,
    SearchFilter,
    NotInCollectionFilter[Any],
    NotInSearchFilter,
]
"""Any of the filters."""
