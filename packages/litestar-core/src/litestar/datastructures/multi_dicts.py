"""Multi-value dictionaries: several values may be stored under one key.

``len()`` counts every ``(key, value)`` pair, iteration yields each key once, and item
access returns the first value of a key (use ``getall`` for all of them).
"""

from __future__ import annotations

from collections.abc import (
    Generator,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    ValuesView,
)
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

if TYPE_CHECKING:
    from typing import Self

    from litestar.datastructures.upload_file import UploadFile

__all__ = ("FormMultiDict", "ImmutableMultiDict", "MultiDict", "MultiMixin")

T = TypeVar("T")
D = TypeVar("D")

_MISSING: Any = object()


def _pairs_of(args: Any) -> list[tuple[str, Any]]:
    """Turn any accepted constructor argument into a new list of pairs."""
    if args is None:
        return []
    # PERF: exact-type checks first; ABC isinstance checks are comparatively slow.
    args_type = type(args)
    if args_type is list:
        return list(args)
    if args_type is dict:
        return list(args.items())
    if isinstance(args, MultiMixin):
        return list(args.multi_items())
    if isinstance(args, Mapping):
        return list(args.items())
    return [(key, value) for key, value in args]


class _KeysView(KeysView[str]):
    __slots__ = ()

    def __len__(self) -> int:
        return len(self._mapping._index())  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"<_KeysView({', '.join(repr(key) for key in self)})>"


class _ValuesView(ValuesView[Any]):
    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        for _, value in self._mapping.multi_items():  # type: ignore[attr-defined]
            yield value

    def __contains__(self, value: object) -> bool:
        return any(value is v or value == v for v in self)

    def __repr__(self) -> str:
        return f"<_ValuesView({', '.join(repr(value) for value in self)})>"


class _ItemsView(ItemsView[str, Any]):
    __slots__ = ()

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        yield from self._mapping.multi_items()  # type: ignore[attr-defined]

    def __contains__(self, item: object) -> bool:
        return item in list(self)

    def __repr__(self) -> str:
        return f"<_ItemsView({', '.join(f'{k!r}: {v!r}' for k, v in self)})>"


class MultiMixin(Generic[T]):
    """Read-only multi-mapping behaviour shared by every multi-value dictionary.

    Subclasses provide ``_pairs()`` (all pairs, in order) and ``_norm()`` (how keys
    compare); an index of normalised key to values is built lazily and cached.
    """

    __slots__ = ()

    _index_cache: dict[str, list[T]] | None

    def _pairs(self) -> list[tuple[str, T]]:  # pragma: no cover - overridden
        raise NotImplementedError

    @staticmethod
    def _norm(key: str) -> str:
        return key

    def _index(self) -> dict[str, list[T]]:
        index = self._index_cache
        if index is None:
            index = {}
            norm = self._norm
            for key, value in self._pairs():
                nkey = norm(key)
                values = index.get(nkey)
                if values is None:
                    index[nkey] = [value]
                else:
                    values.append(value)
            self._index_cache = index  # type: ignore[misc]
        return index

    def dict(self) -> dict[str, list[Any]]:
        """Return the data as a dict of key to the list of all its values.

        Returns:
            A new dict.
        """
        result: dict[str, list[Any]] = {}
        for key, value in self._pairs():
            values = result.get(key)
            if values is None:
                result[key] = [value]
            else:
                values.append(value)
        return result

    def multi_items(self) -> Generator[tuple[str, T], None, None]:
        """Yield every ``(key, value)`` pair, including repeated keys.

        Yields:
            The pairs, in insertion order.
        """
        yield from self._pairs()

    def getall(self, key: str, default: Any = _MISSING) -> list[T]:
        """Return all values stored under ``key``.

        Args:
            key: The key.
            default: Returned if the key is absent; if not given, ``KeyError`` is raised.

        Returns:
            A new list of values.
        """
        values = self._index().get(self._norm(key))
        if values is None:
            if default is _MISSING:
                raise KeyError(key)
            return cast("list[T]", default)
        return list(values)

    def getone(self, key: str, default: Any = _MISSING) -> T:
        """Return the first value stored under ``key``.

        Args:
            key: The key.
            default: Returned if the key is absent; if not given, ``KeyError`` is raised.

        Returns:
            The first value.
        """
        values = self._index().get(self._norm(key))
        if values is None:
            if default is _MISSING:
                raise KeyError(key)
            return cast("T", default)
        return values[0]

    @overload
    def get(self, key: str) -> T | None: ...

    @overload
    def get(self, key: str, default: D) -> T | D: ...

    def get(self, key: str, default: Any = None) -> Any:
        """Return the first value of ``key``, or ``default`` if it is absent."""
        values = self._index().get(self._norm(key))
        return default if values is None else values[0]

    def __getitem__(self, key: str) -> T:
        values = self._index().get(self._norm(key))
        if values is None:
            raise KeyError(key)
        return values[0]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._norm(key) in self._index()

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        norm = self._norm
        for key, _ in self._pairs():
            nkey = norm(key)
            if nkey not in seen:
                seen.add(nkey)
                yield key

    def __len__(self) -> int:
        return len(self._pairs())

    def keys(self) -> KeysView[str]:
        """Return a view of the distinct keys."""
        return _KeysView(self)

    def values(self) -> ValuesView[T]:
        """Return a view of every value, including those of repeated keys."""
        return _ValuesView(self)

    def items(self) -> ItemsView[str, T]:
        """Return a view of every ``(key, value)`` pair, including repeated keys."""
        return _ItemsView(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MultiMixin):
            return self._pairs() == list(other.multi_items())
        if isinstance(other, Mapping):
            pairs = self._pairs()
            if len(pairs) != len(other):
                return False
            return all(key in other and other[key] == value for key, value in pairs)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        body = ", ".join(f"{key!r}: {value!r}" for key, value in self._pairs())
        return f"<{type(self).__name__}({body})>"


