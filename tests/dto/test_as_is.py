"""Models that msgspec moves by itself behave as if the DTO had built them field by field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

import msgspec
import pytest
from litestar import get, post
from litestar.dto import DataclassDTO, DTOConfig, MsgspecDTO
from litestar.dto._as_is import decodes_as_is, encodes_as_is
from litestar.testing import create_test_client


@dataclass
class Point:
    x: int
    y: int
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tags.append("checked")


@dataclass
class Shape:
    name: str
    points: list[Point]
    origin: Point | None = None
    label: str = "none"


class StructPoint(msgspec.Struct):
    x: Annotated[int, msgspec.Meta(ge=0)]
    y: int = 0


class StructShape(msgspec.Struct):
    name: str
    points: list[StructPoint]


class RenamedPoint(msgspec.Struct, rename="camel"):
    x_value: int


class Guarded:
    """A data descriptor, as an ORM's instrumented attribute is one."""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = f"_{name}"

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        return getattr(instance, self.name, None) if instance is not None else self

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = value * 10


@dataclass
class Instrumented:
    value: int = field(default_factory=int)


Instrumented.value = Guarded()  # type: ignore[assignment]
Instrumented.value.__set_name__(Instrumented, "value")


def test_nested_dataclass_is_validated_and_initialised() -> None:
    """A nested dataclass decoded by msgspec is validated and its ``__post_init__`` runs."""

    @post(
        "/shapes",
        dto=DataclassDTO[Shape],
        return_dto=DataclassDTO[Shape],
        signature_namespace={"Shape": Shape},
    )
    async def create(data: Shape) -> Shape:
        assert isinstance(data.points[0], Point)
        return data

    with create_test_client([create]) as client:
        answer = client.post(
            "/shapes", json={"name": "s", "points": [{"x": 1, "y": 2}], "origin": {"x": 0, "y": 0}}
        )
        assert answer.status_code == 201
        assert answer.json() == {
            "name": "s",
            "points": [{"x": 1, "y": 2, "tags": ["checked"]}],
            "origin": {"x": 0, "y": 0, "tags": ["checked"]},
            "label": "none",
        }
        bad = client.post("/shapes", json={"name": "s", "points": [{"x": "a", "y": 2}]})
        assert bad.status_code == 400
        assert "points[0].x" in bad.json()["detail"]


def test_struct_constraints_hold_when_decoded_as_is() -> None:
    """``Meta`` constraints of a Struct the DTO hands to msgspec still answer 400."""

    @post("/shapes", dto=MsgspecDTO[StructShape], signature_namespace={"StructShape": StructShape})
    async def create(data: StructShape) -> StructShape:
        return data

    with create_test_client([create]) as client:
        assert client.post("/shapes", json={"name": "s", "points": [{"x": 1}]}).json() == {
            "name": "s",
            "points": [{"x": 1, "y": 0}],
        }
        assert client.post("/shapes", json={"name": "s", "points": [{"x": -1}]}).status_code == 400


def test_returned_dataclass_without_all_attributes_keeps_its_defaults() -> None:
    """A model with class-level defaults is read through the DTO, so no default goes missing."""
    shape = msgspec.json.decode(b'{"name": "s", "points": []}', type=Shape)

    @get("/shape", return_dto=DataclassDTO[Shape], signature_namespace={"Shape": Shape})
    async def read() -> Shape:
        return shape

    with create_test_client([read]) as client:
        assert client.get("/shape").json() == {"name": "s", "points": [], "origin": None, "label": "none"}


def _plan_fields(dto: type[Any], model: type[Any]) -> list[tuple[Any, str, Any]]:
    class _Conversion:
        to_model = None
        to_transfer = None

    return [(f, f.name, _Conversion()) for f in dto.generate_field_definitions(model)]


@pytest.mark.parametrize(
    ("dto", "model", "expected"),
    [
        (DataclassDTO, Point, True),
        (DataclassDTO, Shape, False),  # class-level defaults
        (DataclassDTO, Instrumented, False),  # assignment runs a descriptor
        (MsgspecDTO, StructPoint, True),
        (MsgspecDTO, RenamedPoint, False),  # the Struct's own wire names differ
    ],
)
def test_which_models_msgspec_moves_itself(dto: Any, model: type[Any], expected: bool) -> None:
    """Only models msgspec reads and writes exactly as their transfer type skip the plan."""
    fields = _plan_fields(dto, model)
    assert encodes_as_is(dto, model, fields) is expected
    assert decodes_as_is(dto, model, fields, DTOConfig()) is expected
    assert decodes_as_is(dto, model, fields, DTOConfig(forbid_unknown_fields=True)) is False


def test_renamed_field_is_not_as_is() -> None:
    """A field travelling under another name needs the transfer type."""
    fields = _plan_fields(DataclassDTO, Point)
    renamed = [(fields[0][0], "X", fields[0][2]), *fields[1:]]
    assert encodes_as_is(DataclassDTO, Point, renamed) is False
    assert decodes_as_is(DataclassDTO, Point, renamed, DTOConfig()) is False
