"""The pydantic integration: default plugins, configuration, DI, DTOs and the contrib paths."""

from __future__ import annotations

from typing import Any, Optional

import pydantic.v1 as pydantic_v1
import pytest
from litestar import Litestar, get, post
from litestar.dto import DTOConfig, DTOData, dto_field
from litestar.exceptions import MissingDependencyException
from litestar.plugins.pydantic import (
    PydanticDIPlugin,
    PydanticDTO,
    PydanticInitPlugin,
    PydanticPlugin,
    PydanticSchemaPlugin,
    utils,
)
from litestar.testing import create_test_client
from litestar.typing import FieldDefinition
from pydantic import BaseModel, ConfigDict, Field, SecretStr


class Tag(BaseModel):
    label: str


class Item(BaseModel):
    name: str = Field(alias="itemName")
    note: str | None = None
    secret: SecretStr = SecretStr("s")
    tags: list[Tag] = []


class Legacy(pydantic_v1.BaseModel):
    a: int
    b: str = "x"


@post("/items")
async def create_item(data: Item) -> Item:
    return data


def test_default_plugins_are_added_once_pydantic_is_imported() -> None:
    """An app gets the init, schema and DI plugins without asking, as 2.17 does."""
    app = Litestar([create_item])
    kinds = [type(p) for p in app.plugins]
    assert PydanticInitPlugin in kinds
    assert PydanticSchemaPlugin in kinds
    assert PydanticDIPlugin in kinds


def test_user_plugin_replaces_the_defaults_and_its_options_apply() -> None:
    """``PydanticPlugin(prefer_alias=True, exclude_none=True)`` shapes every dump."""
    plugin = PydanticPlugin(prefer_alias=True, exclude_none=True)
    with create_test_client([create_item], plugins=[plugin]) as client:
        response = client.post("/items", json={"itemName": "a", "tags": [{"label": "t"}]})
    assert response.json() == {"itemName": "a", "secret": "**********", "tags": [{"label": "t"}]}
    assert sum(isinstance(p, PydanticInitPlugin) for p in client.app.plugins) == 1


def test_validate_strict_refuses_coercion() -> None:
    """With ``validate_strict`` a string is not an int."""

    class Number(BaseModel):
        n: int

    @post("/n", signature_namespace={"Number": Number})
    async def number(data: Number) -> Number:
        return data

    with create_test_client([number], plugins=[PydanticPlugin(validate_strict=True)]) as client:
        strict = client.post("/n", json={"n": "1"})
    with create_test_client([number]) as client:
        lax = client.post("/n", json={"n": "1"})
    assert strict.status_code == 400
    assert strict.json()["extra"] == [{"message": "Input should be a valid integer", "key": "n"}]
    assert lax.json() == {"n": 1}


def test_encoders_cover_v1_models_and_pydantic_types() -> None:
    """v1 models dump through ``.json()``; secrets are obscured."""
    encoders = PydanticInitPlugin.encoders()
    assert encoders[pydantic_v1.BaseModel](Legacy(a=1)) == {"a": 1, "b": "x"}
    assert encoders[SecretStr](SecretStr("x")) == "**********"


def test_v1_validation_error_answers_400() -> None:
    """A ``pydantic.v1`` model failing validation lists its fields."""

    @post("/legacy", signature_namespace={"Legacy": Legacy})
    async def legacy(data: Legacy) -> Legacy:
        return data

    with create_test_client([legacy]) as client:
        response = client.post("/legacy", json={"a": "x"})
    assert response.status_code == 400
    assert response.json()["extra"] == [{"message": "value is not a valid integer", "key": "a"}]


def test_di_plugin_reads_the_model_signature() -> None:
    """The DI plugin gives a keyword-only signature of the fields."""
    plugin = PydanticDIPlugin()
    assert plugin.has_typed_init(Item)
    assert not plugin.has_typed_init(int)
    signature, hints = plugin.get_typed_init(Item)
    assert list(signature.parameters) == ["name", "note", "secret", "tags"]
    assert signature.parameters["name"].default is signature.empty
    assert hints["note"] == Optional[str]  # noqa: UP045


def test_schema_plugin_predicates() -> None:
    """The schema plugin recognises models, the undefined marker and v1 constrained types."""
    plugin = PydanticSchemaPlugin(prefer_alias=True)
    assert plugin.is_plugin_supported_type(Item)
    assert not plugin.is_plugin_supported_type(dict)
    assert plugin.is_undefined_sentinel(utils.PydanticUndefined)
    assert plugin.is_constrained_field(FieldDefinition.from_annotation(pydantic_v1.conint(gt=1)))
    assert not plugin.is_constrained_field(FieldDefinition.from_annotation(int))


