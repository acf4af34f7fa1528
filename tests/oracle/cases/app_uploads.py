"""A file service: multipart uploads (single, list, dataclass form), File / Stream downloads, redirect after POST."""

from __future__ import annotations

import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from litestar import Litestar, Router, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import Body
from litestar.response import File, Redirect, Stream

STORE = Path(tempfile.mkdtemp(prefix="oracle-uploads-"))
INDEX: dict[str, dict[str, Any]] = {}


@dataclass
class UploadForm:
    title: str
    document: UploadFile
    private: bool = False


@dataclass
class AlbumForm:
    album: str
    photos: list[UploadFile]


async def _save(upload: UploadFile, **meta: Any) -> dict[str, Any]:
    content = await upload.read()
    name = f"{len(INDEX) + 1}-{upload.filename}"
    (STORE / name).write_bytes(content)
    INDEX[name] = {"name": name, "size": len(content), "content_type": upload.content_type, **meta}
    return INDEX[name]


@post("/single")
async def upload_single(data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
    return await _save(data)


@post("/many")
async def upload_many(
    data: Annotated[list[UploadFile], Body(media_type=RequestEncodingType.MULTI_PART)],
) -> list:
    return [await _save(f) for f in data]


@post("/document")
async def upload_document(
    data: Annotated[UploadForm, Body(media_type=RequestEncodingType.MULTI_PART)],
) -> Redirect:
    if not data.title.strip():
        raise ValidationException("title must not be blank")
    saved = await _save(data.document, title=data.title, private=data.private)
    return Redirect(path=f"/files/meta/{saved['name']}")


@post("/album")
async def upload_album(data: Annotated[AlbumForm, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
    return {"album": data.album, "photos": [await _save(p, album=data.album) for p in data.photos]}


@post("/raw-dict")
async def upload_raw(
    data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)],
) -> dict:
    return {k: (f"file:{v.filename}" if isinstance(v, UploadFile) else v) for k, v in data.items()}


uploads = Router(
    path="/upload",
    route_handlers=[upload_single, upload_many, upload_document, upload_album, upload_raw],
    request_max_body_size=2048,
)


def _lookup(name: str) -> dict[str, Any]:
    if name not in INDEX:
        raise NotFoundException(f"no file {name!r}")
    return INDEX[name]


@get("/files/meta/{name:str}")
async def file_meta(name: str) -> dict:
    return _lookup(name)


@get("/files/{name:str}")
async def download(name: str, inline: bool = False) -> File:
    meta = _lookup(name)
    return File(
        path=STORE / name,
        filename=name.split("-", 1)[1],
        media_type=meta["content_type"],
        content_disposition_type="inline" if inline else "attachment",
    )


@get("/files/{name:str}/lines")
async def stream_lines(name: str) -> Stream:
    _lookup(name)

    async def lines() -> AsyncIterator[bytes]:
        for number, line in enumerate((STORE / name).read_bytes().splitlines(), 1):
            yield f"{number}: ".encode() + line + b"\n"

    return Stream(lines(), media_type="text/plain", headers={"X-Source": name})


@get("/files")
async def list_files() -> list[str]:
    return sorted(INDEX)


@post("/big", request_max_body_size=None)
async def big(body: bytes) -> dict:
    return {"size": len(body)}


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[uploads, file_meta, download, stream_lines, list_files, big],
        request_max_body_size=4096,
    )


IGNORE_HEADERS = ["last-modified", "etag"]

REQUESTS = [
    {"method": "POST", "url": "/upload/single", "files": {"data": ("a.txt", b"alpha\nbeta\n", "text/plain")}},
    {"method": "GET", "url": "/files"},
    {"method": "GET", "url": "/files/1-a.txt"},
    {"method": "GET", "url": "/files/1-a.txt", "params": {"inline": "true"}},
    {"method": "GET", "url": "/files/1-a.txt/lines"},
    {"method": "GET", "url": "/files/nope.txt", "name": "404"},
    {"method": "GET", "url": "/files/nope.txt/lines", "name": "404 stream"},
    {"method": "POST", "url": "/upload/single", "json": {"x": 1}, "name": "json to multipart endpoint"},
    {
        "method": "POST",
        "url": "/upload/single",
        "data": {"data": "not a file"},
        "files": {"other": ("o.txt", b"o", "text/plain")},
        "name": "field instead of file",
    },
    {
        "method": "POST",
        "url": "/upload/many",
        "files": [
            ("one", ("b.csv", b"x,y\n1,2\n", "text/csv")),
            ("two", ("c.bin", b"\x00\x01", "application/octet-stream")),
        ],
    },
    {"method": "GET", "url": "/files/3-c.bin", "name": "binary download"},
    {
        "method": "POST",
        "url": "/upload/document",
        "data": {"title": "Report", "private": "true"},
        "files": {"document": ("r.md", b"# Report\n", "text/markdown")},
        "name": "redirect after POST (followed)",
        "follow_redirects": True,
    },
    {
        "method": "POST",
        "url": "/upload/document",
        "data": {"title": "Second"},
        "files": {"document": ("s.md", b"# S\n", "text/markdown")},
        "name": "redirect after POST (not followed)",
        "follow_redirects": False,
    },
    {
        "method": "POST",
        "url": "/upload/document",
        "data": {"title": "  "},
        "files": {"document": ("t.md", b"t", "text/markdown")},
        "name": "ValidationException",
    },
    {
        "method": "POST",
        "url": "/upload/document",
        "data": {"title": "No file"},
        "files": {"attachment": ("o.txt", b"o", "text/plain")},
        "name": "missing file field",
    },
    {
        "method": "POST",
        "url": "/upload/document",
        "data": {"title": "T", "private": "maybe"},
        "files": {"document": ("u.md", b"u", "text/markdown")},
        "name": "bad bool",
    },
    {
        "method": "POST",
        "url": "/upload/album",
        "data": {"album": "holiday"},
        "files": [
            ("photos", ("p1.png", b"\x89PNG1", "image/png")),
            ("photos", ("p2.png", b"\x89PNG2", "image/png")),
        ],
    },
    {
        "method": "POST",
        "url": "/upload/album",
        "data": {"album": "solo"},
        "files": [("photos", ("p3.png", b"\x89PNG3", "image/png"))],
        "name": "list with one file",
    },
    {
        "method": "POST",
        "url": "/upload/raw-dict",
        "data": {"k": "v", "n": "1"},
        "files": {"f": ("f.txt", b"ff", "text/plain")},
    },
    {
        "method": "POST",
        "url": "/upload/single",
        "files": {"data": ("huge.txt", b"z" * 3000, "text/plain")},
        "name": "router body limit 413",
    },
    {"method": "POST", "url": "/big", "content": b"y" * 5000, "name": "handler lifts the limit"},
    {"method": "GET", "url": "/files"},
    {"method": "GET", "url": "/files/meta/5-r.md"},
]


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    # the multipart boundary is random
    body = resp.get("body")
    if isinstance(body, str):
        resp["body"] = re.sub(r"boundary=[0-9a-f]+", "boundary=<b>", body)
    return resp
