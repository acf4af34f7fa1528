"""Path, helper and sequence utilities."""

from __future__ import annotations

import enum
import functools

import pytest
from litestar.utils import (
    find_index,
    get_enum_string_value,
    get_name,
    join_paths,
    normalize_path,
    unique,
    unique_name_for_scope,
    url_quote,
)
from litestar.utils.helpers import unwrap_partial


@pytest.mark.parametrize(
    ("path", "expected"),
    [("", "/"), ("/", "/"), ("a", "/a"), ("a/", "/a"), ("/a/", "/a"), ("//a//b//", "/a/b"), ("/a/b", "/a/b")],
)
def test_normalize_path(path: str, expected: str) -> None:
    assert normalize_path(path) == expected


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        ([], "/"),
        ([""], "/"),
        (["a", "b"], "/a/b"),
        (["/a/", "/b/"], "/a/b"),
        (["", "a"], "/a"),
        (["/", "/"], "/"),
        (["a", "/", "b"], "/a/b"),
    ],
)
def test_join_paths(paths: list[str], expected: str) -> None:
    assert join_paths(paths) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("a b", "a%20b"), ("a/b?c=d&e", "a/b?c=d&e"), ("é", "%C3%A9"), (b"a b", "a%20b"), ("~-_.+%", "~-_.+%")],
)
def test_url_quote(value: str | bytes, expected: str) -> None:
    assert url_quote(value) == expected


def _fn() -> None:
    pass


class _Cls:
    def method(self) -> None:
        pass


def test_get_name() -> None:
    assert get_name(_fn) == "_fn"
    assert get_name(_Cls) == "_Cls"
    assert get_name(_Cls()) == "_Cls"
    assert get_name(_Cls().method) == "method"
    assert get_name(functools.partial(_fn)) == "partial"
    assert get_name(len) == "len"
    assert get_name(1) == "int"


def test_get_enum_string_value() -> None:
    class Plain(enum.Enum):
        A = "a"

    class StrEnum(str, enum.Enum):
        B = "b"

    assert get_enum_string_value(Plain.A) == "a"
    assert get_enum_string_value(StrEnum.B) == "b"
    assert get_enum_string_value("x") == "x"


def test_unique_name_for_scope() -> None:
    assert unique_name_for_scope("a", set()) == "a_0"
    assert unique_name_for_scope("a", {"a", "a_0", "a_1"}) == "a_2"


def test_unwrap_partial() -> None:
    assert unwrap_partial(functools.partial(functools.partial(_fn))) is _fn
    assert unwrap_partial(_fn) is _fn


def test_find_index_and_unique() -> None:
    assert find_index([1, 2, 3], lambda x: x == 2) == 1
    assert find_index([1], lambda x: False) == -1
    assert sorted(unique([3, 1, 3, 2])) == [1, 2, 3]
    assert unique([1, 2, 1, [1], [1]]) == [1, 2, [1]]
