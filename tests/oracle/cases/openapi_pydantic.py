"""OpenAPI differential case: pydantic Field constraints, titles, examples and aliases as 2.17 documents them."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Optional

from litestar import Litestar, get, post
from pydantic import BaseModel, Field, conint, conlist, constr


class M(BaseModel):
    a: list[str] = Field(default_factory=list)
    b: list[str] = Field(default_factory=list, min_length=1)
    c: list[str] = Field(min_length=1)
    d: Optional[int] = Field(None, ge=1)
    e: str = Field("x", description="d", title="t", examples=["q"])
    f: Annotated[int, Field(gt=1)]
    g: constr(min_length=2, pattern="^a")
    h: conint(ge=1, lt=9)
    i: Decimal = Field(max_digits=5, decimal_places=2)
    j: str = Field(alias="jj", min_length=3)
    k: datetime.datetime = Field(default_factory=datetime.datetime.now)
    el: int = Field(default=3, le=4)
    m: conlist(int, min_length=2)
    n: Optional[str] = Field(default=None, max_length=5)
    o: set[int] = Field(default_factory=set, max_length=4)
    p: dict[str, int] = Field(default_factory=dict, min_length=1)
    q: Annotated[str, Field(description="ann")] = "z"


@post("/m", sync_to_thread=False)
def h(data: M) -> M:
    return data


class In(BaseModel):
    a_b: int = Field(alias="aB")


class Out(BaseModel):
    c_d: int = Field(alias="cD")


@post("/in", sync_to_thread=False)
def h1(data: In) -> None:
    return None


@get("/out", sync_to_thread=False)
def h2() -> Out:
    raise NotImplementedError


app = Litestar([h, h1, h2])
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
