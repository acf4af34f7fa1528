"""Annotation predicates and typing helpers."""
# ruff: noqa: UP006, UP007, UP035, UP045

from __future__ import annotations

import asyncio
import collections
import dataclasses
import functools
import inspect
import typing
from collections import abc
from typing import Annotated, Any, ClassVar, Dict, List, NotRequired, Optional, Required, Union

import pytest
from litestar.utils import predicates as p
from litestar.utils.typing import (
    get_instantiable_origin,
    get_origin_or_inner_type,
    get_safe_generic_origin,
    make_non_optional_union,
    unwrap_annotation,
)


@dataclasses.dataclass
class _DC:
    a: int = 1


class _TD(typing.TypedDict):
    a: int


def test_union_predicates() -> None:
    for annotation in (Optional[int], int | None):
        assert p.is_optional_union(annotation)
        assert p.is_union(annotation)
    assert p.is_union(Union[int, str])
    assert p.is_union(Annotated[int | str, "x"])
    assert not p.is_optional_union(Union[int, str])
    assert not p.is_union(int)


def test_is_any() -> None:
    assert p.is_any(Any)
    assert p.is_any(Optional[Any])
    assert not p.is_any(int)
    assert not p.is_any(typing.TypeVar("T"))


def test_class_var_annotated_and_generic() -> None:
    assert p.is_class_var(ClassVar[int])
    assert not p.is_class_var(int)
    assert p.is_annotated_type(Annotated[int, 1])
    assert not p.is_annotated_type(int)
    assert p.is_generic(typing.Generic)
    assert not p.is_generic(_DC)


def test_dataclass_predicates() -> None:
    assert p.is_dataclass_class(_DC)
    assert not p.is_dataclass_class(_DC())
    assert p.is_dataclass_instance(_DC())
    assert not p.is_dataclass_instance(_DC)
    assert not p.is_dataclass_instance(1)


@pytest.mark.parametrize(
    ("annotation", "iterable", "sequence", "mapping"),
    [
        (List[int], True, True, False),
        (list[int], True, True, False),
        (list, True, True, False),
        (tuple[int, ...], True, True, False),
        (set[int], True, True, False),
        (frozenset, True, True, False),
        (collections.deque, True, True, False),
        (typing.Sequence[int], True, True, False),
        (dict, True, False, True),
        (Dict[str, int], True, False, True),
        (typing.Mapping[str, int], True, False, True),
        (abc.Mapping, True, False, True),
        (_TD, True, False, True),
        (typing.Iterable, True, False, False),
        (str, False, False, False),
        (bytes, False, False, False),
        (int, False, False, False),
        (Optional[List[int]], False, False, False),
        ("str", False, False, False),
    ],
)
def test_collection_predicates(annotation: Any, iterable: bool, sequence: bool, mapping: bool) -> None:
    assert p.is_non_string_iterable(annotation) is iterable
    assert p.is_non_string_sequence(annotation) is sequence
    assert p.is_mapping(annotation) is mapping


def test_is_class_and_subclass_uses_the_instantiable_origin() -> None:
    assert p.is_class_and_subclass(list[int], list)
    assert p.is_class_and_subclass(typing.Sequence[int], (list, dict))
    assert p.is_class_and_subclass(_TD, dict)
    assert not p.is_class_and_subclass(abc.Mapping, (list, dict))
    assert not p.is_class_and_subclass("str", str)
    assert not p.is_class_and_subclass(Optional[int], int)


def test_is_async_callable() -> None:
    class AsyncCall:
        async def __call__(self) -> None:
            pass

    assert p.is_async_callable(asyncio.sleep)
    assert p.is_async_callable(functools.partial(asyncio.sleep, 1))
    assert p.is_async_callable(AsyncCall())
    assert p.is_async_callable(AsyncCall)
    assert not p.is_async_callable(len)
    assert not p.is_async_callable(lambda: 1)


def test_is_undefined_sentinel() -> None:
    assert p.is_undefined_sentinel(dataclasses.MISSING)
    assert p.is_undefined_sentinel(inspect.Parameter.empty)
    assert not p.is_undefined_sentinel(None)
    assert not p.is_undefined_sentinel([])


def test_unwrap_annotation_and_origin() -> None:
    assert unwrap_annotation(int) == (int, (), set())
    assert unwrap_annotation(Annotated[int, "x"]) == (int, ("x",), {Annotated})
    assert unwrap_annotation(Required[Annotated[int, "a"]]) == (int, ("a",), {Required, Annotated})
    assert unwrap_annotation(NotRequired[int]) == (int, (), {NotRequired})
    assert get_origin_or_inner_type(int) is None
    assert get_origin_or_inner_type(list[int]) is list
    assert get_origin_or_inner_type(Annotated[Optional[List[int]], "x"]) is Union
    assert get_origin_or_inner_type(ClassVar[int]) is ClassVar


def test_make_non_optional_union() -> None:
    assert make_non_optional_union(Optional[int]) is int
    assert make_non_optional_union(Union[int, str, None]) == Union[int, str]
    assert make_non_optional_union(int | None) is int
    with pytest.raises(TypeError):
        make_non_optional_union(int)


def test_origin_mappings() -> None:
    assert get_instantiable_origin(abc.Sequence, typing.Sequence[int]) is list
    assert get_instantiable_origin(abc.Mapping, typing.Mapping[str, int]) is dict
    assert get_instantiable_origin(abc.Iterable, typing.Iterable[int]) is abc.Iterable
    assert get_safe_generic_origin(list, list[int]) is typing.List
    assert get_safe_generic_origin(set, set[int]) is typing.AbstractSet
    assert get_safe_generic_origin(str, str) is str
