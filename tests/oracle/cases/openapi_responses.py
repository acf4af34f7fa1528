"""OpenAPI differential case: the /schema/openapi.json of this app equals 2.17's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Optional

from litestar import Controller, Litestar, Response, Router, get, post, route
from litestar.datastructures import Cookie, ResponseHeader, UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException, PermissionDeniedException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Example
from litestar.params import Body, Parameter
from litestar.response import File, Redirect, Stream


@dataclass
class Pet:
    id: int


@dataclass
class Err:
    msg: str


@route(
    "/multi/{item_id:uuid}",
    http_method=["GET", "POST"],
    raises=[NotFoundException, PermissionDeniedException],
)
async def multi(item_id: str) -> Response[Pet]: ...


@get(
    "/",
    responses={
        404: ResponseSpec(
            Err,
            generate_examples=False,
            description="Not here",
            examples=[Example(summary="x", value={"msg": "m"})],
        ),
        409: ResponseSpec(None),
    },
    response_headers=[
        ResponseHeader(name="x-a", value="1", description="A"),
    ],
    response_cookies=[Cookie(key="c", value="v", description="cookie")],
    security=[{"jwt": []}],
    tags=["b", "a"],
    deprecated=True,
    operation_id="custom",
)
async def root() -> dict[str, int]: ...


@get("/redirect", status_code=302)
async def redir() -> Redirect: ...


@get("/file")
async def file() -> File: ...


@get("/stream")
async def stream() -> Stream: ...


@post("/form")
async def form(
    data: Annotated[
        Pet, Body(media_type=RequestEncodingType.URL_ENCODED, description="form body", title="T")
    ],
) -> None: ...


@post("/upload", status_code=200)
async def upload(data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> str: ...


@get("/params/{p:path}")
async def params(
    p: str,
    a: Annotated[
        list[int], Parameter(query="aa", min_items=1, examples=[Example(value=[1])], required=False)
    ],
    c: Optional[str] = Parameter(cookie="ck", default=None),
    e: int = Parameter(gt=1, lt=5, title="E", description="desc", default=2),
) -> Optional[Pet]:
    """Doc line.

    More.
    """


class C(Controller):
    path = "/ctrl"
    tags = ["ctl"]
    security = [{"k": []}]

    @get("/x/{n:int}", include_in_schema=True)
    async def get_x(self, n: int) -> int: ...
    @get("/hidden", include_in_schema=False)
    async def hidden(self) -> int: ...
    @post(operation_id=lambda h, m, pc: f"op_{m}_{h.fn.__name__}")
    async def make_it(self, data: dict[str, int]) -> list[Pet]: ...


r = Router("/r", route_handlers=[C], include_in_schema=True, tags=["router"])
app = Litestar([multi, root, redir, file, stream, form, upload, params, r])
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
