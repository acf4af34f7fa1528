"""``PydanticDTO`` details the oracle cases cannot show (2.17 fails on them)."""

from __future__ import annotations

from typing import Annotated

import pydantic.v1 as pydantic_v1
from litestar import get, post
from litestar.dto import DTOConfig, DTOField, Mark
from litestar.plugins.pydantic import PydanticDTO
from litestar.testing import create_test_client
from pydantic import BaseModel, Field


class Stop(pydantic_v1.BaseModel):
    name: str
    code: str = "x"


class Route(pydantic_v1.BaseModel):
    title: str = pydantic_v1.Field(min_length=1)
    stops: list[Stop] = []


class Account(BaseModel):
    name: str
    hidden: Annotated[str, DTOField(mark=Mark.PRIVATE)] = "a"
    also_hidden: str = Field(default="b", json_schema_extra={"__dto__": DTOField(mark=Mark.PRIVATE)})


def test_v1_models_in_lists_are_nested_models() -> None:
    """Excludes reach v1 models inside a list, and bodies build them (2.17 rejects them)."""

    class RouteDTO(PydanticDTO[Route]):
        config = DTOConfig(exclude={"stops.0.code"})

    @get("/route", return_dto=RouteDTO, signature_namespace={"Route": Route})
    async def read() -> Route:
        return Route(title="t", stops=[Stop(name="a", code="c")])

    @post("/route", dto=PydanticDTO[Route], signature_namespace={"Route": Route})
    async def write(data: Route) -> dict[str, object]:
        return {"stop": type(data.stops[0]).__name__, "codes": [s.code for s in data.stops]}

    with create_test_client([read, write]) as client:
        assert client.get("/route").json() == {"title": "t", "stops": [{"name": "a"}]}
        assert client.post("/route", json={"title": "t", "stops": [{"name": "b"}]}).json() == {
            "stop": "Stop",
            "codes": ["x"],
        }
        missing = client.post("/route", json={"stops": []})
        assert missing.json()["detail"] == "Object missing required field `title`"


def test_marks_come_from_annotated_and_from_field_extras() -> None:
    """``Annotated[..., DTOField]`` marks a field (as 2.17); so does ``json_schema_extra`` (2.17 ignores it)."""

    @get("/account", return_dto=PydanticDTO[Account], signature_namespace={"Account": Account})
    async def read() -> Account:
        return Account(name="n")

    with create_test_client([read]) as client:
        assert client.get("/account").json() == {"name": "n"}
