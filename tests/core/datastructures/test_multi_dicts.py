"""Tests for ``litestar.datastructures.multi_dicts``."""

from __future__ import annotations

import copy
from types import MappingProxyType

import pytest
from litestar.datastructures import FormMultiDict, ImmutableMultiDict, MultiDict, UploadFile


@pytest.fixture(params=[MultiDict, ImmutableMultiDict, FormMultiDict])
def cls(request: pytest.FixtureRequest) -> type[MultiDict[str] | ImmutableMultiDict[str]]:
    return request.param  # type: ignore[no-any-return]


def test_read_api(cls: type[MultiDict[str]]) -> None:
    data = cls([("a", "1"), ("a", "2"), ("b", "3")])
    assert data["a"] == "1"
    assert len(data) == 3
    assert list(data) == ["a", "b"]
    assert list(data.keys()) == ["a", "b"]
    assert len(data.keys()) == 2
    assert list(data.items()) == [("a", "1"), ("a", "2"), ("b", "3")]
    assert list(data.values()) == ["1", "2", "3"]
    assert data.dict() == {"a": ["1", "2"], "b": ["3"]}
    assert list(data.multi_items()) == [("a", "1"), ("a", "2"), ("b", "3")]
    assert data.getall("a") == ["1", "2"]
    assert data.getone("a") == "1"
    assert data.get("z") is None
    assert data.get("z", "d") == "d"
    assert data.getall("z", None) is None
    assert data.getone("z", "x") == "x"
    assert "a" in data
    assert "z" not in data
    assert 1 not in data
    assert ("a", "2") in data.items()
    assert "3" in data.values()
    assert "9" not in data.values()
    name = cls.__name__
    assert repr(data) == f"<{name}('a': '1', 'a': '2', 'b': '3')>"
    assert repr(data.keys()) == "<_KeysView('a', 'b')>"
    assert repr(data.items()) == "<_ItemsView('a': '1', 'a': '2', 'b': '3')>"
    assert repr(data.values()) == "<_ValuesView('1', '2', '3')>"
    assert repr(cls()) == f"<{name}()>"
    with pytest.raises(KeyError):
        data["z"]
    with pytest.raises(KeyError):
        data.getall("z")
    with pytest.raises(KeyError):
        data.getone("z")
    with pytest.raises(TypeError, match="unhashable"):
        hash(data)


def test_constructors_and_equality(cls: type[MultiDict[str]]) -> None:
    assert repr(cls({"a": ["1", "2"]})) == f"<{cls.__name__}('a': ['1', '2'])>"
    assert list(cls(MappingProxyType({"a": "1"})).multi_items()) == [("a", "1")]
    assert list(cls((("a", "1"), ("b", "2"))).multi_items()) == [("a", "1"), ("b", "2")]
    source = MultiDict([("a", "1"), ("a", "2")])
    assert list(cls(source).multi_items()) == [("a", "1"), ("a", "2")]
    assert cls({"c": "9"}) == {"c": "9"}
    assert cls({"c": "9"}) != {"c": "8"}
    assert cls({"c": "9"}) != {"c": "9", "d": "1"}
    assert cls({"c": "9"}) != {"d": "9"}
    assert cls({"c": "9"}) == MultiDict({"c": "9"})
    assert cls({"c": "9"}) != MultiDict([("c", "9"), ("c", "9")])
    assert cls({"c": "9"}) != 1
    copied = cls(source).copy()
    assert type(copied) is cls
    assert type(copy.copy(cls(source))) is cls


def test_multidict_mutation() -> None:
    data = MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    data["c"] = "9"
    data["a"] = "x"
    assert list(data.multi_items()) == [("a", "x"), ("b", "3"), ("c", "9")]
    del data["a"]
    with pytest.raises(KeyError):
        del data["a"]
    data.add("b", "4")
    assert data.getall("b") == ["3", "4"]
    assert data.popall("b") == ["3", "4"]
    assert data.popall("b", []) == []
    with pytest.raises(KeyError):
        data.popall("b")
    data.extend([("a", "1")])
    data.extend({"a": "2"})
    assert list(data.multi_items()) == [("c", "9"), ("a", "1"), ("a", "2")]
    data.update({"a": "z"}, n="1")
    assert list(data.multi_items()) == [("c", "9"), ("a", "z"), ("n", "1")]
    data.update([("c", "1"), ("c", "2")])
    assert list(data.multi_items()) == [("c", "1"), ("a", "z"), ("n", "1"), ("c", "2")]
    data.merge({"a": "q", "m": "1"})
    assert data.getall("a") == ["z"]
    assert data["m"] == "1"
    assert data.popone("c") == "1"
    assert data.pop("c") == "2"
    assert data.popone("c", None) is None
    with pytest.raises(KeyError):
        data.popone("c")
    assert data.setdefault("k", "v") == "v"
    assert data.setdefault("k", "other") == "v"
    assert data.popitem() == ("k", "v")
    data.clear()
    assert len(data) == 0
    with pytest.raises(KeyError):
        data.popitem()


def test_immutable_and_mutable_copies() -> None:
    data = MultiDict([("a", "1"), ("a", "2")])
    frozen = data.immutable()
    assert isinstance(frozen, ImmutableMultiDict)
    assert list(frozen.multi_items()) == [("a", "1"), ("a", "2")]
    data.add("a", "3")
    assert frozen.getall("a") == ["1", "2"]
    thawed = frozen.mutable_copy()
    assert isinstance(thawed, MultiDict)
    thawed.add("b", "1")
    assert "b" not in frozen
    assert not hasattr(frozen, "__setitem__")


def test_mutation_invalidates_lookup_index() -> None:
    data = MultiDict({"a": "1"})
    assert data["a"] == "1"
    data.add("a", "2")
    assert data.getall("a") == ["1", "2"]


def test_form_multi_dict_from_form_data() -> None:
    upload = UploadFile("text/plain", "f.txt")
    form = FormMultiDict.from_form_data({"a": ["1", "2"], "b": "c", "f": upload})
    assert list(form.multi_items()) == [("a", "1"), ("a", "2"), ("b", "c"), ("f", upload)]
    upload.file.close()


async def test_form_multi_dict_close_closes_files() -> None:
    upload = UploadFile("text/plain", "f.txt", b"data")
    form = FormMultiDict([("a", "1"), ("f", upload)])
    await form.close()
    assert upload.file.closed
