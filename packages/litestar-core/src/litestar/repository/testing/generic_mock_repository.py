"""``GenericAsyncMockRepository`` and ``GenericSyncMockRepository``: in-memory repositories.

``GenericAsyncMockRepository[Model]`` makes a repository class for ``Model`` whose items
live in a class-level ``collection`` dict (id -> item), so that tests can seed it
(:meth:`seed_collection`) and every instance sees the same data. New items get an id from
``id_factory`` (a UUID by default); ``created_at``/``updated_at`` attributes, when the
model has them, are stamped. As in 2.17, ``list``/``count`` ignore filter objects and
only apply ``attribute=value`` keywords.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, MutableMapping
from datetime import UTC, datetime, tzinfo
from typing import Any, Generic, TypeVar
from uuid import uuid4

from litestar.repository._exceptions import ConflictError, RepositoryError
from litestar.repository.abc._async import AbstractAsyncRepository
from litestar.repository.abc._sync import AbstractSyncRepository

__all__ = ("GenericAsyncMockRepository", "GenericSyncMockRepository")

ModelT = TypeVar("ModelT")


class GenericAsyncMockRepository(AbstractAsyncRepository[ModelT], Generic[ModelT]):
    """An in-memory asynchronous repository for tests."""

    collection: MutableMapping[Hashable, ModelT]
    """The stored items of the model, shared by the class's instances."""
    model_type: type[ModelT]
    """The model."""
    match_fields: list[str] | str | None = None
    """Fields ``get_or_create`` matches on by default."""
    _model_has_created_at: bool
    _model_has_updated_at: bool

    def __init__(
        self,
        id_factory: Callable[[], Any] = uuid4,
        tz: tzinfo = UTC,
        allow_ids_on_add: bool = False,
        **_: Any,
    ) -> None:
        """Configure the repository.

        Args:
            id_factory: Makes the id of a new item.
            tz: The timezone of the audit timestamps.
            allow_ids_on_add: Keep an id an added item already has.
            **_: Options of other repositories (ignored).
        """
        super().__init__()
        self._id_factory = id_factory
        self.tz = tz
        self.allow_ids_on_add = allow_ids_on_add

    def __class_getitem__(cls, item: Any) -> Any:
        if isinstance(item, TypeVar):
            return cls
        return type(
            f"{cls.__name__}[{item.__name__}]",
            (cls,),
            {
                "collection": {},
                "model_type": item,
                "_model_has_created_at": hasattr(item, "created_at")
                or "created_at" in getattr(item, "__annotations__", {}),
                "_model_has_updated_at": hasattr(item, "updated_at")
                or "updated_at" in getattr(item, "__annotations__", {}),
            },
        )

    def _now(self) -> datetime:
        return datetime.now(tz=self.tz).replace(tzinfo=None)

    def _update_audit_attributes(
        self, data: ModelT, now: datetime | None = None, do_created: bool = False
    ) -> ModelT:
        now = now or self._now()
        if self._model_has_updated_at:
            data.updated_at = now  # type: ignore[attr-defined]
        if self._model_has_created_at and do_created:
            data.created_at = now  # type: ignore[attr-defined]
        return data

    def _find_or_none(self, item_id: Any) -> ModelT | None:
        return self.collection.get(item_id)

    def _find_or_raise_not_found(self, item_id: Any) -> ModelT:
        return self.check_not_found(self.collection.get(item_id))

    def _add(self, data: ModelT) -> ModelT:
        if self.allow_ids_on_add:
            item_id = self.get_id_attribute_value(data)
            if item_id is None:
                self.set_id_attribute_value(self._id_factory(), data)
        else:
            if self.get_id_attribute_value(data) is not None:
                raise ConflictError("`add()` received identified item.")
            self.set_id_attribute_value(self._id_factory(), data)
        self._update_audit_attributes(data, do_created=True)
        self.collection[self.get_id_attribute_value(data)] = data
        return data

    def _update(self, data: ModelT) -> ModelT:
        item = self._find_or_raise_not_found(self.get_id_attribute_value(data))
        self._update_audit_attributes(data)
        for key, value in _attributes(data).items():
            if key != "created_at":
                setattr(item, key, value)
        return item

    def _filtered(self, kwargs: dict[str, Any]) -> list[ModelT]:
        return list(self.filter_collection_by_kwargs(self.collection, **kwargs).values())

    def filter_collection_by_kwargs(  # type: ignore[override]
        self, collection: MutableMapping[Hashable, ModelT], /, **kwargs: Any
    ) -> MutableMapping[Hashable, ModelT]:
        """Keep the items whose attributes equal ``kwargs``.

        Args:
            collection: ``{id: item}``.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            A new ``{id: item}``.

        Raises:
            RepositoryError: If an attribute does not exist on the model.
        """
        new: dict[Hashable, ModelT] = {}
        for key, item in collection.items():
            try:
                if all(getattr(item, name) == value for name, value in kwargs.items()):
                    new[key] = item
            except AttributeError as exc:
                raise RepositoryError from exc
        return new

    @classmethod
    def seed_collection(cls, instances: Iterable[ModelT]) -> None:
        """Put items into the shared collection (keyed by their id).

        Args:
            instances: The items.
        """
        for instance in instances:
            cls.collection[cls.get_id_attribute_value(instance)] = instance

    @classmethod
    def clear_collection(cls) -> None:
        """Empty the shared collection."""
        cls.collection = {}

    async def add(self, data: ModelT) -> ModelT:
        """Store a new item (it gets an id unless ``allow_ids_on_add``)."""
        return self._add(data)

    async def add_many(self, data: Iterable[ModelT]) -> list[ModelT]:
        """Store new items."""
        return [self._add(item) for item in data]

    async def delete(self, item_id: Any) -> ModelT:
        """Delete and return the item with this id."""
        try:
            return self._find_or_raise_not_found(item_id)
        finally:
            self.collection.pop(item_id, None)

    async def delete_many(self, item_ids: list[Any]) -> list[ModelT]:
        """Delete the items with these ids."""
        deleted = [self.collection.pop(i) for i in item_ids if i in self.collection]
        return deleted

    async def exists(self, *filters: Any, **kwargs: Any) -> bool:
        """Tell whether an item matches ``kwargs``."""
        return bool(self._filtered(kwargs))

    async def get(self, item_id: Any, **kwargs: Any) -> ModelT:
        """Return the item with this id."""
        return self._find_or_raise_not_found(item_id)

    async def get_or_create(
        self, match_fields: list[str] | str | None = None, **kwargs: Any
    ) -> tuple[ModelT, bool]:
        """Return the item matching ``kwargs``, adding it when absent."""
        fields = match_fields or self.match_fields
        if isinstance(fields, str):
            fields = [fields]
        match = {k: v for k, v in kwargs.items() if k in fields} if fields else kwargs
        found = self._filtered(match)
        if found:
            return found[0], False
        return self._add(self.model_type(**kwargs)), True

    async def get_one(self, **kwargs: Any) -> ModelT:
        """Return the first item matching ``kwargs``."""
        return self.check_not_found(next(iter(self._filtered(kwargs)), None))

    async def get_one_or_none(self, **kwargs: Any) -> ModelT | None:
        """Return the first item matching ``kwargs``, or ``None``."""
        return next(iter(self._filtered(kwargs)), None)

    async def update(self, data: ModelT) -> ModelT:
        """Update the stored item with the same id."""
        return self._update(data)

    async def update_many(self, data: list[ModelT]) -> list[ModelT]:
        """Update stored items."""
        return [self._update(item) for item in data]

    async def upsert(self, data: ModelT) -> ModelT:
        """Update the item, or add it when absent."""
        item_id = self.get_id_attribute_value(data)
        if item_id in self.collection:
            return self._update(data)
        return self._add(data)

    async def upsert_many(self, data: list[ModelT]) -> list[ModelT]:
        """Update or add items."""
        return [
            self._update(i) if self.get_id_attribute_value(i) in self.collection else self._add(i)
            for i in data
        ]

    async def list_and_count(self, *filters: Any, **kwargs: Any) -> tuple[list[ModelT], int]:
        """Return the items matching ``kwargs`` and their count."""
        items = self._filtered(kwargs)
        return items, len(items)

    async def list(self, *filters: Any, **kwargs: Any) -> list[ModelT]:
        """Return the items matching ``kwargs``."""
        return self._filtered(kwargs)

    async def count(self, *filters: Any, **kwargs: Any) -> int:
        """Count the items matching ``kwargs``."""
        return len(self._filtered(kwargs))


