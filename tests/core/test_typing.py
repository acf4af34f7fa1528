"""``FieldDefinition`` takes annotations apart like litestar 2.17's (values observed on 2.17)."""
# ruff: noqa: UP007, UP045

from __future__ import annotations

import copy
import enum
import inspect
from dataclasses import dataclass
from typing import Annotated, Any, Generic, Literal, NewType, NotRequired, Optional, TypedDict, TypeVar, Union

import msgspec
import pytest
from litestar.exceptions import ImproperlyConfiguredException
from litestar.params import Body, Dependency, Parameter
from litestar.types.empty import Empty
from litestar.typing import FieldDefinition

T = TypeVar("T", bound=int)
UserId = NewType("UserId", int)


class Color(enum.Enum):
    RED = 1


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Box(Generic[T]):
    pass


@dataclass
class Pair(Generic[T]):
    left: int
    label: Annotated[str, "doc"]
    right: T


def test_plain_type() -> None:
    """A plain class has no origin, no inner types, and is a required simple type."""
    fd = FieldDefinition.from_annotation(int)
    assert (fd.raw, fd.annotation, fd.origin, fd.args, fd.inner_types, fd.metadata) == (
        int,
        int,
        None,
        (),
        (),
        (),
    )
    assert fd.type_wrappers == set()
    assert fd.default is Empty
    assert fd.name == ""
    assert fd.extra == {}
    assert fd.kwarg_definition is None
    assert fd.is_simple_type
    assert fd.is_required
    assert not fd.has_default
    assert fd.type_ is int
    assert repr(fd).startswith(
        "FieldDefinition(raw=<class 'int'>, annotation=<class 'int'>, type_wrappers=set()"
    )


def test_optional_union() -> None:
    """``Optional[X]`` is a union, optional, not required; its inner types are the members."""
    fd = FieldDefinition.from_annotation(Optional[int])
    assert fd.origin is Union
    assert fd.instantiable_origin is Union
    assert fd.safe_generic_origin is Union
    assert [inner.annotation for inner in fd.inner_types] == [int, type(None)]
    assert fd.is_union
    assert fd.is_optional
    assert not fd.is_required
    assert not fd.is_simple_type
    assert not fd.is_subclass_of(int)
    assert FieldDefinition.from_annotation(Union[int, bool]).is_subclass_of(int)
    assert FieldDefinition.from_annotation(Optional[int]) == FieldDefinition.from_annotation(Union[int, None])


def test_collections() -> None:
    """Generic collections record their origin, a concrete class and a subscriptable alias."""
    listed = FieldDefinition.from_annotation(list[int])
    assert listed.origin is list
    assert listed.instantiable_origin is list
    assert listed.is_collection
    assert listed.is_non_string_collection
    assert listed.is_non_string_sequence
    assert listed.is_subclass_of(list)
    assert listed.has_inner_subclass_of(int)
    assert listed.match_predicate_recursively(lambda fd: fd.annotation is int)
    mapping = FieldDefinition.from_annotation(dict[str, int])
    assert mapping.is_mapping
    assert not mapping.is_non_string_sequence
    assert mapping.is_non_string_iterable
    assert FieldDefinition.from_annotation(tuple[int, ...]).is_tuple
    optional_list = FieldDefinition.from_annotation(Optional[list[int]])
    assert optional_list.is_non_string_iterable
    assert optional_list.is_non_string_sequence
    assert not optional_list.is_collection
    assert optional_list.has_inner_subclass_of(list)
    text = FieldDefinition.from_annotation(str)
    assert text.is_collection
    assert not text.is_non_string_collection
    assert not text.is_non_string_iterable


def test_annotated_marker_and_metadata() -> None:
    """A ``Parameter()`` in ``Annotated`` becomes the kwarg definition; other metadata is kept."""
    fd = FieldDefinition.from_annotation(Annotated[int, Parameter(gt=1), msgspec.Meta(lt=5)])
    assert fd.annotation is int
    assert fd.type_wrappers == {Annotated}
    assert fd.metadata == (msgspec.Meta(lt=5),)
    assert fd.is_parameter_field
    assert fd.kwarg_definition is not None
    assert fd.kwarg_definition.gt == 1
    assert fd.is_annotated
    assert not FieldDefinition.from_annotation(Annotated[int, Parameter()]).is_annotated
    body = FieldDefinition.from_annotation(Annotated[list[int] | None, Body(title="x")])
    assert body.kwarg_definition is not None
    assert body.is_optional
    dep = FieldDefinition.from_annotation(Annotated[int, Dependency(skip_validation=True)])
    assert dep.kwarg_definition == Dependency(skip_validation=True)
    assert FieldDefinition.from_annotation(Annotated[int, Parameter(const=True)]).is_const


