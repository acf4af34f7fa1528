"""Helpers to take annotations apart."""
# ruff: noqa: UP006, UP007, UP035

from __future__ import annotations

from collections import abc, defaultdict, deque
from types import UnionType
from typing import (
    AbstractSet,
    Annotated,
    Any,
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Collection,
    Container,
    Coroutine,
    DefaultDict,
    Deque,
    Dict,
    Final,
    FrozenSet,
    Generator,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    List,
    Mapping,
    MappingView,
    MutableMapping,
    MutableSequence,
    MutableSet,
    NotRequired,
    Required,
    Reversible,
    Sequence,
    Set,
    Tuple,
    TypeVar,
    Union,
    ValuesView,
    get_args,
    get_origin,
)

from typing_extensions import ReadOnly

__all__ = (
    "get_instantiable_origin",
    "get_origin_or_inner_type",
    "get_safe_generic_origin",
    "instantiable_type_mapping",
    "make_non_optional_union",
    "safe_generic_origin_map",
    "unwrap_annotation",
)

UnionT = TypeVar("UnionT")

instantiable_type_mapping: Final[dict[Any, type]] = {
    AbstractSet: set,
    DefaultDict: defaultdict,
    Deque: deque,
    Dict: dict,
    FrozenSet: frozenset,
    List: list,
    Mapping: dict,
    MutableMapping: dict,
    MutableSequence: list,
    MutableSet: set,
    Sequence: list,
    Set: set,
    Tuple: tuple,
    abc.Mapping: dict,
    abc.MutableMapping: dict,
    abc.MutableSequence: list,
    abc.MutableSet: set,
    abc.Sequence: list,
    abc.Set: set,
    defaultdict: defaultdict,
    deque: deque,
    dict: dict,
    frozenset: frozenset,
    list: list,
    set: set,
    tuple: tuple,
}
"""Maps an abstract or ``typing`` origin to a concrete class that can be instantiated."""

safe_generic_origin_map: Final[dict[Any, Any]] = {
    set: AbstractSet,
    defaultdict: DefaultDict,
    deque: Deque,
    dict: Dict,
    frozenset: FrozenSet,
    list: List,
    tuple: Tuple,
    abc.Mapping: Mapping,
    abc.MutableMapping: MutableMapping,
    abc.MutableSequence: MutableSequence,
    abc.MutableSet: MutableSet,
    abc.Sequence: Sequence,
    abc.Set: AbstractSet,
    abc.Collection: Collection,
    abc.Container: Container,
    abc.ItemsView: ItemsView,
    abc.KeysView: KeysView,
    abc.MappingView: MappingView,
    abc.ValuesView: ValuesView,
    abc.Iterable: Iterable,
    abc.Iterator: Iterator,
    abc.Generator: Generator,
    abc.Reversible: Reversible,
    abc.Coroutine: Coroutine,
    abc.AsyncGenerator: AsyncGenerator,
    abc.AsyncIterable: AsyncIterable,
    abc.AsyncIterator: AsyncIterator,
    abc.Awaitable: Awaitable,
    Union: Union,
    UnionType: Union,
}
"""Maps a runtime origin to the ``typing`` generic that can be subscripted on any Python."""

_WRAPPERS: Final = (Annotated, Required, NotRequired, ReadOnly)


def unwrap_annotation(annotation: Any) -> tuple[Any, tuple[Any, ...], set[Any]]:
    """Strip ``Annotated``, ``Required``, ``NotRequired`` and ``ReadOnly`` from an annotation.

    Args:
        annotation: The annotation.

    Returns:
        ``(inner annotation, Annotated metadata, set of wrappers removed)``.
    """
    metadata: tuple[Any, ...] = ()
    wrappers: set[Any] = set()
    while True:
        origin = get_origin(annotation)
        if origin not in _WRAPPERS:
            return annotation, metadata, wrappers
        wrappers.add(origin)
        if origin is Annotated:
            metadata += annotation.__metadata__
            annotation = annotation.__origin__
        else:
            annotation = get_args(annotation)[0]


def get_origin_or_inner_type(annotation: Any) -> Any:
    """Return the origin of ``annotation`` after stripping ``Annotated`` and friends.

    Args:
        annotation: The annotation.

    Returns:
        The origin (e.g. ``list`` for ``list[int]``), or ``None``.
    """
    inner, _, _ = unwrap_annotation(annotation)
    return get_origin(inner)


def make_non_optional_union(annotation: UnionT | None) -> UnionT:
    """Return the union without its ``None`` member.

    Args:
        annotation: A union annotation, e.g. ``int | str | None``.

    Returns:
        The union of the other members, e.g. ``int | str``.
    """
    args = tuple(arg for arg in get_args(annotation) if arg is not type(None))
    return Union[args]  # type: ignore[return-value]


def get_instantiable_origin(origin_type: Any, annotation: Any) -> Any:
    """Return a class that can be instantiated for ``origin_type``.

    Args:
        origin_type: An origin such as ``collections.abc.Sequence``.
        annotation: The annotation the origin came from.

    Returns:
        E.g. ``list`` for ``Sequence``; ``origin_type`` when not mapped.
    """
    return instantiable_type_mapping.get(origin_type, origin_type)


def get_safe_generic_origin(origin_type: Any, annotation: Any) -> Any:
    """Return a ``typing`` generic for ``origin_type`` that can be subscripted.

    Args:
        origin_type: A runtime origin such as ``list``.
        annotation: The annotation the origin came from.

    Returns:
        E.g. ``typing.List`` for ``list``; ``origin_type`` when not mapped.
    """
    return safe_generic_origin_map.get(origin_type, origin_type)
