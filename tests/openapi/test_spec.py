"""The spec objects render themselves as the dicts of an OpenAPI 3.1 document."""

from __future__ import annotations

import dataclasses
import enum

from litestar.openapi.spec import (
    XML,
    Components,
    Encoding,
    Example,
    Info,
    OAuthFlow,
    OAuthFlows,
    OpenAPI,
    OpenAPIFormat,
    OpenAPIHeader,
    OpenAPIType,
    Operation,
    Parameter,
    PathItem,
    Reference,
    Schema,
    SecurityScheme,
    Server,
)
from litestar.openapi.spec.schema import SchemaDataContainer


def test_fields_are_camel_cased_and_none_values_dropped() -> None:
    schema = Schema(type=OpenAPIType.STRING, max_length=3, read_only=True, external_docs=None)
    assert schema.to_schema() == {"type": "string", "maxLength": 3, "readOnly": True}


def test_renamed_keywords() -> None:
    schema = Schema(schema_not=Schema(), schema_if=Schema(), then=Schema(), schema_else=Schema())
    assert schema.to_schema() == {"not": {}, "if": {}, "then": {}, "else": {}}
    assert Reference(ref="#/components/schemas/Pet").to_schema() == {"$ref": "#/components/schemas/Pet"}
    assert Parameter(name="q", param_in="query").to_schema()["in"] == "query"
    scheme = SecurityScheme(type="apiKey", name="key", security_scheme_in="header")
    assert scheme.to_schema() == {"type": "apiKey", "name": "key", "in": "header"}


def test_nested_objects_enums_and_dict_values() -> None:
    class Color(enum.Enum):
        RED = "red"

    @dataclasses.dataclass
    class Point:
        x: int = 1

    schema = Schema(
        type=[OpenAPIType.NULL, OpenAPIType.STRING],
        format=OpenAPIFormat.UUID,
        default=Color.RED,
        properties={"a": Schema(type=OpenAPIType.INTEGER)},
        examples=[{"keep": 1, "drop": None}, Point()],
        enum=[None, 1],
    )
    assert schema.to_schema() == {
        "type": ["null", "string"],
        "format": "uuid",
        "default": "red",
        "properties": {"a": {"type": "integer"}},
        "examples": [{"keep": 1}, {"x": 1}],
        "enum": [None, 1],
    }


def test_response_header_renders_without_name_and_location() -> None:
    header = OpenAPIHeader(schema=Schema(type=OpenAPIType.STRING), required=True, allow_reserved=True)
    assert header.to_schema() == {"schema": {"type": "string"}, "required": True, "deprecated": False}


def test_document_defaults() -> None:
    document = OpenAPI(info=Info(title="T", version="1", terms_of_service="https://x"))
    assert document.to_schema() == {
        "info": {"title": "T", "version": "1", "termsOfService": "https://x"},
        "openapi": "3.1.0",
        "servers": [{"url": "/"}],
        "components": {"schemas": {}},
    }


def test_security_flows_and_misc_objects() -> None:
    flows = OAuthFlows(authorization_code=OAuthFlow(token_url="/t", scopes={}))
    assert SecurityScheme(type="oauth2", flows=flows).to_schema() == {
        "type": "oauth2",
        "flows": {"authorizationCode": {"tokenUrl": "/t", "scopes": {}}},
    }
    assert Encoding(content_type="text/plain").to_schema() == {
        "contentType": "text/plain",
        "explode": False,
        "allowReserved": False,
    }
    assert XML().to_schema() == {"attribute": False, "wrapped": False}
    assert Example(id="e", value={"a": None}).to_schema() == {"id": "e", "value": {}}
    assert Components(security_schemes={"s": SecurityScheme(type="http", scheme="bearer")}).to_schema() == {
        "schemas": {},
        "securitySchemes": {"s": {"type": "http", "scheme": "bearer"}},
    }
    assert PathItem(get=Operation(operation_id="x")).to_schema() == {
        "get": {"operationId": "x", "deprecated": False}
    }
    assert Server(url="/api").to_schema() == {"url": "/api"}


def test_reference_value_and_schema_helpers() -> None:
    assert Reference(ref="#/components/schemas/Pet").value == "Pet"
    assert Schema.field_aliases()["oneOf"] == "one_of"
    assert Schema.field_aliases()["not"] == "schema_not"
    assert "type" not in Schema.field_aliases()
    assert hash(Schema(enum=[1, 2], properties={"a": Schema()})) == hash(
        Schema(enum=[1, 2], properties={"a": Schema()})
    )
    assert len({Schema(type=OpenAPIType.STRING), Schema(type=OpenAPIType.STRING)}) == 1
    container = SchemaDataContainer(data_container=int, type=OpenAPIType.INTEGER)
    assert container.to_schema() == {"type": "integer"}
    assert hash(container) == hash(SchemaDataContainer(data_container=int, type=OpenAPIType.INTEGER))
