"""Transfer plans over generic models and fixed tuples honour include, exclude and rename."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import msgspec
from litestar import get, post
from litestar.dto import DataclassDTO, DTOConfig, DTOData, MsgspecDTO
from litestar.testing import create_test_client

T = TypeVar("T")


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Item:
    name: str
    secret: str
    address: Address


@dataclass
class Box(Generic[T]):
    item: T
    items: list[T]
    note: str
    pair: tuple[Address, int]


class StructItem(msgspec.Struct):
    name: str
    secret: str


class StructBox(msgspec.Struct, Generic[T]):
    content: T
    total_count: int


class BoxDTO(DataclassDTO[Box[Item]]):
    config = DTOConfig(
        exclude={"note", "item.secret", "items.0.secret", "items.0.address", "pair.0.city"},
        rename_fields={"pair": "couple"},
        rename_strategy="camel",
        max_nested_depth=2,
    )


class StructBoxDTO(MsgspecDTO[StructBox[StructItem]]):
    config = DTOConfig(exclude={"content.secret"}, rename_strategy="camel")


def sample() -> Box[Item]:
    item = Item("n", "s", Address("Main", "Rome"))
    return Box(item=item, items=[item], note="hidden", pair=(Address("Side", "Oslo"), 2))


NS = {"Box": Box, "Item": Item, "StructBox": StructBox, "StructItem": StructItem}


@get("/box", return_dto=BoxDTO, signature_namespace=NS)
async def read_box() -> Box[Item]:
    return sample()


class WriteBoxDTO(DataclassDTO[Box[Item]]):
    config = DTOConfig(rename_fields={"pair": "couple"}, exclude={"note"}, max_nested_depth=2)


@post("/box", dto=WriteBoxDTO, return_dto=None, signature_namespace=NS)
async def write_box(data: DTOData[Box[Item]]) -> dict[str, object]:
    box = data.create_instance(note="set")
    return {"repr": repr(box), "pair": type(box.pair[0]).__name__}


@get("/struct-box", return_dto=StructBoxDTO, signature_namespace=NS)
async def read_struct_box() -> StructBox[StructItem]:
    return StructBox(StructItem("n", "s"), 3)


def test_a_generic_model_is_described_with_its_argument() -> None:
    """``DataclassDTO[Box[Item]]`` plans over ``Box`` with ``T = Item``, paths included."""
    with create_test_client([read_box, write_box, read_struct_box]) as client:
        assert client.get("/box").json() == {
            "item": {"name": "n", "address": {"street": "Main", "city": "Rome"}},
            "items": [{"name": "n"}],
            "couple": [{"street": "Side"}, 2],
        }
        sent = {
            "item": {"name": "n", "secret": "s", "address": {"street": "A", "city": "B"}},
            "items": [],
            "couple": [{"street": "S", "city": "C"}, 5],
            "note": "ignored",
        }
        answer = client.post("/box", json=sent)
        assert answer.status_code == 201, answer.text
        assert answer.json() == {
            "repr": "Box(item=Item(name='n', secret='s', address=Address(street='A', city='B')), "
            "items=[], note='set', pair=(Address(street='S', city='C'), 5))",
            "pair": "Address",
        }
        under_field_name = {**{k: v for k, v in sent.items() if k != "couple"}, "pair": sent["couple"]}
        assert client.post("/box", json=under_field_name).status_code == 400
        assert client.get("/struct-box").json() == {"content": {"name": "n"}, "totalCount": 3}


def test_a_fixed_tuple_of_models_converts_each_position() -> None:
    """Each position of ``tuple[Address, int]`` goes through its own plan (excluded fields stay out)."""

    class PairDTO(DataclassDTO[Box[Item]]):
        config = DTOConfig(exclude={"pair.0.street"}, max_nested_depth=2)

    @get("/pair", return_dto=PairDTO, signature_namespace=NS)
    async def pair() -> Box[Item]:
        return sample()

    with create_test_client([pair]) as client:
        assert client.get("/pair").json()["pair"] == [{"city": "Oslo"}, 2]
