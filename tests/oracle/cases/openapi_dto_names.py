"""OpenAPI differential case: component names of DTO transfer types, as 2.17 gives them."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Optional

from litestar import Controller, Litestar, Router, get, post
from litestar.dto import DataclassDTO, DTOConfig, DTOData

# Qualified names include the module: the test runner imports cases under another name
# than the oracle tool does, so the models and handlers below are defined under the tool's.
sys.modules["oracle_case"] = sys.modules[__name__]
__name__ = "oracle_case"


@dataclass
class Address:
    street: str
    secret: str


@dataclass
class User:
    id: int
    name: str
    address: Address
    maybe: Optional[Address]
    by_key: dict[str, Address]
    many: list[Address]


class UserReadDTO(DataclassDTO[User]):
    config = DTOConfig(exclude={"address.secret"})


class UserWriteDTO(DataclassDTO[User]):
    config = DTOConfig(exclude={"id"})


@post("/users", dto=UserWriteDTO, return_dto=UserReadDTO, sync_to_thread=False)
def create_user(data: User) -> User:
    return data


@get("/users/{uid:int}", return_dto=UserReadDTO, sync_to_thread=False, name="fetch-one")
def getUserCamel(uid: int) -> User:
    raise NotImplementedError


@post("/raw", dto=UserWriteDTO, return_dto=None, sync_to_thread=False)
def take_data(data: DTOData[User]) -> None:
    return None


class UserController(Controller):
    path = "/ctl"

    @post("/", dto=UserWriteDTO, return_dto=UserReadDTO, sync_to_thread=False)
    def create_user(self, data: User) -> User:
        return data

    @get("/list", return_dto=UserReadDTO, sync_to_thread=False)
    def list_users(self) -> list[User]:
        return []


def factory() -> object:
    @get("/inner", return_dto=UserReadDTO, sync_to_thread=False)
    def inner_handler() -> list[User]:
        raise NotImplementedError

    return inner_handler


app = Litestar(
    [create_user, getUserCamel, take_data, UserController, Router("/r", route_handlers=[factory()])]
)
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
