"""The DTO API beyond request/response round trips (the oracle cases cover those)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

import msgspec
import pytest
from litestar import Litestar, get, post
from litestar.dto import DataclassDTO, DTOConfig, DTOData, DTOField, Mark, MsgspecDTO, dto_field
from litestar.dto._rename import rename_field
from litestar.dto.field import extract_dto_field
from litestar.exceptions import ImproperlyConfiguredException, InvalidAnnotationException
from litestar.testing import create_test_client
from litestar.typing import FieldDefinition

T = TypeVar("T")


@dataclass
class Child:
    name: str
    age: int = 0


@dataclass
class Parent:
    name: str
    child: Child | None = None
    children: dict[str, Child] = field(default_factory=dict)
    tags: tuple[str, ...] = ()


@dataclass
class Wrapper(Generic[T]):
    data: list[T]
    count: int


def test_config_rejects_include_with_exclude() -> None:
    """``include`` and ``exclude`` are exclusive, as in 2.17."""
    with pytest.raises(ImproperlyConfiguredException, match="mutually exclusive"):
        DTOConfig(include={"a"}, exclude={"b"})


def test_subscription_rejects_unions_and_forward_refs() -> None:
    """Unions and strings are not DTO type arguments."""
    with pytest.raises(InvalidAnnotationException, match="Unions"):
        DataclassDTO[Child | Parent]  # type: ignore[valid-type]
    with pytest.raises(InvalidAnnotationException, match="Forward references"):
        DataclassDTO["Child"]


def test_subscription_names_the_class_and_keeps_a_type_var_generic() -> None:
    """``DataclassDTO[Child]`` is a new class bound to the model; a TypeVar keeps the base."""
    bound = DataclassDTO[Child]
    assert bound.__name__ == f"DataclassDTO[{Child}]"
    assert bound.model_type is Child
    assert DataclassDTO[T] is DataclassDTO  # type: ignore[valid-type]


def test_rename_strategies() -> None:
    """The named strategies follow 2.17's rules, including leading and doubled underscores."""
    assert rename_field("_a_b", "camel") == "_aB"
    assert rename_field("x__", "camel") == "x"
    assert rename_field("__", "camel") == "__"
    assert rename_field("aB_c", "pascal") == "AbC"
    assert rename_field("_b_", "kebab") == "b"
    assert rename_field("Ab", "lower") == "ab"
    with pytest.raises(ValueError, match="Unknown rename strategy"):
        rename_field("a", "snake")  # type: ignore[arg-type]


def test_extract_dto_field_reads_annotated_metadata() -> None:
    """A ``DTOField`` may come from ``Annotated`` metadata or msgspec ``Meta(extra=...)``."""
    from typing import Annotated

    direct = FieldDefinition.from_annotation(Annotated[int, DTOField(mark=Mark.PRIVATE)])
    meta = FieldDefinition.from_annotation(Annotated[int, msgspec.Meta(extra=dto_field("write-only"))])
    assert extract_dto_field(direct, {}).mark is Mark.PRIVATE
    assert extract_dto_field(meta, {}).mark is Mark.WRITE_ONLY
    with pytest.raises(ImproperlyConfiguredException):
        extract_dto_field(FieldDefinition.from_annotation(int), {"__dto__": "nope"})


class ParentDTO(DataclassDTO[Parent]):
    config = DTOConfig(max_nested_depth=1, exclude={"children.1.age"})


@post("/parents", dto=ParentDTO, return_dto=None, signature_namespace={"Parent": Parent})
async def create_parent(data: DTOData[Parent]) -> dict[str, object]:
    parent = data.create_instance(child__age=7)
    return {"child": repr(parent.child), "children": repr(parent.children), "tags": list(parent.tags)}


@get("/wrapped", return_dto=ParentDTO, signature_namespace={"Parent": Parent})
async def wrapped() -> Wrapper[Parent]:
    return Wrapper(data=[Parent("p", children={"a": Child("c", 3)})], count=1)


def test_nested_kwargs_of_create_instance_and_dict_values() -> None:
    """``child__age=`` sets a field of the nested model; dict values of models are models."""
    with create_test_client([create_parent, wrapped]) as client:
        response = client.post(
            "/parents",
            json={"name": "p", "child": {"name": "c"}, "children": {"x": {"name": "d"}}, "tags": ["t"]},
        )
        assert response.json() == {
            "child": "Child(name='c', age=7)",
            "children": "{'x': Child(name='d', age=0)}",
            "tags": ["t"],
        }
        assert client.get("/wrapped").json() == {
            "data": [{"name": "p", "child": None, "children": {"a": {"name": "c"}}, "tags": []}],
            "count": 1,
        }


class Event(msgspec.Struct):
    name: str
    private: str = msgspec.field(default="p")
    when: list[int] = msgspec.field(default_factory=list)


class EventDTO(MsgspecDTO[Event]):
    config = DTOConfig(exclude={"private"}, partial=True)


@post("/events", dto=EventDTO, return_dto=None, signature_namespace={"Event": Event})
async def create_event(data: DTOData[Event]) -> dict[str, object]:
    return data.as_builtins()


def test_msgspec_partial_keeps_only_sent_fields() -> None:
    """A partial DTO's data holds what the client sent, nothing else."""
    with create_test_client([create_event]) as client:
        assert client.post("/events", json={"when": [1]}).json() == {"when": [1]}


def test_form_body_through_a_dto() -> None:
    """A url-encoded body is converted by the DTO."""
    from litestar.enums import RequestEncodingType
    from litestar.params import Body

    @post("/form", dto=DataclassDTO[Child], signature_namespace={"Child": Child})
    async def form(data: Child = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Child:
        return data

    with create_test_client([form]) as client:
        assert client.post("/form", data={"name": "f", "age": "4"}).json() == {"name": "f", "age": 4}
        assert client.post("/form", data={"age": "4"}).status_code == 400


def test_msgpack_body_through_a_dto() -> None:
    """A msgpack body is decoded by the DTO when the content type says so."""

    @post("/mp", dto=DataclassDTO[Child], signature_namespace={"Child": Child})
    async def mp(data: Child) -> Child:
        return data

    with create_test_client([mp]) as client:
        response = client.post(
            "/mp",
            content=msgspec.msgpack.encode({"name": "m"}),
            headers={"content-type": "application/x-msgpack"},
        )
    assert response.json() == {"name": "m", "age": 0}


def test_dto_without_litestar_dto_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dto=`` on a handler without the piece fails at construction naming litestar-dto."""
    from litestar import _discovery
    from litestar.exceptions import MissingDependencyException

    monkeypatch.setattr(_discovery, "_entry_points", dict)
    _discovery.load_piece.cache_clear()

    @post("/x", dto=DataclassDTO[Child], signature_namespace={"Child": Child})
    async def needs(data: Child) -> None:
        return None

    try:
        with pytest.raises(MissingDependencyException, match="pip install litestar-dto"):
            Litestar([needs])
    finally:
        _discovery.load_piece.cache_clear()


def test_property_fields_and_type_hints() -> None:
    """The helpers expose properties and parsed hints of a model."""

    @dataclass
    class WithProperty:
        a: int

        @property
        def double(self) -> int:
            return self.a * 2

    assert list(DataclassDTO.get_property_fields(WithProperty)) == ["double"]
    assert DataclassDTO.get_model_type_hints(WithProperty)["a"].annotation is int
    assert DataclassDTO.get_config_for_model_type(DTOConfig(), WithProperty) == DTOConfig()
