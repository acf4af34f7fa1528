"""Reference app: ``OpenAPIConfig(create_examples=True)`` (2.17's document recorded beside it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from litestar import Litestar, get, post
from litestar.openapi import OpenAPIConfig, ResponseSpec
from litestar.params import Parameter


@dataclass
class Owner:
    email: str


@dataclass
class Pet:
    id: int
    name: str
    tags: list[str]
    owner: Owner | None = None


@dataclass
class Err:
    code: int


@post(
    "/pets/{pid:int}",
    sync_to_thread=False,
    responses={
        404: ResponseSpec(Err, description="nf"),
        405: ResponseSpec(int),
        409: ResponseSpec(list[Err], generate_examples=False),
    },
)
def create(
    pid: int,
    data: Pet,
    q: str | None = None,
    limit: Annotated[int, Parameter(ge=1, le=10)] = 5,
    h: Annotated[str, Parameter(header="x-h")] = "a",
) -> Pet:
    return data


@get("/pets", sync_to_thread=False)
def list_pets() -> list[Pet]:
    return []


app = Litestar([create, list_pets], openapi_config=OpenAPIConfig("T", "1", create_examples=True))
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