class MultiDict(MultiMixin[T], MutableMapping[str, T]):
    """A mutable multi-value dictionary."""

    __slots__ = ("_index_cache", "_list")

    def __init__(self, args: MultiMixin[T] | Mapping[str, T] | Iterable[tuple[str, T]] | None = None) -> None:
        """Initialise from a multi-mapping, a mapping or an iterable of pairs.

        Args:
            args: The initial data. Mapping values are stored as is (lists are not
                expanded).
        """
        self._list: list[tuple[str, T]] = _pairs_of(args)
        self._index_cache = None

    @classmethod
    def _from_list(cls, pairs: list[tuple[str, T]]) -> MultiDict[T]:
        """Wrap ``pairs`` without copying (the caller hands over ownership)."""
        self = cls.__new__(cls)
        self._list = pairs
        self._index_cache = None
        return self

    def _pairs(self) -> list[tuple[str, T]]:
        return self._list

    def __setitem__(self, key: str, value: T) -> None:
        new: list[tuple[str, T]] = []
        replaced = False
        for item in self._list:
            if item[0] == key:
                if not replaced:
                    new.append((key, value))
                    replaced = True
            else:
                new.append(item)
        if not replaced:
            new.append((key, value))
        self._list = new
        self._index_cache = None

    def __delitem__(self, key: str) -> None:
        new = [item for item in self._list if item[0] != key]
        if len(new) == len(self._list):
            raise KeyError(key)
        self._list = new
        self._index_cache = None

    def add(self, key: str, value: T) -> None:
        """Append a value under ``key``, keeping existing ones."""
        self._list.append((key, value))
        self._index_cache = None

    def extend(self, args: MultiMixin[T] | Mapping[str, T] | Iterable[tuple[str, T]] | None = None) -> None:
        """Append every pair of ``args``, keeping existing values."""
        self._list.extend(_pairs_of(args))
        self._index_cache = None

    def update(self, args: Any = None, /, **kwargs: T) -> None:
        """Replace the values of keys present in ``args`` and add the new ones."""
        grouped: dict[str, list[T]] = {}
        for key, value in [*_pairs_of(args), *kwargs.items()]:
            grouped.setdefault(key, []).append(value)
        new: list[tuple[str, T]] = []
        for key, value in self._list:
            pending = grouped.get(key)
            if pending is None:
                new.append((key, value))
            elif pending:
                new.append((key, pending.pop(0)))
        for key, values in grouped.items():
            new.extend((key, value) for value in values)
        self._list = new
        self._index_cache = None

    def merge(self, args: MultiMixin[T] | Mapping[str, T] | Iterable[tuple[str, T]] | None = None) -> None:
        """Add the pairs of ``args`` whose keys are not present yet."""
        existing = self._index()
        self._list.extend(item for item in _pairs_of(args) if item[0] not in existing)
        self._index_cache = None

    def popone(self, key: str, default: Any = _MISSING) -> T:
        """Remove and return the first value of ``key``.

        Args:
            key: The key.
            default: Returned if the key is absent; if not given, ``KeyError`` is raised.

        Returns:
            The removed value.
        """
        for i, (item_key, value) in enumerate(self._list):
            if item_key == key:
                del self._list[i]
                self._index_cache = None
                return value
        if default is _MISSING:
            raise KeyError(key)
        return cast("T", default)

    pop = popone

    def popall(self, key: str, default: Any = _MISSING) -> list[T]:
        """Remove and return all values of ``key``.

        Args:
            key: The key.
            default: Returned if the key is absent; if not given, ``KeyError`` is raised.

        Returns:
            The removed values.
        """
        values = [value for item_key, value in self._list if item_key == key]
        if not values:
            if default is _MISSING:
                raise KeyError(key)
            return cast("list[T]", default)
        self._list = [item for item in self._list if item[0] != key]
        self._index_cache = None
        return values

    def popitem(self) -> tuple[str, T]:
        """Remove and return the last pair."""
        if not self._list:
            raise KeyError("empty multidict")
        self._index_cache = None
        return self._list.pop()

    def clear(self) -> None:
        """Remove every pair."""
        self._list = []
        self._index_cache = None

    def setdefault(self, key: str, default: Any = None) -> T:
        """Return the first value of ``key``, adding ``default`` if it is absent."""
        values = self._index().get(key)
        if values is not None:
            return values[0]
        self.add(key, default)
        return cast("T", default)

    def immutable(self) -> ImmutableMultiDict[T]:
        """Return an immutable copy.

        Returns:
            An :class:`ImmutableMultiDict` with the same pairs.
        """
        return ImmutableMultiDict(self._list)

    def copy(self) -> Self:
        """Return a shallow copy of the same class."""
        return type(self)(self._list)

    __copy__ = copy


