"""OpenAPI differential case: the /schema/openapi.json of this app equals 2.17's."""

from __future__ import annotations

from litestar import Litestar, Response, get
from litestar.exceptions import ClientException, HTTPException, NotFoundException, ValidationException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.datastructures import ResponseSpec


class MyErr(HTTPException):
    status_code = 404
    detail = "mine"


@get(
    "/",
    raises=[NotFoundException, MyErr, ValidationException, ClientException],
    responses={404: ResponseSpec(None, description="spec")},
)
async def root(q: int) -> str: ...


@get("/two", raises=[MyErr, NotFoundException])
async def two() -> None:
    """Doc of two.

    Second paragraph.
    """


@get(["/alt", "/alt2/{x:int}"])
async def alt(x: int = 0) -> Response: ...


app = Litestar(
    [root, two, alt], openapi_config=OpenAPIConfig("T", "2", use_handler_docstrings=True, description="d")
)
REQUESTS = [{"method": "GET", "url": "/schema/openapi.json"}]
