"""Tests for ``litestar.datastructures.state``."""

from __future__ import annotations

import copy

import pytest
from litestar.datastructures import ImmutableState, State


def test_state_attribute_and_item_access() -> None:
    state = State({"a": 1})
    assert state.a == 1
    assert state["a"] == 1
    state.b = 2
    state["c"] = 3
    assert state.dict() == {"a": 1, "b": 2, "c": 3}
    del state.b
    del state["c"]
    assert list(state) == ["a"]
    assert len(state) == 1
    with pytest.raises(AttributeError, match="zz"):
        state.zz  # noqa: B018
    with pytest.raises(KeyError):
        state["zz"]
    with pytest.raises(AttributeError):
        del state.zz
    assert not State()
    assert state
    assert State(None).dict() == {}
    assert State([("x", 1)]).x == 1
    assert State(ImmutableState({"q": 1})).q == 1
    assert state.pop("a") == 1


def test_state_wraps_dict_without_copy_by_default() -> None:
    source = {"a": [1]}
    State(source).n = 5
    assert source == {"a": [1], "n": 5}
    State(source, deep_copy=True)["a"].append(2)
    assert source["a"] == [1]


def test_immutable_state_deep_copies_by_default() -> None:
    source = {"a": [1]}
    state = ImmutableState(source)
    source["a"].append(3)
    assert state.dict() == {"a": [1]}
    assert ImmutableState(source, deep_copy=False)["a"] is source["a"]


def test_immutable_state_is_read_only() -> None:
    state = ImmutableState({"a": [1]})
    assert state.a == [1]
    with pytest.raises(AttributeError):
        state.a = 2
    with pytest.raises(TypeError):
        state["a"] = 2  # type: ignore[index]
    with pytest.raises(AttributeError):
        del state.a
    with pytest.raises(AttributeError):
        state.missing  # noqa: B018
    with pytest.raises(TypeError):
        hash(state)


def test_copies_share_data_unless_deep_copy() -> None:
    state = State({"a": [1]})
    state.copy()["a"].append(2)
    copy.copy(state)["b"] = 1
    immutable = state.immutable_copy()
    mutable = immutable.mutable_copy()
    state["a"].append(3)
    assert state.dict() == {"a": [1, 2, 3], "b": 1}
    assert immutable["a"] == [1, 2, 3]
    assert isinstance(mutable, State)
    assert mutable["a"] == [1, 2, 3]
    assert type(copy.copy(immutable)) is ImmutableState


def test_validate_and_equality() -> None:
    assert isinstance(ImmutableState.validate({"a": 1}), ImmutableState)
    assert isinstance(State.validate({"a": 1}), State)
    assert ImmutableState({"a": [1]}) == ImmutableState({"a": [1]})
    assert State({"a": 1}) == {"a": 1}


def test_copy_has_its_own_keys_but_shares_values() -> None:
    state = State({"a": [1]})
    copied = state.copy()
    copied.z = 3
    del copied["a"]
    assert dict(state) == {"a": [1]}
    assert "z" not in state
    assert State({"a": [1]}).copy()["a"] == [1]
    shared = State({"a": [1]})
    shared.copy()["a"].append(2)
    assert shared["a"] == [1, 2]
