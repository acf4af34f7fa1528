"""Edge cases of argument plans: passthrough forms, startup errors, parameter definitions."""

from __future__ import annotations

from typing import Any, Dict, Optional, TypedDict

import pytest
from litestar import Litestar, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType as Enc
from litestar.exceptions import ImproperlyConfiguredException
from litestar.params import Body, BodyKwarg, Parameter, ParameterKwarg
from litestar.testing import create_test_client


class TD(TypedDict):
    a: int


def test_url_encoded_into_any_keeps_repeated_keys_as_lists() -> None:
    @post("/")
    async def handler(data: Any = Body(media_type=Enc.URL_ENCODED)) -> Any:
        return data

    with create_test_client([handler]) as client:
        response = client.post(
            "/", content=b"a=1&a=2&b=3", headers={"content-type": "application/x-www-form-urlencoded"}
        )
    assert response.json() == {"a": ["1", "2"], "b": "3"}


def test_dependency_typed_dict_annotation_is_coerced() -> None:
    @get("/", dependencies={"v": Provide(lambda: {"a": "1"}, sync_to_thread=False)})
    async def handler(v: TD) -> Any:
        return v

    with create_test_client([handler]) as client:
        assert client.get("/").json() == {"a": 1}


def test_empty_multipart_body_gives_default() -> None:
    @post("/")
    async def handler(data: Optional[Dict[str, str]] = Body(media_type=Enc.MULTI_PART, default=None)) -> Any:
        return {"none": data is None}

    with create_test_client([handler]) as client:
        response = client.post("/", content=b"", headers={"content-type": "multipart/form-data; boundary=xx"})
    assert response.json() == {"none": True}


def test_socket_in_http_handler_is_a_startup_error() -> None:
    @get("/")
    async def handler(socket: Any) -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException):
        Litestar([handler])


def test_missing_annotation_is_a_startup_error() -> None:
    @get("/")
    async def handler(q) -> None:  # type: ignore[no-untyped-def]
        return None

    with pytest.raises(ImproperlyConfiguredException, match="'q'"):
        Litestar([handler])


def test_parameter_definitions_hash_and_constraints() -> None:
    first = Parameter(int, query="q", ge=1, schema_extra={"a": [1, 2]}, examples=None)
    assert isinstance(first, ParameterKwarg)
    assert first == Parameter(int, query="q", ge=1, schema_extra={"a": [1, 2]})
    assert hash(first) == hash(Parameter(int, query="q", ge=1, schema_extra={"a": [1, 2]}))
    assert first.is_constrained
    assert not Parameter(header="h").is_constrained
    assert Parameter(default=3).default == 3
    assert hash(Parameter(const=True, schema_extra={"x": object()})) is not None


def test_body_definition() -> None:
    body = Body(media_type=Enc.MULTI_PART, multipart_form_part_limit=3)
    assert isinstance(body, BodyKwarg)
    assert body.media_type == Enc.MULTI_PART
    assert hash(body) == hash(Body(media_type=Enc.MULTI_PART, multipart_form_part_limit=3))
    with pytest.raises(ValueError, match="non-negative"):
        Body(multipart_form_part_limit=-1)


def test_handler_declaring_only_some_path_parameters_of_its_route() -> None:
    from litestar import Router, delete

    @delete("/{member_id:int}")
    async def remove(member_id: int) -> None:
        return None

    @get("/{member_id:int}")
    async def read(member_id: int) -> dict[str, int]:
        return {"member_id": member_id}

    router = Router(path="/{org:int}/{team:str}", route_handlers=[remove, read])
    with create_test_client([router]) as client:
        assert client.delete("/9/red/3").status_code == 204
        assert client.get("/9/red/3").json() == {"member_id": 3}


def test_validation_details_include_the_root_path() -> None:
    from litestar.testing import TestClient

    @get("/a")
    async def handler(q: int) -> int:
        return q

    with TestClient(Litestar([handler]), root_path="/prefix") as client:
        assert client.get("/a?q=x").json()["detail"] == "Validation failed for GET /prefix/a?q=x"
        assert client.get("/a").json()["detail"] == "Missing required query parameter 'q' for path /prefix/a"
