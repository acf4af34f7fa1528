"""Default status codes per method, HEAD handlers, automatic OPTIONS, 404 and 405."""

from __future__ import annotations

from litestar import Litestar, Response, delete, get, head, patch, post, put, route
from litestar.enums import HttpMethod


@get("/res")
async def read() -> dict:
    return {"op": "read"}


@post("/res")
async def create() -> dict:
    return {"op": "create"}


@put("/res")
async def replace() -> dict:
    return {"op": "replace"}


@patch("/res")
async def update() -> dict:
    return {"op": "update"}


@delete("/res")
async def remove() -> None:
    return None


@delete("/res-with-body", status_code=200)
async def remove_with_body() -> dict:
    return {"deleted": True}


@post("/accepted", status_code=202)
async def accepted() -> str:
    return "queued"


@head("/probe")
async def probe() -> None:
    return None


@head("/probe-headers")
async def probe_headers() -> Response[None]:
    return Response(None, headers={"X-Exists": "yes"})


@route("/multi", http_method=[HttpMethod.GET, HttpMethod.POST])
async def multi() -> str:
    return "multi"


@get("/get-only")
async def get_only() -> str:
    return "get"


@post("/no-content", status_code=204)
async def no_content() -> None:
    return None


@get(["/a", "/b/{x:int}"])
async def two_paths(x: int = 0) -> dict:
    return {"x": x}


app = Litestar(
    route_handlers=[
        read,
        create,
        replace,
        update,
        remove,
        remove_with_body,
        accepted,
        probe,
        probe_headers,
        multi,
        get_only,
        no_content,
        two_paths,
    ]
)

REQUESTS = [
    {"method": "GET", "url": "/res"},
    {"method": "POST", "url": "/res"},
    {"method": "PUT", "url": "/res"},
    {"method": "PATCH", "url": "/res"},
    {"method": "DELETE", "url": "/res"},
    {"method": "DELETE", "url": "/res-with-body"},
    {"method": "POST", "url": "/accepted"},
    {"method": "HEAD", "url": "/probe"},
    {"method": "HEAD", "url": "/probe-headers"},
    {"method": "GET", "url": "/probe", "name": "GET on HEAD route"},
    {"method": "GET", "url": "/multi"},
    {"method": "POST", "url": "/multi", "name": "route() POST defaults"},
    {"method": "OPTIONS", "url": "/res", "name": "automatic OPTIONS"},
    {"method": "OPTIONS", "url": "/get-only", "name": "automatic OPTIONS single"},
    {"method": "OPTIONS", "url": "/multi", "name": "automatic OPTIONS multi-method handler"},
    {"method": "OPTIONS", "url": "/nowhere", "name": "OPTIONS 404"},
    {"method": "HEAD", "url": "/get-only", "name": "HEAD on GET route"},
    {"method": "POST", "url": "/get-only", "name": "405"},
    {"method": "DELETE", "url": "/multi", "name": "405 multi"},
    {"method": "GET", "url": "/nowhere", "name": "404"},
    {"method": "GET", "url": "/res/extra", "name": "404 deeper"},
    {"method": "POST", "url": "/no-content"},
    {"method": "GET", "url": "/a"},
    {"method": "GET", "url": "/b/3"},
    {"method": "TRACE", "url": "/res", "name": "TRACE 405"},
    {"method": "GET", "url": "/res/", "name": "trailing slash"},
    {"method": "GET", "url": "//res", "name": "double slash"},
]
