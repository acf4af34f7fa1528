"""Handler options and signatures become operations: parameters, bodies, responses, metadata."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from _helpers import operation, schema_of
from litestar import Controller, Litestar, Router, get, post, route
from litestar.datastructures import Cookie, ResponseHeader, UploadFile
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Example, Operation
from litestar.params import Body, Dependency, Parameter
from litestar.response import Redirect, Stream, Template


@dataclass
class Pet:
    name: str


@dataclass
class Problem:
    reason: str


class Gone(msgspec.Struct):
    since: int


def test_parameters_from_dependencies_and_layers() -> None:
    def provide_page(page: int = 1, size: Annotated[int, Parameter(le=100)] = 10) -> tuple[int, int]:
        return page, size

    @get(
        "/pets/{pet_id:int}",
        dependencies={"paging": Provide(provide_page, sync_to_thread=False)},
        sync_to_thread=False,
    )
    def pets(
        pet_id: int,
        paging: tuple[int, int],
        request: Any,
        token: Annotated[str, Parameter(header="X-Token", description="auth")],
        hidden: Annotated[int, Parameter(include_in_schema=False)] = 0,
        injected: Annotated[int, Dependency(default=3)] = 3,
    ) -> None:
        return None

    router = Router("/v1", route_handlers=[pets], parameters={"tenant": Parameter(str, header="X-Tenant")})
    document = schema_of(router)
    params = operation(document, "/v1/pets/{pet_id}")["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in params] == [
        ("pet_id", "path", True),
        ("page", "query", False),
        ("size", "query", False),
        ("X-Token", "header", True),
        ("X-Tenant", "header", True),
    ]
    assert params[2]["schema"] == {"type": "integer", "maximum": 100.0, "default": 10}
    assert params[3]["description"] == "auth"
    assert "allowEmptyValue" not in params[3]


def test_request_bodies() -> None:
    @post("/json", sync_to_thread=False)
    def json_body(data: Pet | None = None) -> None:
        return None

    @post("/files", sync_to_thread=False)
    def files(data: Annotated[list[UploadFile], Body(media_type=RequestEncodingType.MULTI_PART)]) -> None:
        return None

    @post("/named-files", sync_to_thread=False)
    def named(
        data: Annotated[dict[str, UploadFile], Body(media_type=RequestEncodingType.MULTI_PART)],
    ) -> None:
        return None

    @post("/form-model", sync_to_thread=False)
    def form_model(data: Annotated[Pet, Body(media_type=RequestEncodingType.MULTI_PART)]) -> None:
        return None

    @post("/msgpack", sync_to_thread=False)
    def msgpack(data: Annotated[Pet, Body(media_type=RequestEncodingType.MESSAGEPACK)]) -> None:
        return None

    document = schema_of(json_body, files, named, form_model, msgpack)
    body = operation(document, "/json", "post")["requestBody"]
    assert body["required"] is False
    assert body["content"]["application/json"]["schema"]["oneOf"][0] == {"$ref": "#/components/schemas/Pet"}
    binary = {"type": "string", "format": "binary", "contentMediaType": "application/octet-stream"}
    files_schema = operation(document, "/files", "post")["requestBody"]["content"]["multipart/form-data"][
        "schema"
    ]
    assert files_schema == {"type": "array", "items": binary}
    named_schema = operation(document, "/named-files", "post")["requestBody"]["content"][
        "multipart/form-data"
    ]
    assert named_schema["schema"] == {"type": "object", "additionalProperties": binary}
    model = operation(document, "/form-model", "post")["requestBody"]["content"]["multipart/form-data"]
    assert model["schema"] == {"$ref": "#/components/schemas/Pet"}
    assert "application/x-msgpack" in operation(document, "/msgpack", "post")["requestBody"]["content"]


def test_responses_of_special_return_types() -> None:
    @get("/stream", sync_to_thread=False, content_media_type="text/csv", content_encoding="gzip")
    def stream() -> Stream:
        raise NotImplementedError

    @get("/page", sync_to_thread=False)
    def page() -> Template:
        raise NotImplementedError

    @get("/go", status_code=307, sync_to_thread=False, response_description="Go away")
    def go() -> Redirect:
        raise NotImplementedError

    @get("/encoded", sync_to_thread=False, content_encoding="base64", content_media_type="image/png")
    def encoded() -> str:
        return ""

    document = schema_of(stream, page, go, encoded)
    streamed = operation(document, "/stream")["responses"]["200"]
    assert streamed["description"] == "Stream Response"
    assert streamed["content"] == {
        "text/csv": {"schema": {"type": "string", "contentEncoding": "gzip", "contentMediaType": "text/csv"}}
    }
    assert operation(document, "/page")["responses"]["200"]["content"] == {
        "text/html": {"schema": {"type": "string"}}
    }
    redirect = operation(document, "/go")["responses"]["307"]
    assert redirect["description"] == "Go away"
    assert list(redirect["headers"]) == ["location"]
    assert operation(document, "/encoded")["responses"]["200"]["content"]["text/plain"]["schema"] == {
        "type": "string",
        "contentEncoding": "base64",
        "contentMediaType": "image/png",
    }


def test_headers_cookies_and_layered_metadata() -> None:
    class Pets(Controller):
        path = "/pets"
        tags = ["pets"]
        security = [{"apiKey": []}]
        response_headers = {"X-Layer": "1"}
        response_cookies = [
            Cookie(key="seen", value="1", domain="x.org", max_age=5, secure=True, httponly=True)
        ]

        @get(
            tags=["read"],
            deprecated=True,
            summary="List",
            description="All pets",
            response_headers=[
                ResponseHeader(name="X-Count", value="1", description="count", deprecated=True)
            ],
            sync_to_thread=False,
        )
        def list_pets(self) -> list[Pet]:
            return []

    document = schema_of(Pets)
    op = operation(document, "/pets")
    assert op["tags"] == ["pets", "read"]
    assert (op["summary"], op["description"], op["deprecated"]) == ("List", "All pets", True)
    assert op["security"] == [{"apiKey": []}]
    headers = op["responses"]["200"]["headers"]
    assert headers["X-Count"] == {
        "schema": {"type": "string"},
        "description": "count",
        "required": False,
        "deprecated": True,
    }
    assert headers["X-Layer"]["schema"] == {"type": "string"}
    cookie = headers["Set-Cookie"]["schema"]["allOf"][0]["example"]
    assert cookie == 'seen="<string>"; Path=/; Domain=x.org; Max-Age=5; Secure; HttpOnly; SameSite=lax'


def test_several_specs_for_one_status_become_one_of() -> None:
    """Beyond 2.17: a sequence of ResponseSpecs documents alternatives, each with its description."""

    @get(
        "/pets/{name:str}",
        responses={
            404: [
                ResponseSpec(Problem, description="No such pet", examples=[Example(value={"reason": "x"})]),
                ResponseSpec(Gone, description="Pet left"),
            ],
            410: (ResponseSpec(Gone, description="Gone"),),
        },
        raises=[NotFoundException],
        sync_to_thread=False,
    )
    def get_pet(name: str) -> Pet:
        return Pet(name)

    document = schema_of(get_pet)
    not_found = operation(document, "/pets/{name}")["responses"]["404"]
    assert not_found["description"] == "No such pet; Pet left"
    media = not_found["content"]["application/json"]
    assert media["schema"] == {
        "oneOf": [
            {"allOf": [{"$ref": "#/components/schemas/Problem"}], "description": "No such pet"},
            {"allOf": [{"$ref": "#/components/schemas/Gone"}], "description": "Pet left"},
        ]
    }
    assert media["examples"] == {"problem-example-1": {"value": {"reason": "x"}}}
    gone = operation(document, "/pets/{name}")["responses"]["410"]
    assert gone["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Gone"}


def test_include_in_schema_operation_ids_and_operation_class() -> None:
    class TaggedOperation(Operation):
        pass

    @get("/hidden", include_in_schema=False, sync_to_thread=False)
    def hidden() -> None:
        return None

    @route("/both", http_method=["GET", "POST"], operation_class=TaggedOperation, sync_to_thread=False)
    def both() -> None:
        return None

    @get("/files/{rest:path}", sync_to_thread=False)
    def files(rest: str) -> str:
        return rest

    @get("/documented", sync_to_thread=False)
    def documented() -> None:
        """First line.

        More.
        """

    hidden_router = Router("/internal", route_handlers=[documented], include_in_schema=False)
    config = OpenAPIConfig("T", "1", use_handler_docstrings=True)
    document = schema_of(hidden, both, files, documented, hidden_router, openapi_config=config)
    assert "/hidden" not in document["paths"]
    assert "/internal/documented" not in document["paths"]
    assert operation(document, "/both")["operationId"] == "BothGetBoth"
    assert operation(document, "/both", "post")["operationId"] == "BothPostBoth"
    assert operation(document, "/files/{rest}")["operationId"] == "FilesFiles"
    assert operation(document, "/documented")["description"] == "First line.\n\nMore."
    app = Litestar([both])
    assert isinstance(app.openapi_schema.paths["/both"].get, TaggedOperation)  # type: ignore[index]


def test_documentation_only_headers_are_documented_with_a_schema() -> None:
    """Unlike 2.17 (which omits the schema and so emits an invalid header object)."""

    @get(
        "/doc",
        response_headers=[ResponseHeader(name="X-Trace", documentation_only=True, required=True)],
        sync_to_thread=False,
    )
    def doc() -> None:
        return None

    headers = operation(schema_of(doc), "/doc")["responses"]["200"]["headers"]
    assert headers == {"X-Trace": {"schema": {"type": "string"}, "required": True, "deprecated": False}}


def test_dto_fields_are_documented_through_the_dto() -> None:
    from litestar.dto import DataclassDTO, DTOConfig

    @dataclass
    class Account:
        id: int
        name: str
        secret: str = "s"

    class ReadAccount(DataclassDTO[Account]):
        config = DTOConfig(exclude={"secret"})

    class WriteAccount(DataclassDTO[Account]):
        config = DTOConfig(exclude={"id"}, partial=True)

    @post(
        "/accounts",
        dto=WriteAccount,
        return_dto=ReadAccount,
        signature_namespace={"Account": Account},
        sync_to_thread=False,
    )
    def create_account(data: Account) -> Account:
        return data

    document = schema_of(create_account)
    op = operation(document, "/accounts", "post")
    schemas = document["components"]["schemas"]
    request = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    response = op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    assert sorted(schemas[request]["properties"]) == ["name", "secret"]
    assert schemas[request]["required"] == []
    assert schemas[request]["properties"]["name"] == {"type": "string"}
    assert sorted(schemas[response]["properties"]) == ["id", "name"]