def test_schema_plugin_asks_the_schema_creator_for_an_object() -> None:
    """The model's fields, computed fields and required names go to ``create_component_schema``."""
    calls: list[dict[str, Any]] = []

    class Creator:
        def create_component_schema(self, field_definition: Any, **kwargs: Any) -> str:
            calls.append(kwargs)
            return "schema"

    field = FieldDefinition.from_annotation(Item)
    assert PydanticSchemaPlugin(prefer_alias=True).to_openapi_schema(field, Creator()) == "schema"
    (call,) = calls
    assert sorted(call["property_fields"]) == ["itemName", "note", "secret", "tags"]
    assert call["required"] == ["itemName"]


def test_model_info_of_v1_and_v2_models() -> None:
    """``get_model_info`` parses both versions."""
    assert utils.get_model_info(Legacy).pydantic_version == "1"
    info = utils.get_model_info(Item, prefer_alias=True)
    assert info.pydantic_version == "2"
    assert "itemName" in info.field_definitions
    assert utils.is_pydantic_v2(__import__("pydantic"))
    assert utils.is_pydantic_model_instance(Tag(label="x"))
    assert utils.is_pydantic_2_model(Tag)
    assert utils.pydantic_unwrap_and_get_origin(int) is None


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int = Field(default=0, json_schema_extra=dto_field("read-only"))
    name: str
    age: int = 0


class PersonDTO(PydanticDTO[Person]):
    config = DTOConfig(rename_strategy="camel")


@post("/people", dto=PersonDTO, signature_namespace={"Person": Person})
async def create_person(data: DTOData[Person]) -> Person:
    return data.create_instance(id=3)


def test_pydantic_dto_validates_when_the_model_is_built() -> None:
    """Model validation through a DTO answers 400; the model's ``extra='forbid'`` forbids unknown fields."""
    with create_test_client([create_person]) as client:
        ok = client.post("/people", json={"name": "a", "age": 2})
        unknown = client.post("/people", json={"name": "a", "bogus": 1})
        read_only = client.post("/people", json={"name": "a", "id": 9})
    assert ok.json() == {"id": 3, "name": "a", "age": 2}
    assert unknown.status_code == 400
    assert read_only.status_code == 400


def test_pydantic_dto_model_validation_error() -> None:
    """A model failing validation while the DTO builds it answers pydantic's errors (2.17's shape)."""

    class Positive(BaseModel):
        n: int = Field(gt=0)

    @post("/p", dto=PydanticDTO[Positive], signature_namespace={"Positive": Positive})
    async def positive(data: Positive) -> Positive:
        return data

    with create_test_client([positive]) as client:
        response = client.post("/p", json={"n": 0})
    assert response.status_code == 400
    (error,) = response.json()["extra"]
    assert {key: error[key] for key in ("type", "loc", "msg", "input", "ctx")} == {
        "type": "greater_than",
        "loc": ["n"],
        "msg": "Input should be greater than 0",
        "input": 0,
        "ctx": {"gt": 0},
    }


def test_core_without_the_plugins_piece_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pydantic model with nothing to decode it fails at construction naming litestar-plugins."""
    from litestar import _discovery

    monkeypatch.setattr(_discovery, "_entry_points", dict)
    _discovery.load_piece.cache_clear()
    try:
        with pytest.raises(MissingDependencyException, match="pip install litestar-plugins"):
            Litestar([create_item])
    finally:
        _discovery.load_piece.cache_clear()


def test_contrib_paths_expose_the_2_17_names() -> None:
    """``litestar.contrib.pydantic`` re-exports; its ``utils`` names warn as deprecated."""
    import litestar.contrib.pydantic as contrib
    from litestar.contrib.pydantic import (
        pydantic_di_plugin,
        pydantic_dto_factory,
        pydantic_init_plugin,
        pydantic_schema_plugin,
    )
    from litestar.contrib.pydantic import utils as contrib_utils

    assert contrib.PydanticDTO is PydanticDTO
    assert pydantic_dto_factory.PydanticDTO is PydanticDTO
    assert pydantic_di_plugin.PydanticDIPlugin is PydanticDIPlugin
    assert pydantic_init_plugin.PydanticInitPlugin is PydanticInitPlugin
    assert pydantic_schema_plugin.PydanticSchemaPlugin is PydanticSchemaPlugin
    with pytest.warns(DeprecationWarning, match="litestar.plugins.pydantic.utils"):
        assert contrib_utils.is_pydantic_model_class is utils.is_pydantic_model_class
    with pytest.raises(AttributeError):
        contrib_utils.nothing  # noqa: B018


@get("/secret")
async def secret() -> dict[str, SecretStr]:
    return {"s": SecretStr("x")}


def test_pydantic_types_inside_plain_values_encode() -> None:
    """Pydantic types nested in plain containers use the plugin's encoders."""
    with create_test_client([secret]) as client:
        assert client.get("/secret").json() == {"s": "**********"}
