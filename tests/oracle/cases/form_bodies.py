"""URL-encoded forms and multipart uploads (fields, single files, lists of files, dataclass models)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from litestar import Litestar, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body

FORM = Body(media_type=RequestEncodingType.URL_ENCODED)
MULTI = Body(media_type=RequestEncodingType.MULTI_PART)


@dataclass
class Login:
    username: str
    password: str
    remember: bool = False


class Signup(msgspec.Struct):
    email: str
    age: int


@dataclass
class Profile:
    name: str
    avatar: UploadFile
    bio: str | None = None


@dataclass
class Gallery:
    title: str
    images: list[UploadFile]


@post("/form/dict")
async def form_dict(data: Annotated[dict[str, Any], FORM]) -> dict:
    return {"data": data}


@post("/form/dataclass")
async def form_dc(data: Annotated[Login, FORM]) -> dict:
    return {"username": data.username, "password_len": len(data.password), "remember": data.remember}


@post("/form/struct")
async def form_struct(data: Annotated[Signup, FORM]) -> dict:
    return {"email": data.email, "age": data.age}


@post("/multipart/fields")
async def mp_fields(data: Annotated[dict[str, Any], MULTI]) -> dict:
    return {k: (v if isinstance(v, str) else type(v).__name__) for k, v in data.items()}


@post("/multipart/file")
async def mp_file(data: Annotated[UploadFile, MULTI]) -> dict:
    content = await data.read()
    return {
        "filename": data.filename,
        "content_type": data.content_type,
        "size": len(content),
        "text": content.decode(),
    }


@post("/multipart/files")
async def mp_files(data: Annotated[list[UploadFile], MULTI]) -> dict:
    return {"names": [f.filename for f in data], "sizes": [len(await f.read()) for f in data]}


@post("/multipart/profile")
async def mp_profile(data: Annotated[Profile, MULTI]) -> dict:
    avatar = await data.avatar.read()
    return {
        "name": data.name,
        "bio": data.bio,
        "avatar": data.avatar.filename,
        "avatar_size": len(avatar),
        "avatar_type": data.avatar.content_type,
    }


@post("/multipart/gallery")
async def mp_gallery(data: Annotated[Gallery, MULTI]) -> dict:
    return {"title": data.title, "images": [i.filename for i in data.images]}


@post("/multipart/dict-files")
async def mp_dict_files(data: Annotated[dict[str, UploadFile], MULTI]) -> dict:
    return {k: {"filename": v.filename, "bytes": (await v.read()).decode()} for k, v in sorted(data.items())}


app = Litestar(
    route_handlers=[
        form_dict,
        form_dc,
        form_struct,
        mp_fields,
        mp_file,
        mp_files,
        mp_profile,
        mp_gallery,
        mp_dict_files,
    ]
)

REQUESTS = [
    {"method": "POST", "url": "/form/dict", "data": {"a": "1", "b": "two words"}},
    {
        "method": "POST",
        "url": "/form/dict",
        "content": b"a=1&a=2&b=x%26y",
        "name": "repeated form key",
        "headers": {"content-type": "application/x-www-form-urlencoded"},
    },
    {
        "method": "POST",
        "url": "/form/dataclass",
        "data": {"username": "bob", "password": "hunter2", "remember": "true"},
    },
    {"method": "POST", "url": "/form/dataclass", "data": {"username": "bob"}, "name": "form missing field"},
    {"method": "POST", "url": "/form/struct", "data": {"email": "a@b.c", "age": "41"}},
    {
        "method": "POST",
        "url": "/form/struct",
        "data": {"email": "a@b.c", "age": "old"},
        "name": "form struct bad int",
    },
    {
        "method": "POST",
        "url": "/multipart/fields",
        "data": {"x": "1"},
        "files": {"f": ("a.txt", b"hello", "text/plain")},
    },
    {
        "method": "POST",
        "url": "/multipart/file",
        "files": {"data": ("hello.txt", b"hello world", "text/plain")},
    },
    {
        "method": "POST",
        "url": "/multipart/files",
        "files": [
            ("a", ("one.bin", b"\x00\x01", "application/octet-stream")),
            ("b", ("two.txt", b"22", "text/plain")),
        ],
        "name": "two files",
    },
    {
        "method": "POST",
        "url": "/multipart/profile",
        "data": {"name": "neo", "bio": "the one"},
        "files": {"avatar": ("me.png", b"PNGDATA", "image/png")},
    },
    {"method": "POST", "url": "/multipart/profile", "data": {"name": "neo"}, "name": "profile missing file"},
    {
        "method": "POST",
        "url": "/multipart/gallery",
        "data": {"title": "trip"},
        "files": [("images", ("1.jpg", b"1", "image/jpeg")), ("images", ("2.jpg", b"22", "image/jpeg"))],
    },
    {
        "method": "POST",
        "url": "/multipart/dict-files",
        "files": {"first": ("f1.txt", b"one", "text/plain"), "second": ("f2.txt", b"two", "text/plain")},
    },
]
