"""`request_max_body_size` -> 413 on app and handler layers; `url_for` / `route_reverse` via handlers."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Litestar, Request, Router, get, post


@post("/upload")
async def upload(body: bytes) -> dict:
    return {"len": len(body)}


@post("/upload-json")
async def upload_json(data: dict[str, Any]) -> dict:
    return {"keys": len(data)}


@post("/small", request_max_body_size=4)
async def small(body: bytes) -> dict:
    return {"len": len(body)}


@post("/unlimited", request_max_body_size=None)
async def unlimited(body: bytes) -> dict:
    return {"len": len(body)}


@get("/items/{item_id:int}", name="item-detail")
async def item_detail(item_id: int) -> dict:
    return {"item_id": item_id}


@get("/files/{file_path:path}", name="file")
async def file(file_path: str) -> str:
    return file_path


@get("/users/{user_id:uuid}/posts/{slug:str}", name="user-post")
async def user_post(user_id: uuid.UUID, slug: str) -> str:
    return slug


@get("/plain-name")
async def plain_name() -> str:
    return "x"


@get("/nested", name="nested-index")
async def nested_index() -> str:
    return "nested"


@get("/links")
async def links(request: Request) -> dict:
    return {
        "item": request.url_for("item-detail", item_id=5),
        "file": request.url_for("file", file_path="/a/b.txt"),
        "user_post": request.url_for("user-post", user_id=uuid.UUID(int=1), slug="hello"),
        "nested": request.url_for("nested-index"),
        "reverse_item": request.app.route_reverse("item-detail", item_id=9),
        "reverse_nested": request.app.route_reverse("nested-index"),
    }


@get("/link-missing")
async def link_missing(request: Request) -> str:
    return request.url_for("no-such-route")


@get("/link-bad-param")
async def link_bad_param(request: Request) -> str:
    return request.app.route_reverse("item-detail", item_id="abc")


router = Router(path="/api/v2", route_handlers=[nested_index])


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[
            upload,
            upload_json,
            small,
            unlimited,
            item_detail,
            file,
            user_post,
            plain_name,
            router,
            links,
            link_missing,
            link_bad_param,
        ],
        request_max_body_size=64,
    )


REQUESTS = [
    {"method": "POST", "url": "/upload", "content": b"x" * 64, "name": "at the limit"},
    {"method": "POST", "url": "/upload", "content": b"x" * 65, "name": "over the limit"},
    {"method": "POST", "url": "/upload-json", "json": {"k" * 80: 1}, "name": "json over the limit"},
    {"method": "POST", "url": "/small", "content": b"12345", "name": "handler limit"},
    {"method": "POST", "url": "/small", "content": b"1234", "name": "handler limit ok"},
    {"method": "POST", "url": "/unlimited", "content": b"y" * 1000, "name": "limit disabled on handler"},
    {"method": "GET", "url": "/links"},
    {"method": "GET", "url": "/link-missing"},
    {"method": "GET", "url": "/link-bad-param"},
]