class ImmutableMultiDict(MultiMixin[T], Mapping[str, T]):
    """An immutable multi-value dictionary."""

    __slots__ = ("_index_cache", "_list")

    def __init__(
        self, args: MultiMixin[Any] | Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None
    ) -> None:
        """Initialise from a multi-mapping, a mapping or an iterable of pairs.

        Args:
            args: The initial data. Mapping values are stored as is (lists are not
                expanded).
        """
        self._list: list[tuple[str, T]] = _pairs_of(args)
        self._index_cache = None

    def _pairs(self) -> list[tuple[str, T]]:
        return self._list

    def mutable_copy(self) -> MultiDict[T]:
        """Return a mutable copy.

        Returns:
            A :class:`MultiDict` with the same pairs.
        """
        return MultiDict(self._list)

    def copy(self) -> Self:
        """Return a copy of the same class."""
        return type(self)(self._list)

    __copy__ = copy


class FormMultiDict(ImmutableMultiDict[Any]):
    """An immutable multi-value dictionary of form fields and uploaded files."""

    __slots__ = ()

    @classmethod
    def from_form_data(cls, form_data: dict[str, list[str] | str | UploadFile]) -> FormMultiDict:
        """Build from a dict whose list values are expanded to repeated keys.

        Args:
            form_data: Field name to a value or a list of values.

        Returns:
            A new form multi-dict.
        """
        pairs: list[tuple[str, Any]] = []
        for key, value in form_data.items():
            if isinstance(value, list):
                pairs.extend((key, item) for item in value)
            else:
                pairs.append((key, value))
        return cls(pairs)

    async def close(self) -> None:
        """Close every uploaded file held by this form."""
        from litestar.datastructures.upload_file import UploadFile

        for _, value in self._list:
            if isinstance(value, UploadFile):
                await value.close()
