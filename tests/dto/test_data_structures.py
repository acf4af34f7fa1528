"""``DTOData`` under a partial DTO: nested models sent in part stay models (beyond 2.17)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import pytest
from litestar import post
from litestar.dto import DataclassDTO, DTOConfig, DTOData
from litestar.testing import create_test_client


@dataclass
class Geo:
    lat: float
    lng: float


@dataclass
class Address:
    street: str
    city: str = "Paris"
    geo: Optional[Geo] = None  # noqa: UP045


@dataclass
class Person:
    name: str
    address: Address
    previous: list[Address] = field(default_factory=list)


class PatchDTO(DataclassDTO[Person]):
    config = DTOConfig(partial=True, max_nested_depth=2)


class ReadDTO(DataclassDTO[Person]):
    config = DTOConfig(max_nested_depth=2)


SEEN: dict[str, Any] = {}


def current() -> Person:
    return Person("Ada", Address("Main", "London", Geo(1.0, 2.0)), [Address("Old")])


@post("/update", dto=PatchDTO, return_dto=ReadDTO, signature_namespace={"Person": Person})
async def update(data: DTOData[Person]) -> Person:
    person = current()
    address = person.address
    SEEN["builtins"] = data.as_builtins()
    updated = data.update_instance(person)
    SEEN["same_address"] = updated.address is address
    SEEN["types"] = (type(updated.address), type(updated.address.geo))
    return updated


@post("/create", dto=PatchDTO, return_dto=ReadDTO, signature_namespace={"Person": Person})
async def create(data: DTOData[Person]) -> Person:
    return data.create_instance(name="Made", address__street="Set")


@pytest.fixture
def client() -> Any:
    with create_test_client([update, create]) as test_client:
        yield test_client


def test_a_nested_model_sent_in_part_is_merged_into_the_current_one(client: Any) -> None:
    """Fields the client leaves out keep their values; the nested object is the same model."""
    answer = client.post("/update", json={"address": {"geo": {"lat": 9.0}}})
    assert answer.status_code == 201, answer.text
    assert answer.json()["address"] == {"street": "Main", "city": "London", "geo": {"lat": 9.0, "lng": 2.0}}
    assert SEEN["same_address"] is True
    assert SEEN["types"] == (Address, Geo)
    assert SEEN["builtins"] == {"address": {"geo": {"lat": 9.0}}}


def test_a_nested_model_sent_whole_replaces_the_current_one_as_a_model(client: Any) -> None:
    """Every required field sent: a new model, unsent fields at their defaults (as 2.17)."""
    answer = client.post("/update", json={"address": {"street": "New"}})
    assert answer.json()["address"] == {"street": "New", "city": "Paris", "geo": None}
    assert SEEN["same_address"] is False
    assert SEEN["types"] == (Address, type(None))
    assert SEEN["builtins"] == {"address": Address("New")}


def test_a_nested_model_in_part_with_nothing_to_merge_into_answers_400(client: Any) -> None:
    """A new nested model needs its required fields: the client hears which one is missing."""
    person = client.post("/update", json={"address": {"geo": {"lat": 1.0}}})
    assert person.status_code == 201
    answer = client.post("/create", json={"address": {"geo": {"lat": 1.0}}})
    assert answer.status_code == 400
    assert answer.json()["detail"] == "Object missing required field `lng`"


def test_collections_of_nested_models_are_sent_whole(client: Any) -> None:
    """Items of a list have no counterpart to merge into: they must be complete models."""
    answer = client.post("/update", json={"previous": [{"street": "S"}]})
    assert answer.json()["previous"] == [{"street": "S", "city": "Paris", "geo": None}]
    assert client.post("/update", json={"previous": [{"city": "C"}]}).status_code == 400


def test_create_instance_builds_nested_models_from_parts_and_keywords(client: Any) -> None:
    """``address__street=`` completes a nested model the client sent in part."""
    answer = client.post("/create", json={"address": {"city": "Rome"}})
    assert answer.status_code == 201, answer.text
    assert answer.json() == {
        "name": "Made",
        "address": {"street": "Set", "city": "Rome", "geo": None},
        "previous": [],
    }