def test_default_inside_annotated_is_deprecated() -> None:
    """A default given in the marker still applies, with a DeprecationWarning."""
    with pytest.warns(DeprecationWarning, match="Deprecated default value specification"):
        fd = FieldDefinition.from_annotation(Annotated[int, Parameter(default=4)])
    assert fd.default == 4
    assert fd.has_default
    assert not fd.is_required


def test_required_rules() -> None:
    """``None`` as default keeps a field required; other defaults, NotRequired and Any do not."""
    assert FieldDefinition.from_kwarg(int, "x", default=None).is_required
    assert not FieldDefinition.from_kwarg(int, "x", default=3).is_required
    assert not FieldDefinition.from_kwarg(int, "x", kwarg_definition=Parameter(required=False)).is_required
    assert not FieldDefinition.from_annotation(NotRequired[int]).is_required
    assert not FieldDefinition.from_annotation(Any).is_required


def test_special_kinds() -> None:
    """Literal, NewType, TypeVar, forward references, enums, TypedDicts and dataclasses are recognised."""
    assert FieldDefinition.from_annotation(Literal["a", "b"]).is_literal
    assert FieldDefinition.from_annotation(UserId).is_new_type
    type_var = FieldDefinition.from_annotation(T)
    assert type_var.is_type_var
    assert [b.annotation for b in type_var.bound_types or ()] == [int]
    assert not type_var.is_subclass_of(int)
    forward = FieldDefinition.from_annotation("int")
    assert forward.is_forward_ref
    assert forward.type_ == "int"
    assert FieldDefinition.from_annotation(Color).is_enum
    assert FieldDefinition.from_annotation(Movie).is_typeddict_type
    assert FieldDefinition.from_annotation(Pair).is_dataclass_type
    assert FieldDefinition.from_annotation(type(None)).is_none_type
    generic = FieldDefinition.from_annotation(Box)
    assert generic.is_generic
    assert [g.annotation for g in generic.generic_types or ()] == [T]
    assert FieldDefinition.from_annotation(Box[int]).generic_types is None
    assert not FieldDefinition.from_annotation(int).is_type_alias_type


def test_get_type_hints_resolves_generics() -> None:
    """Type hints of the annotated class, with ``Annotated`` kept on request and generics filled in."""
    assert FieldDefinition.from_annotation(Pair).get_type_hints() == {"left": int, "label": str, "right": T}
    assert (
        FieldDefinition.from_annotation(Pair).get_type_hints(include_extras=True)["label"]
        == Annotated[str, "doc"]
    )
    assert FieldDefinition.from_annotation(Pair[int]).get_type_hints(resolve_generics=True)["right"] is int


def test_from_parameter() -> None:
    """A function parameter needs a resolved annotation; its default comes along."""

    def fn(a: int = 2, b: Any = None) -> None: ...

    parameters = inspect.signature(fn).parameters
    fd = FieldDefinition.from_parameter(parameters["a"], {"a": int})
    assert (fd.name, fd.default, fd.annotation) == ("a", 2, int)
    with pytest.raises(ImproperlyConfiguredException, match="'b' does not have a type annotation"):
        FieldDefinition.from_parameter(parameters["b"], {})


def test_hash_and_copy() -> None:
    """Definitions are hashable, compare by type, and deep-copy to an equal definition."""
    fd = FieldDefinition.from_kwarg(list[int], "x", extra={"a": 1})
    assert hash(fd) == hash(copy.deepcopy(fd))
    assert copy.deepcopy(fd) == fd
    assert fd != list[int]
    assert fd.extra == {"a": 1}
    assert isinstance(hash(FieldDefinition.from_annotation(Annotated[int, {"unhashable": []}])), int)
