"""OpenAPI differential case: operation ids and summaries, undeclared path parameters, attrs models."""

from __future__ import annotations

from typing import Optional

import attrs
from litestar import Controller, Litestar, Router, delete, get, post


@attrs.define
class AttrsModel:
    a: int
    b: str = "x"
    c: list[int] = attrs.field(factory=list)
    d: Optional[float] = None


class Ctl(Controller):
    path = "/ctl/{cid:int}"

    @get("/items/{item_id:str}/{other:uuid}", sync_to_thread=False)
    def getItemCamel(self, q: int, item_id: str, cid: int) -> None:
        return None

    @post(["/a", "/b"], sync_to_thread=False, name="named")
    def multi_path(self) -> None:
        return None


def factory() -> object:
    @get("/inner", sync_to_thread=False)
    def inner_fn() -> None:
        return None

    return inner_fn


class CallableHandler:
    def __call__(self) -> None:
        return None


@delete("/del/{x:int}", sync_to_thread=False)
def remove_thing(x: int) -> None:
    return None


@get("/fooBar/{petId:int}/ABC", sync_to_thread=False)
def getPet_byID(petId: int) -> AttrsModel:
    raise NotImplementedError


@get("/with-dash/and_underscore", sync_to_thread=False)
def x() -> None:
    return None


app = Litestar(
    [
        Ctl,
        Router("/r", route_handlers=[factory()]),
        remove_thing,
        getPet_byID,
        x,
        get("/callable", sync_to_thread=False)(CallableHandler()),
    ]
)
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
