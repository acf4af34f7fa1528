"""Pagination containers and the abstract paginators that fill them.

``ClassicPagination`` (page number and size), ``OffsetPagination`` (limit and offset)
and ``CursorPagination`` (an opaque cursor) are generic dataclasses a handler returns
as is (``-> ClassicPagination[Item]``); DTOs apply to their ``items``. A paginator
subclass implements ``get_items`` (and ``get_total``) for a data source; calling it
builds the container.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, List, Optional, TypeVar  # noqa: UP035

__all__ = (
    "AbstractAsyncClassicPaginator",
    "AbstractAsyncCursorPaginator",
    "AbstractAsyncOffsetPaginator",
    "AbstractSyncClassicPaginator",
    "AbstractSyncCursorPaginator",
    "AbstractSyncOffsetPaginator",
    "ClassicPagination",
    "CursorPagination",
    "OffsetPagination",
)

T = TypeVar("T")
C = TypeVar("C")


@dataclass
class ClassicPagination(Generic[T]):
    """One page of items, numbered from 1."""

    __slots__ = ("current_page", "items", "page_size", "total_pages")

    items: List[T]  # noqa: UP006
    """The items of the page."""
    page_size: int
    """The number of items per page."""
    current_page: int
    """The number of this page."""
    total_pages: int
    """The number of pages."""


@dataclass
class OffsetPagination(Generic[T]):
    """A slice of items given by ``limit`` and ``offset``."""

    __slots__ = ("items", "limit", "offset", "total")

    items: Sequence[T]
    """The items of the slice."""
    limit: int
    """The maximum number of items in a slice."""
    offset: int
    """The index of the first item."""
    total: int
    """The number of items in the whole collection."""


@dataclass
class CursorPagination(Generic[C, T]):
    """Items after a cursor, with the cursor of the next slice."""

    __slots__ = ("cursor", "items", "results_per_page")

    items: List[T]  # noqa: UP006
    """The items."""
    results_per_page: int
    """The maximum number of items returned."""
    cursor: Optional[C]  # noqa: UP045
    """The cursor of the next slice, or ``None`` after the last one."""

    @property
    def next_cursor(self) -> C | None:
        """The cursor to ask for the next slice (same as ``cursor``)."""
        return self.cursor


class AbstractSyncClassicPaginator(ABC, Generic[T]):
    """Builds :class:`ClassicPagination` pages from a synchronous data source."""

    @abstractmethod
    def get_total(self, page_size: int) -> int:
        """Return the number of pages for ``page_size``.

        Args:
            page_size: Items per page.

        Returns:
            The number of pages.
        """

    @abstractmethod
    def get_items(self, page_size: int, current_page: int) -> list[T]:
        """Return the items of one page.

        Args:
            page_size: Items per page.
            current_page: The page number (from 1).

        Returns:
            The items.
        """

    def __call__(self, page_size: int, current_page: int) -> ClassicPagination[T]:
        """Build the page ``current_page``.

        Args:
            page_size: Items per page.
            current_page: The page number.

        Returns:
            The page.
        """
        total_pages = self.get_total(page_size=page_size)
        items = self.get_items(page_size=page_size, current_page=current_page)
        return ClassicPagination(
            items=items, total_pages=total_pages, page_size=page_size, current_page=current_page
        )


class AbstractAsyncClassicPaginator(ABC, Generic[T]):
    """Builds :class:`ClassicPagination` pages from an asynchronous data source."""

    @abstractmethod
    async def get_total(self, page_size: int) -> int:
        """Return the number of pages for ``page_size``.

        Args:
            page_size: Items per page.

        Returns:
            The number of pages.
        """

    @abstractmethod
    async def get_items(self, page_size: int, current_page: int) -> list[T]:
        """Return the items of one page.

        Args:
            page_size: Items per page.
            current_page: The page number (from 1).

        Returns:
            The items.
        """

    async def __call__(self, page_size: int, current_page: int) -> ClassicPagination[T]:
        """Build the page ``current_page``.

        Args:
            page_size: Items per page.
            current_page: The page number.

        Returns:
            The page.
        """
        total_pages = await self.get_total(page_size=page_size)
        items = await self.get_items(page_size=page_size, current_page=current_page)
        return ClassicPagination(
            items=items, total_pages=total_pages, page_size=page_size, current_page=current_page
        )


class AbstractSyncOffsetPaginator(ABC, Generic[T]):
    """Builds :class:`OffsetPagination` slices from a synchronous data source."""

    @abstractmethod
    def get_total(self) -> int:
        """Return the number of items.

        Returns:
            The total.
        """

    @abstractmethod
    def get_items(self, limit: int, offset: int) -> list[T]:
        """Return the items of one slice.

        Args:
            limit: The maximum number of items.
            offset: The index of the first item.

        Returns:
            The items.
        """

    def __call__(self, limit: int, offset: int) -> OffsetPagination[T]:
        """Build the slice.

        Args:
            limit: The maximum number of items.
            offset: The index of the first item.

        Returns:
            The slice.
        """
        total = self.get_total()
        items = self.get_items(limit=limit, offset=offset)
        return OffsetPagination(items=items, total=total, offset=offset, limit=limit)


class AbstractAsyncOffsetPaginator(ABC, Generic[T]):
    """Builds :class:`OffsetPagination` slices from an asynchronous data source."""

    @abstractmethod
    async def get_total(self) -> int:
        """Return the number of items.

        Returns:
            The total.
        """

    @abstractmethod
    async def get_items(self, limit: int, offset: int) -> list[T]:
        """Return the items of one slice.

        Args:
            limit: The maximum number of items.
            offset: The index of the first item.

        Returns:
            The items.
        """

    async def __call__(self, limit: int, offset: int) -> OffsetPagination[T]:
        """Build the slice.

        Args:
            limit: The maximum number of items.
            offset: The index of the first item.

        Returns:
            The slice.
        """
        total = await self.get_total()
        items = await self.get_items(limit=limit, offset=offset)
        return OffsetPagination(items=items, total=total, offset=offset, limit=limit)


class AbstractSyncCursorPaginator(ABC, Generic[C, T]):
    """Builds :class:`CursorPagination` slices from a synchronous data source."""

    @abstractmethod
    def get_items(self, cursor: C | None, results_per_page: int) -> tuple[list[T], C | None]:
        """Return the items after ``cursor`` and the next cursor.

        Args:
            cursor: Where to start (``None`` for the beginning).
            results_per_page: The maximum number of items.

        Returns:
            ``(items, next cursor)``.
        """

    def __call__(self, cursor: C | None, results_per_page: int) -> CursorPagination[C, T]:
        """Build the slice after ``cursor``.

        Args:
            cursor: Where to start.
            results_per_page: The maximum number of items.

        Returns:
            The slice.
        """
        items, new_cursor = self.get_items(cursor=cursor, results_per_page=results_per_page)
        return CursorPagination(items=items, results_per_page=results_per_page, cursor=new_cursor)


class AbstractAsyncCursorPaginator(ABC, Generic[C, T]):
    """Builds :class:`CursorPagination` slices from an asynchronous data source."""

    @abstractmethod
    async def get_items(self, cursor: C | None, results_per_page: int) -> tuple[list[T], C | None]:
        """Return the items after ``cursor`` and the next cursor.

        Args:
            cursor: Where to start (``None`` for the beginning).
            results_per_page: The maximum number of items.

        Returns:
            ``(items, next cursor)``.
        """

    async def __call__(self, cursor: C | None, results_per_page: int) -> CursorPagination[C, T]:
        """Build the slice after ``cursor``.

        Args:
            cursor: Where to start.
            results_per_page: The maximum number of items.

        Returns:
            The slice.
        """
        items, new_cursor = await self.get_items(cursor=cursor, results_per_page=results_per_page)
        return CursorPagination(items=items, results_per_page=results_per_page, cursor=new_cursor)
