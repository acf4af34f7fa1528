"""Python annotations become the schemas Litestar 2.17 documents for them."""

from __future__ import annotations

import datetime
import decimal
import enum
import ipaddress
import pathlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import (
    Annotated,
    Any,
    Generic,
    Literal,
    NamedTuple,
    NewType,
    NotRequired,
    Optional,
    TypedDict,
    TypeVar,
    Union,
)

import attrs
import msgspec
import pytest
from _helpers import schema_of
from litestar import get
from litestar.openapi._schema._creator import SchemaCreator
from litestar.openapi.spec import OpenAPIType, Reference, Schema
from litestar.params import Parameter
from litestar.plugins import OpenAPISchemaPlugin


class Shade(enum.IntEnum):
    """Grey levels."""

    LIGHT = 1
    DARK = 2


class Mood(str, enum.Enum):
    HAPPY = "happy"


T = TypeVar("T")
UserId = NewType("UserId", int)


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int = 0


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Point(NamedTuple):
    x: int
    y: int = 0


@attrs.define
class Book:
    title: str
    pages: int = 1
    tags: list[str] = attrs.field(factory=list)


class Cat(msgspec.Struct, tag=True):
    lives: Annotated[int, msgspec.Meta(ge=0, le=9, title="Lives", description="left", examples=[9])] = 9


class Named(msgspec.Struct, rename="camel"):
    first_name: str
    nick_names: list[str] = []
    code: Annotated[str, msgspec.Meta(min_length=2, max_length=4, pattern="^[A-Z]+$")] = "AB"
    scores: Annotated[list[int], msgspec.Meta(min_length=1)] = msgspec.field(default_factory=lambda: [1])


def _schema(annotation: Any) -> dict[str, Any]:
    creator = SchemaCreator()
    schema = creator.for_annotation(annotation)
    components = {k: v.to_schema() for k, v in creator.registry.generate_components().items()}
    return {"schema": schema.to_schema(), "components": components}


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (str, {"type": "string"}),
        (bytes, {"type": "string"}),
        (decimal.Decimal, {"type": "number"}),
        (datetime.datetime, {"type": "string", "format": "date-time"}),
        (datetime.date, {"type": "string", "format": "date"}),
        (datetime.time, {"type": "string", "format": "duration"}),
        (datetime.timedelta, {"type": "string", "format": "duration"}),
        (uuid.UUID, {"type": "string", "format": "uuid"}),
        (pathlib.Path, {"type": "string", "format": "uri"}),
        (ipaddress.IPv4Address, {"type": "string", "format": "ipv4"}),
        (ipaddress.IPv6Address, {"type": "string", "format": "ipv6"}),
        (re.Pattern, {}),
        (Any, {}),
        (object, {}),
        (T, {}),
        (None, {"type": "null"}),
        (UserId, {"type": "integer"}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (Sequence[str], {"type": "array", "items": {"type": "string"}}),
        (frozenset[str], {"type": "array", "items": {"type": "string"}}),
        (list, {"type": "array"}),
        (tuple[int, str], {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]}),
        (tuple[int, ...], {"type": "array", "items": {"type": "integer"}}),
        (tuple[()], {}),
        (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}),
        (dict, {"type": "object"}),
        (Optional[int], {"oneOf": [{"type": "integer"}, {"type": "null"}]}),  # noqa: UP045 - the typing spelling is what is tested
        (Union[int, str], {"oneOf": [{"type": "integer"}, {"type": "string"}]}),  # noqa: UP007
        (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
        (Literal[1], {"type": "integer", "const": 1}),
        (Literal["a", 1, None], {"type": ["integer", "null", "string"], "enum": ["a", 1, None]}),
        (Literal[Mood.HAPPY, "x"], {"type": "string", "enum": ["happy", "x"]}),
        (Point, {}),
    ],
)
def test_plain_types(annotation: Any, expected: dict[str, Any]) -> None:
    assert _schema(annotation)["schema"] == expected


def test_enums_are_components_with_title_and_docstring() -> None:
    result = _schema(list[Shade])
    assert result["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/Shade"}}
    assert result["components"]["Shade"] == {
        "type": "integer",
        "enum": [1, 2],
        "title": "Shade",
        "description": "Grey levels.",
    }
    assert _schema(Mood)["components"]["Mood"] == {"type": "string", "enum": ["happy"], "title": "Mood"}