class GenericSyncMockRepository(AbstractSyncRepository[ModelT], Generic[ModelT]):
    """An in-memory synchronous repository for tests."""

    collection: MutableMapping[Hashable, ModelT]
    """The stored items of the model, shared by the class's instances."""
    model_type: type[ModelT]
    """The model."""
    match_fields: list[str] | str | None = None
    """Fields ``get_or_create`` matches on by default."""
    _model_has_created_at: bool
    _model_has_updated_at: bool

    def __init__(
        self,
        id_factory: Callable[[], Any] = uuid4,
        tz: tzinfo = UTC,
        allow_ids_on_add: bool = False,
        **_: Any,
    ) -> None:
        """Configure the repository.

        Args:
            id_factory: Makes the id of a new item.
            tz: The timezone of the audit timestamps.
            allow_ids_on_add: Keep an id an added item already has.
            **_: Options of other repositories (ignored).
        """
        super().__init__()
        self._id_factory = id_factory
        self.tz = tz
        self.allow_ids_on_add = allow_ids_on_add

    def __class_getitem__(cls, item: Any) -> Any:
        if isinstance(item, TypeVar):
            return cls
        return type(
            f"{cls.__name__}[{item.__name__}]",
            (cls,),
            {
                "collection": {},
                "model_type": item,
                "_model_has_created_at": hasattr(item, "created_at")
                or "created_at" in getattr(item, "__annotations__", {}),
                "_model_has_updated_at": hasattr(item, "updated_at")
                or "updated_at" in getattr(item, "__annotations__", {}),
            },
        )

    def _now(self) -> datetime:
        return datetime.now(tz=self.tz).replace(tzinfo=None)

    def _update_audit_attributes(
        self, data: ModelT, now: datetime | None = None, do_created: bool = False
    ) -> ModelT:
        now = now or self._now()
        if self._model_has_updated_at:
            data.updated_at = now  # type: ignore[attr-defined]
        if self._model_has_created_at and do_created:
            data.created_at = now  # type: ignore[attr-defined]
        return data

    def _find_or_none(self, item_id: Any) -> ModelT | None:
        return self.collection.get(item_id)

    def _find_or_raise_not_found(self, item_id: Any) -> ModelT:
        return self.check_not_found(self.collection.get(item_id))

    def _add(self, data: ModelT) -> ModelT:
        if self.allow_ids_on_add:
            item_id = self.get_id_attribute_value(data)
            if item_id is None:
                self.set_id_attribute_value(self._id_factory(), data)
        else:
            if self.get_id_attribute_value(data) is not None:
                raise ConflictError("`add()` received identified item.")
            self.set_id_attribute_value(self._id_factory(), data)
        self._update_audit_attributes(data, do_created=True)
        self.collection[self.get_id_attribute_value(data)] = data
        return data

    def _update(self, data: ModelT) -> ModelT:
        item = self._find_or_raise_not_found(self.get_id_attribute_value(data))
        self._update_audit_attributes(data)
        for key, value in _attributes(data).items():
            if key != "created_at":
                setattr(item, key, value)
        return item

    def _filtered(self, kwargs: dict[str, Any]) -> list[ModelT]:
        return list(self.filter_collection_by_kwargs(self.collection, **kwargs).values())

    def filter_collection_by_kwargs(  # type: ignore[override]
        self, collection: MutableMapping[Hashable, ModelT], /, **kwargs: Any
    ) -> MutableMapping[Hashable, ModelT]:
        """Keep the items whose attributes equal ``kwargs``.

        Args:
            collection: ``{id: item}``.
            **kwargs: ``attribute=value`` pairs.

        Returns:
            A new ``{id: item}``.

        Raises:
            RepositoryError: If an attribute does not exist on the model.
        """
        new: dict[Hashable, ModelT] = {}
        for key, item in collection.items():
            try:
                if all(getattr(item, name) == value for name, value in kwargs.items()):
                    new[key] = item
            except AttributeError as exc:
                raise RepositoryError from exc
        return new

    @classmethod
    def seed_collection(cls, instances: Iterable[ModelT]) -> None:
        """Put items into the shared collection (keyed by their id).

        Args:
            instances: The items.
        """
        for instance in instances:
            cls.collection[cls.get_id_attribute_value(instance)] = instance

    @classmethod
    def clear_collection(cls) -> None:
        """Empty the shared collection."""
        cls.collection = {}

    def add(self, data: ModelT) -> ModelT:
        """Store a new item (it gets an id unless ``allow_ids_on_add``)."""
        return self._add(data)

    def add_many(self, data: Iterable[ModelT]) -> list[ModelT]:
        """Store new items."""
        return [self._add(item) for item in data]

    def delete(self, item_id: Any) -> ModelT:
        """Delete and return the item with this id."""
        try:
            return self._find_or_raise_not_found(item_id)
        finally:
            self.collection.pop(item_id, None)

    def delete_many(self, item_ids: list[Any]) -> list[ModelT]:
        """Delete the items with these ids."""
        deleted = [self.collection.pop(i) for i in item_ids if i in self.collection]
        return deleted

    def exists(self, *filters: Any, **kwargs: Any) -> bool:
        """Tell whether an item matches ``kwargs``."""
        return bool(self._filtered(kwargs))

    def get(self, item_id: Any, **kwargs: Any) -> ModelT:
        """Return the item with this id."""
        return self._find_or_raise_not_found(item_id)

    def get_or_create(
        self, match_fields: list[str] | str | None = None, **kwargs: Any
    ) -> tuple[ModelT, bool]:
        """Return the item matching ``kwargs``, adding it when absent."""
        fields = match_fields or self.match_fields
        if isinstance(fields, str):
            fields = [fields]
        match = {k: v for k, v in kwargs.items() if k in fields} if fields else kwargs
        found = self._filtered(match)
        if found:
            return found[0], False
        return self._add(self.model_type(**kwargs)), True

    def get_one(self, **kwargs: Any) -> ModelT:
        """Return the first item matching ``kwargs``."""
        return self.check_not_found(next(iter(self._filtered(kwargs)), None))

    def get_one_or_none(self, **kwargs: Any) -> ModelT | None:
        """Return the first item matching ``kwargs``, or ``None``."""
        return next(iter(self._filtered(kwargs)), None)

    def update(self, data: ModelT) -> ModelT:
        """Update the stored item with the same id."""
        return self._update(data)

    def update_many(self, data: list[ModelT]) -> list[ModelT]:
        """Update stored items."""
        return [self._update(item) for item in data]

    def upsert(self, data: ModelT) -> ModelT:
        """Update the item, or add it when absent."""
        item_id = self.get_id_attribute_value(data)
        if item_id in self.collection:
            return self._update(data)
        return self._add(data)

    def upsert_many(self, data: list[ModelT]) -> list[ModelT]:
        """Update or add items."""
        return [
            self._update(i) if self.get_id_attribute_value(i) in self.collection else self._add(i)
            for i in data
        ]

    def list_and_count(self, *filters: Any, **kwargs: Any) -> tuple[list[ModelT], int]:
        """Return the items matching ``kwargs`` and their count."""
        items = self._filtered(kwargs)
        return items, len(items)

    def list(self, *filters: Any, **kwargs: Any) -> list[ModelT]:
        """Return the items matching ``kwargs``."""
        return self._filtered(kwargs)

    def count(self, *filters: Any, **kwargs: Any) -> int:
        """Count the items matching ``kwargs``."""
        return len(self._filtered(kwargs))


def _attributes(item: Any) -> dict[str, Any]:
    if hasattr(item, "__dict__"):
        return {k: v for k, v in vars(item).items() if not k.startswith("_")}
    return {name: getattr(item, name) for name in getattr(item, "__slots__", ())}
