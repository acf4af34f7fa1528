"""Beyond 2.17: component names are readable and never change when unrelated handlers come and go."""

from __future__ import annotations

import random
from dataclasses import dataclass, make_dataclass
from typing import Any

from _helpers import schema_of
from litestar import Litestar, get, post
from litestar.dto import DataclassDTO, DTOConfig

MODULES = ("shop.orders", "shop.users", "billing.invoices", "billing.users", "catalog")


def _models() -> list[type]:
    """50 dataclasses; some share a class name across modules (``User`` in two packages)."""
    models = []
    for index in range(50):
        module = MODULES[index % len(MODULES)]
        name = f"Model{index // 2}" if index < 20 else f"Thing{index}"
        cls = make_dataclass(name, [("value", int), ("label", str)])
        cls.__module__ = module
        models.append(cls)
    return models


def _handler(index: int, model: type) -> Any:
    def endpoint() -> Any:
        raise NotImplementedError

    endpoint.__annotations__ = {"return": model}
    endpoint.__name__ = f"endpoint_{index}"
    return get(f"/m{index}", sync_to_thread=False)(endpoint)


def _references(document: dict[str, Any]) -> dict[str, str]:
    """Path -> the component its response refers to."""
    return {
        path: item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for path, item in document["paths"].items()
        if path != "/extra"
    }


def test_adding_unrelated_handlers_never_renames_a_component() -> None:
    models = _models()
    handlers = [_handler(i, m) for i, m in enumerate(models)]
    base = schema_of(*handlers)
    names = set(base["components"]["schemas"])
    assert len(names) == 50
    assert "Thing20" in names
    assert {"orders_Model0", "users_Model0", "invoices_Model1", "users_Model1"} <= names
    assert {"catalog_Model2", "orders_Model2"} <= names

    @get("/extra", sync_to_thread=False)
    def extra() -> dict[str, int]:
        return {}

    extended = schema_of(*handlers, extra, _handler(99, make_dataclass("Unrelated", [("x", int)])))
    assert set(extended["components"]["schemas"]) == names | {"Unrelated"}
    assert {k: v for k, v in _references(extended).items() if k in _references(base)} == _references(base)


def test_registration_order_does_not_change_names() -> None:
    models = _models()
    handlers = [_handler(i, m) for i, m in enumerate(models)]
    shuffled = handlers[:]
    random.Random(7).shuffle(shuffled)
    assert _references(schema_of(*handlers)) == _references(schema_of(*shuffled))


@dataclass
class Pet:
    name: str
    owner: Owner | None


@dataclass
class Owner:
    email: str


class PetDTO(DataclassDTO[Pet]):
    config = DTOConfig()


@post("/pets", dto=PetDTO, return_dto=PetDTO, sync_to_thread=False)
def create_pet(data: Pet) -> Pet:
    return data


def _component_names(*handlers: Any) -> set[str]:
    document = Litestar(list(handlers)).openapi_schema.to_schema()
    return set(document["components"]["schemas"])


def test_dto_components_are_named_after_the_handler_and_stay_when_others_are_added() -> None:
    """``CreatePetPetRequestBody`` as 2.17 names it; unrelated handlers (DTO or not) rename nothing."""
    alone = _component_names(create_pet)
    assert alone == {
        "CreatePetPetRequestBody",
        "CreatePetPetResponseBody",
        "CreatePetPet_0OwnerRequestBody",
        "CreatePetPet_0OwnerResponseBody",
    }

    @get("/pets", return_dto=PetDTO, sync_to_thread=False)
    def list_pets() -> list[Pet]:
        return []

    @get("/other", sync_to_thread=False)
    def other() -> Owner:
        raise NotImplementedError

    for handlers in ((list_pets, create_pet, other), (other, create_pet), (create_pet, list_pets)):
        assert alone <= _component_names(*handlers)


def test_a_second_handler_with_the_same_name_gets_its_qualified_name() -> None:
    def make() -> Any:
        @post("/again", dto=PetDTO, return_dto=None, sync_to_thread=False)
        def create_pet(data: Pet) -> None:
            return None

        return create_pet

    names = _component_names(create_pet, make())
    assert (
        f"{__name__}.test_a_second_handler_with_the_same_name_gets_its_qualified_name.make.create_petPetRequestBody"
        in names
    )