def test_recursive_dataclass_is_one_component() -> None:
    result = _schema(Node)
    assert result["schema"] == {"$ref": "#/components/schemas/Node"}
    assert result["components"]["Node"] == {
        "properties": {
            "value": {"type": "integer"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "parent": {"oneOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["value"],
        "title": "Node",
    }


def test_generic_dataclass_substitutes_its_parameters() -> None:
    result = _schema(Page[Node])
    name = f"Page_{__name__}.Node_"
    assert result["schema"] == {"$ref": f"#/components/schemas/{name}"}
    page = result["components"][name]
    assert page["title"] == "Page[Node]"
    assert page["properties"]["items"] == {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    assert page["properties"]["total"] == {"type": "integer", "default": 0}
    assert _schema(Page[int])["components"]["Page_int_"]["properties"]["items"]["items"] == {
        "type": "integer"
    }


def test_typeddict_and_attrs_models() -> None:
    movie = _schema(Movie)["components"]["Movie"]
    assert movie["required"] == ["title"]
    assert movie["properties"] == {"title": {"type": "string"}, "year": {"type": "integer"}}
    book = _schema(Book)["components"]["Book"]
    assert book["required"] == ["title"]
    assert book["properties"]["pages"] == {"type": "integer"}  # attrs defaults undocumented, as 2.17
    assert book["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}


def test_msgspec_structs_tags_renames_and_meta() -> None:
    cat = _schema(Cat)["components"]["Cat"]
    assert cat["required"] == ["type"]
    assert cat["properties"]["type"] == {"type": "string", "const": "Cat"}
    assert cat["properties"]["lives"] == {
        "type": "integer",
        "minimum": 0.0,
        "maximum": 9.0,
        "title": "Lives",
        "description": "left",
        "default": 9,
        "examples": [9],
    }
    named = _schema(Named)["components"]["Named"]
    assert named["required"] == ["firstName"]
    assert named["properties"]["nickNames"] == {"type": "array", "items": {"type": "string"}}
    assert named["properties"]["code"] == {
        "type": "string",
        "minLength": 2,
        "maxLength": 4,
        "pattern": "^[A-Z]+$",
        "default": "AB",
    }
    # As in 2.17, msgspec length bounds are documented for strings only.
    assert named["properties"]["scores"] == {"type": "array", "items": {"type": "integer"}}


def test_parameter_constraints_apply_to_the_schema() -> None:
    creator = SchemaCreator()
    kwarg = Parameter(
        gt=1,
        le=5,
        multiple_of=2,
        title="T",
        description="d",
        schema_extra={"deprecated": True},
        const=True,
        default=2,
    )
    assert creator.for_annotation(int, kwarg).to_schema() == {
        "type": "integer",
        "exclusiveMinimum": 1.0,
        "maximum": 5.0,
        "multipleOf": 2.0,
        "title": "T",
        "description": "d",
        "deprecated": True,
        "const": 2,
    }
    listed = creator.for_annotation(
        list[str], Parameter(min_length=1, max_length=3, min_items=1, max_items=2)
    )
    assert listed.to_schema() == {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2}
    assert creator.for_annotation(Node, Parameter(description="ignored on references")) == Reference(ref="")


def test_component_names_of_same_named_types_are_qualified() -> None:
    first = msgspec.defstruct("Item", [("a", int)], module="shop.models")
    second = msgspec.defstruct("Item", [("b", int)], module="stock.models")
    creator = SchemaCreator()
    refs = [creator.for_annotation(first), creator.for_annotation(second)]
    names = list(creator.registry.generate_components())
    assert names == ["shop_models_Item", "stock_models_Item"]
    assert [r.to_schema()["$ref"] for r in refs] == [
        "#/components/schemas/shop_models_Item",
        "#/components/schemas/stock_models_Item",
    ]


class Money:
    """A third-party type described by a schema plugin."""


class MoneyPlugin(OpenAPISchemaPlugin):
    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        return value is Money

    def to_openapi_schema(self, field_definition: Any, schema_creator: Any) -> Schema:
        assert field_definition.annotation is Money
        amount = schema_creator.for_annotation(decimal.Decimal)
        return (
            schema_creator.create_component_schema(
                field_definition,
                required=["amount"],
                property_fields={"amount": decimal.Decimal},
                title="Money",
            )
            if amount
            else Schema()
        )


class InlinePlugin(OpenAPISchemaPlugin):
    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        return value is complex

    def to_openapi_schema(self, field_definition: Any, schema_creator: Any) -> Schema:
        return Schema(type=OpenAPIType.STRING, description="a complex number")


def test_schema_plugins_describe_third_party_types() -> None:
    @get("/money", sync_to_thread=False)
    def money(c: complex) -> list[Money]:
        return []

    document = schema_of(money, plugins=[MoneyPlugin(), InlinePlugin()])
    op = document["paths"]["/money"]["get"]
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Money"},
    }
    assert op["parameters"][0]["schema"] == {"type": "string", "description": "a complex number"}
    assert document["components"]["schemas"]["Money"] == {
        "properties": {"amount": {"type": "number"}},
        "type": "object",
        "required": ["amount"],
        "title": "Money",
    }


def test_non_json_defaults_are_left_out() -> None:
    """A default that is no JSON value (an ``attrs.Factory``, a sentinel) documents nothing."""

    @get("/books", sync_to_thread=False)
    def books() -> Book:
        return Book(title="t")

    schemas = schema_of(books)["components"]["schemas"]
    assert "default" not in schemas["Book"]["properties"]["tags"]
    creator = SchemaCreator()
    assert creator.for_field_definition(_Field(int, object())).to_schema() == {"type": "integer"}


class _Field:
    def __init__(self, annotation: Any, default: Any) -> None:
        self.annotation = annotation
        self.default = default
