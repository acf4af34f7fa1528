"""request.json() / form() / body() / stream() inside handlers, with malformed and unusual input."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, post
from litestar.datastructures import UploadFile


@post("/json", status_code=200)
async def read_json(request: Request) -> dict[str, Any]:
    data = await request.json()
    return {"type": type(data).__name__, "data": data}


@post("/json-twice", status_code=200)
async def json_twice(request: Request) -> dict[str, Any]:
    first = await request.json()
    second = await request.json()
    raw = await request.body()
    return {"same": first == second, "raw": raw.decode()}


@post("/body", status_code=200)
async def read_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    return {"len": len(raw), "text": raw.decode("utf-8", "replace")}


@post("/stream", status_code=200)
async def read_stream(request: Request) -> dict[str, Any]:
    chunks = [chunk async for chunk in request.stream()]
    return {"total": sum(len(c) for c in chunks)}


@post("/form", status_code=200)
async def read_form(request: Request) -> dict[str, Any]:
    form = await request.form()
    out: dict[str, Any] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            out.setdefault(key, []).append(
                {"filename": value.filename, "content": (await value.read()).decode()}
            )
        else:
            out.setdefault(key, []).append(value)
    return out


@post("/body-then-form", status_code=200)
async def body_then_form(request: Request) -> dict[str, Any]:
    raw = await request.body()
    form = await request.form()
    return {"raw": raw.decode(), "form": dict(form)}


@post("/msgpack", status_code=200)
async def read_msgpack(request: Request) -> dict[str, Any]:
    data = await request.msgpack()
    return {"data": data}


@post("/content-type", status_code=200)
async def content_type(request: Request) -> dict[str, Any]:
    media, options = request.content_type
    return {"media": media, "options": options}


app = Litestar(
    [read_json, json_twice, read_body, read_stream, read_form, body_then_form, read_msgpack, content_type]
)

REQUESTS = [
    {"method": "POST", "url": "/json", "json": {"a": [1, 2]}},
    {"method": "POST", "url": "/json", "json": [1, "x"]},
    {"method": "POST", "url": "/json", "content": "42", "name": "scalar json"},
    {
        "method": "POST",
        "url": "/json",
        "content": "{bad json",
        "headers": {"Content-Type": "application/json"},
        "name": "malformed",
    },
    {"method": "POST", "url": "/json", "content": "", "name": "empty body"},
    {
        "method": "POST",
        "url": "/json",
        "content": '{"a": 1}',
        "headers": {"Content-Type": "text/plain"},
        "name": "json under text/plain",
    },
    {
        "method": "POST",
        "url": "/json",
        "content": b"\xff\xfe",
        "headers": {"Content-Type": "application/json"},
        "name": "invalid utf-8",
    },
    {"method": "POST", "url": "/json-twice", "json": {"k": "v"}},
    {"method": "POST", "url": "/body", "content": b"raw \xe2\x82\xac bytes"},
    {"method": "POST", "url": "/body", "name": "no body"},
    {"method": "POST", "url": "/stream", "content": b"x" * 1000},
    {"method": "POST", "url": "/form", "data": {"a": "1", "b": "two"}},
    {
        "method": "POST",
        "url": "/form",
        "content": "a=1&a=2&b=%20x&c",
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        "name": "repeated and blank",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": "%%%=&&=x",
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        "name": "malformed urlencoded",
    },
    {
        "method": "POST",
        "url": "/form",
        "data": {"f": "v"},
        "files": {"up": ("a.txt", b"file-content", "text/plain")},
    },
    {
        "method": "POST",
        "url": "/form",
        "content": "--xyz\r\nbroken",
        "headers": {"Content-Type": "multipart/form-data; boundary=xyz"},
        "name": "broken multipart",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": "a=1",
        "headers": {"Content-Type": "multipart/form-data"},
        "name": "multipart without boundary",
    },
    {"method": "POST", "url": "/form", "json": {"a": 1}, "name": "form() on a json body"},
    {"method": "POST", "url": "/body-then-form", "data": {"x": "1"}},
    {
        "method": "POST",
        "url": "/msgpack",
        "content": b"\x81\xa1a\x01",
        "headers": {"Content-Type": "application/x-msgpack"},
    },
    {
        "method": "POST",
        "url": "/msgpack",
        "content": b"\xc1",
        "headers": {"Content-Type": "application/x-msgpack"},
        "name": "malformed msgpack",
    },
    {
        "method": "POST",
        "url": "/content-type",
        "headers": {"Content-Type": "text/html; charset=latin-1; q=0.5"},
    },
    {"method": "POST", "url": "/content-type", "name": "no content type"},
]
