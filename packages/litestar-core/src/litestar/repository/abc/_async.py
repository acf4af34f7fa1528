"""``AbstractAsyncRepository``: the asynchronous interface of a data store for one model type."""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.repository._exceptions import NotFoundError

if TYPE_CHECKING:
    from litestar.repository._filters import FilterTypes

__all__ = ("AbstractAsyncRepository",)

T = TypeVar("T")
CollectionT = TypeVar("CollectionT")


class AbstractAsyncRepository(Generic[T], metaclass=ABCMeta):
    """CRUD over one model type; a backend (SQLAlchemy, in-memory ...) implements it."""

    model_type: type[T]
    """The model the repository stores."""
    id_attribute: Any = "id"
    """The name of the model's identifier attribute."""

    def __init__(self, **kwargs: Any) -> None:
        """Accept backend options (ignored here).

        Args:
            **kwargs: Options of the concrete repository.
        """
        super().__init__(**kwargs)

    @abstractmethod
    async def add(self, data: T) -> T:
        """Store a new item.

        Args:
            data: The item.

        Returns:
            The stored item.
        """

    @abstractmethod
    async def add_many(self, data: list[T]) -> list[T]:
        """Store new items.

        Args:
            data: The items.

        Returns:
            The stored items.
        """

    @abstractmethod
    async def count(self, *filters: FilterTypes, **kwargs: Any) -> int:
        """Count the items matching the filters.

        Args:
            *filters: Filters.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            The count.
        """

    @abstractmethod
    async def delete(self, item_id: Any) -> T:
        """Delete the item with this identifier.

        Args:
            item_id: The identifier.

        Returns:
            The deleted item.
        """

    @abstractmethod
    async def delete_many(self, item_ids: list[Any]) -> list[T]:
        """Delete the items with these identifiers.

        Args:
            item_ids: The identifiers.

        Returns:
            The deleted items.
        """

    @abstractmethod
    async def exists(self, *filters: FilterTypes, **kwargs: Any) -> bool:
        """Tell whether an item matches.

        Args:
            *filters: Filters.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            ``True`` if one does.
        """

    @abstractmethod
    async def get(self, item_id: Any, **kwargs: Any) -> T:
        """Return the item with this identifier.

        Args:
            item_id: The identifier.
            **kwargs: Backend options.

        Returns:
            The item.
        """

    @abstractmethod
    async def get_one(self, **kwargs: Any) -> T:
        """Return the one item matching ``kwargs``.

        Args:
            **kwargs: ``attribute=value`` pairs.

        Returns:
            The item.
        """

    @abstractmethod
    async def get_or_create(self, **kwargs: Any) -> tuple[T, bool]:
        """Return the item matching ``kwargs``, creating it if absent.

        Args:
            **kwargs: ``attribute=value`` pairs.

        Returns:
            ``(item, created)``.
        """

    @abstractmethod
    async def get_one_or_none(self, **kwargs: Any) -> T | None:
        """Return the item matching ``kwargs``, or ``None``.

        Args:
            **kwargs: ``attribute=value`` pairs.

        Returns:
            The item or ``None``.
        """

    @abstractmethod
    async def update(self, data: T) -> T:
        """Replace the stored item with the same identifier.

        Args:
            data: The item.

        Returns:
            The updated item.
        """

    @abstractmethod
    async def update_many(self, data: list[T]) -> list[T]:
        """Replace stored items.

        Args:
            data: The items.

        Returns:
            The updated items.
        """

    @abstractmethod
    async def upsert(self, data: T) -> T:
        """Update the item, or add it if absent.

        Args:
            data: The item.

        Returns:
            The stored item.
        """

    @abstractmethod
    async def upsert_many(self, data: list[T]) -> list[T]:
        """Update or add items.

        Args:
            data: The items.

        Returns:
            The stored items.
        """

    @abstractmethod
    async def list_and_count(self, *filters: FilterTypes, **kwargs: Any) -> tuple[list[T], int]:
        """Return the matching items and their count.

        Args:
            *filters: Filters.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            ``(items, count)``.
        """

    @abstractmethod
    async def list(self, *filters: FilterTypes, **kwargs: Any) -> list[T]:
        """Return the matching items.

        Args:
            *filters: Filters.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            The items.
        """

    @abstractmethod
    def filter_collection_by_kwargs(self, collection: CollectionT, /, **kwargs: Any) -> CollectionT:
        """Narrow ``collection`` to items whose attributes equal ``kwargs``.

        Args:
            collection: The items (or a query).
            **kwargs: ``attribute=value`` pairs.

        Returns:
            The narrowed collection.
        """

    @staticmethod
    def check_not_found(item_or_none: T | None) -> T:
        """Return the item, or raise :class:`NotFoundError` for ``None``.

        Args:
            item_or_none: A lookup result.

        Returns:
            The item.

        Raises:
            NotFoundError: If it is ``None``.
        """
        if item_or_none is None:
            raise NotFoundError("No item found when one was expected")
        return item_or_none

    @classmethod
    def get_id_attribute_value(cls, item: T | type[T], id_attribute: str | None = None) -> Any:
        """Read the identifier of ``item``.

        Args:
            item: A model instance (or class).
            id_attribute: The attribute, if not :attr:`id_attribute`.

        Returns:
            The identifier.
        """
        return getattr(item, id_attribute if id_attribute is not None else cls.id_attribute)

    @classmethod
    def set_id_attribute_value(cls, item_id: Any, item: T, id_attribute: str | None = None) -> T:
        """Set the identifier of ``item``.

        Args:
            item_id: The identifier.
            item: A model instance.
            id_attribute: The attribute, if not :attr:`id_attribute`.

        Returns:
            The same instance.
        """
        setattr(item, id_attribute if id_attribute is not None else cls.id_attribute, item_id)
        return item
