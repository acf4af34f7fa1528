"""Pydantic v2, pydantic.v1 and attrs models in bodies, returns, DTOs and errors."""

from __future__ import annotations

from datetime import date
from typing import Generic, Optional, TypeVar

import attrs
import pydantic.v1 as pydantic_v1
from litestar import Litestar, get, patch, post
from litestar.dto import DTOConfig, DTOData
from litestar.plugins.pydantic import PydanticDTO
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    HttpUrl,
    SecretStr,
    computed_field,
    conint,
    field_validator,
)

T = TypeVar("T")


class Inner(BaseModel):
    x: int
    when: Optional[date] = None


class Account(BaseModel):
    name: str = Field(min_length=2, alias="Name")
    email: EmailStr
    secret: SecretStr
    url: HttpUrl
    n: conint(gt=0) = 1  # type: ignore[valid-type]
    inner: Optional[Inner] = None
    tags: list[str] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def upper(self) -> str:
        return self.name.upper()

    @field_validator("n")
    @classmethod
    def not_thirteen(cls, value: int) -> int:
        if value == 13:
            raise ValueError("unlucky")
        return value


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


class Legacy(pydantic_v1.BaseModel):
    a: int
    b: str = "x"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: int


@attrs.define
class Point:
    x: int
    y: int = 0
    label: Optional[str] = None


class User(BaseModel):
    id: int = 0
    name: str
    password: str = Field(default="", json_schema_extra={"__dto__": None})
    email: Optional[str] = None


class UserWriteDTO(PydanticDTO[User]):
    config = DTOConfig(exclude={"id"}, rename_strategy="camel")


class UserReadDTO(PydanticDTO[User]):
    config = DTOConfig(exclude={"password"})


class UserPatchDTO(PydanticDTO[User]):
    config = DTOConfig(exclude={"id"}, partial=True)


@post("/accounts")
async def create_account(data: Account) -> Account:
    return data


@post("/accounts/many")
async def create_accounts(data: list[Account]) -> list[Account]:
    return data


@get("/page")
async def page() -> Page[Inner]:
    return Page[Inner](items=[Inner(x=1, when=date(2024, 1, 2))], total=1)


@post("/legacy")
async def legacy(data: Legacy) -> Legacy:
    return data


@post("/strict")
async def strict(data: Strict) -> Strict:
    return data


@post("/points")
async def create_point(data: Point) -> Point:
    return data


@get("/points")
async def list_points() -> list[Point]:
    return [Point(1, 2, "a"), Point(3)]


@post("/users", dto=UserWriteDTO, return_dto=UserReadDTO)
async def create_user(data: User) -> User:
    return data


@patch("/users", dto=UserPatchDTO, return_dto=UserReadDTO)
async def patch_user(data: DTOData[User]) -> User:
    return data.update_instance(User(id=1, name="old", password="pw"))


@get("/users", return_dto=UserReadDTO)
async def list_users() -> list[User]:
    return [User(id=1, name="a", password="p", email="a@b.c")]


app = Litestar(
    [
        create_account,
        create_accounts,
        page,
        legacy,
        strict,
        create_point,
        list_points,
        create_user,
        patch_user,
        list_users,
    ]
)

GOOD = {"Name": "ab", "email": "a@b.co", "secret": "s", "url": "http://x.org", "inner": {"x": "2"}}

REQUESTS = [
    {"method": "POST", "url": "/accounts", "json": GOOD},
    {
        "method": "POST",
        "url": "/accounts",
        "json": {"name": "a", "email": "no", "secret": 1, "url": "x", "n": 0},
        "name": "every field fails",
    },
    {"method": "POST", "url": "/accounts", "json": {**GOOD, "n": 13}, "name": "validator error"},
    {"method": "POST", "url": "/accounts", "json": {**GOOD, "inner": {"x": "nope"}}, "name": "nested error"},
    {"method": "POST", "url": "/accounts", "content": b"{bad", "name": "malformed"},
    {"method": "POST", "url": "/accounts", "content": b"", "name": "empty"},
    {"method": "POST", "url": "/accounts/many", "json": [GOOD, {"Name": "x"}]},
    {"method": "POST", "url": "/accounts/many", "json": [GOOD, GOOD]},
    {"method": "GET", "url": "/page"},
    {"method": "POST", "url": "/legacy", "json": {"a": "1"}},
    {"method": "POST", "url": "/legacy", "json": {"a": "x"}},
    {"method": "POST", "url": "/strict", "json": {"a": 1, "b": 2}},
    {"method": "POST", "url": "/points", "json": {"x": 1, "label": "p"}},
    {"method": "POST", "url": "/points", "json": {"x": "no"}},
    {"method": "POST", "url": "/points", "json": {"y": 1}},
    {"method": "GET", "url": "/points"},
    {"method": "POST", "url": "/users", "json": {"id": 9, "name": "n", "password": "pw", "email": "e"}},
    {"method": "POST", "url": "/users", "json": {"name": 5}},
    {"method": "PATCH", "url": "/users", "json": {"email": "new@x.y"}},
    {"method": "GET", "url": "/users"},
]
