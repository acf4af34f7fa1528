"""Edge cases of url-encoded and multipart form bodies."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from litestar import Litestar, Request, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body

FORM = Body(media_type=RequestEncodingType.URL_ENCODED)
MULTI = Body(media_type=RequestEncodingType.MULTI_PART)


@dataclasses.dataclass
class Login:
    user: str
    age: int = 0
    tags: list[str] | None = None
    remember: bool = False


@dataclasses.dataclass
class Upload:
    title: str
    doc: UploadFile


def _r(value: object) -> object:
    if isinstance(value, list):
        return [_r(v) for v in value]
    if isinstance(value, dict):
        return {k: _r(v) for k, v in sorted(value.items())}
    if isinstance(value, UploadFile):
        return f"UploadFile({value.filename!r}, {value.content_type!r})"
    return f"{type(value).__name__}:{value!r}"


@post("/f/dict")
async def f_dict(data: Annotated[dict[str, Any], FORM]) -> dict:
    return {"data": _r(data)}


@post("/f/login")
async def f_login(data: Annotated[Login, FORM]) -> dict:
    return {"data": _r(dataclasses.asdict(data))}


@post("/f/raw")
async def f_raw(request: Request) -> dict:
    form = await request.form()
    return {"items": [[k, _r(v)] for k, v in form.multi_items()]}


@post("/m/dict")
async def m_dict(data: Annotated[dict[str, Any], MULTI]) -> dict:
    return {"data": _r(data)}


@post("/m/upload")
async def m_upload(data: Annotated[Upload, MULTI]) -> dict:
    content = await data.doc.read()
    return {"title": _r(data.title), "doc": _r(data.doc), "size": len(content)}


@post("/m/login")
async def m_login(data: Annotated[Login, MULTI]) -> dict:
    return {"data": _r(dataclasses.asdict(data))}


app = Litestar(route_handlers=[f_dict, f_login, f_raw, m_dict, m_upload, m_login])

URLENC = {"content-type": "application/x-www-form-urlencoded"}


def _f(url: str, body: bytes, name: str, headers: dict | None = None) -> dict:
    return {
        "method": "POST",
        "url": url,
        "content": body,
        "headers": URLENC if headers is None else headers,
        "name": name,
    }


def _mp(parts: list[bytes], boundary: bytes = b"XyZ", closing: bool = True, eol: bytes = b"\r\n") -> bytes:
    out = b""
    for part in parts:
        out += b"--" + boundary + eol + part + eol
    if closing:
        out += b"--" + boundary + b"--" + eol
    return out


def _part(
    name: str | None, value: bytes, filename: str | None = None, ctype: str | None = None, extra: str = ""
) -> bytes:
    disp = "form-data"
    if name is not None:
        disp += f'; name="{name}"'
    if filename is not None:
        disp += f'; filename="{filename}"'
    disp += extra
    head = f"Content-Disposition: {disp}\r\n"
    if ctype:
        head += f"Content-Type: {ctype}\r\n"
    return head.encode() + b"\r\n" + value


MP = {"content-type": "multipart/form-data; boundary=XyZ"}

REQUESTS = [
    _f("/f/dict", b"a=1&a=2&b=", "repeated and empty"),
    _f("/f/dict", b"a&b=&=c", "missing equals and empty key"),
    _f("/f/dict", b"a=1+2&b=%2B&c=%E2%9C%93", "encodings"),
    _f("/f/dict", b"a=%C3&b=1", "invalid utf-8 escape"),
    _f("/f/dict", b"a=%ZZ", "bad escape"),
    _f("/f/dict", b"a=1;b=2", "semicolon"),
    _f("/f/dict", b"", "empty body"),
    _f("/f/dict", b"caf\xc3\xa9=\xc3\xa9", "raw utf-8"),
    _f(
        "/f/dict",
        b"a=\xe9",
        "raw latin-1",
        {"content-type": "application/x-www-form-urlencoded; charset=latin-1"},
    ),
    _f("/f/dict", b"a=1", "uppercase content-type", {"content-type": "Application/X-WWW-Form-Urlencoded"}),
    _f("/f/dict", b"a=1", "json content-type", {"content-type": "application/json"}),
    _f("/f/dict", b"a=1", "no content-type", {}),
    _f("/f/login", b"user=bob&age=3", "login ok"),
    _f("/f/login", b"user=bob&age=", "login empty int"),
    _f("/f/login", b"user=bob&age=x", "login bad int"),
    _f("/f/login", b"user=bob&age=007", "login leading zeros"),
    _f("/f/login", b"user=&age=1", "login empty str"),
    _f("/f/login", b"user=a&user=b", "login repeated scalar"),
    _f("/f/login", b"user=a&tags=x", "login single list item"),
    _f("/f/login", b"user=a&tags=x&tags=y", "login list items"),
    _f("/f/login", b"user=a&tags=", "login empty list item"),
    _f("/f/login", b"user=a&remember=on", "login bool on"),
    _f("/f/login", b"user=a&remember=1", "login bool 1"),
    _f("/f/login", b"user=a&remember=", "login bool empty"),
    _f("/f/login", b"user=a&extra=1", "login extra field"),
    _f("/f/login", b"age=1", "login missing required"),
    _f("/f/raw", b"a=1&b=2&a=3", "raw form order"),
    _f("/f/raw", b"x=%00", "raw nul"),
    _f("/m/dict", _mp([_part("a", b"1"), _part("a", b"2"), _part("b", b"")]), "mp repeated and empty", MP),
    _f(
        "/m/dict",
        _mp([_part("a", b"1")]),
        "mp quoted boundary",
        {"content-type": 'multipart/form-data; boundary="XyZ"'},
    ),
    _f("/m/dict", _mp([_part("a", b"1")]), "mp missing boundary", {"content-type": "multipart/form-data"}),
    _f(
        "/m/dict",
        _mp([_part("a", b"1")]),
        "mp wrong boundary",
        {"content-type": "multipart/form-data; boundary=other"},
    ),
    _f("/m/dict", _mp([_part("a", b"1")], closing=False), "mp no closing boundary", MP),
    _f("/m/dict", _mp([_part("a", b"1")], eol=b"\n"), "mp LF line ends", MP),
    _f("/m/dict", _mp([]), "mp no parts", MP),
    _f("/m/dict", b"", "mp empty body", MP),
    _f("/m/dict", b"garbage", "mp garbage body", MP),
    _f("/m/dict", _mp([_part(None, b"1")]), "mp part without name", MP),
    _f("/m/dict", _mp([_part("", b"1")]), "mp part with empty name", MP),
    _f("/m/dict", _mp([b"\r\nno headers"]), "mp part without headers", MP),
    _f("/m/dict", _mp([_part("a", "\u00e9\u2713".encode())]), "mp utf-8 value", MP),
    _f("/m/dict", _mp([_part("\u00e9", b"1")]), "mp utf-8 name", MP),
    _f(
        "/m/dict",
        _mp([_part("a", b"x", ctype="text/plain; charset=latin-1")]),
        "mp part with content-type",
        MP,
    ),
    _f("/m/dict", _mp([_part("f", b"data", filename="a.txt", ctype="text/plain")]), "mp file", MP),
    _f("/m/dict", _mp([_part("f", b"data", filename="")]), "mp empty filename", MP),
    _f("/m/dict", _mp([_part("f", b"data", filename="caf\u00e9 \u2713.txt")]), "mp utf-8 filename", MP),
    _f(
        "/m/dict",
        _mp([_part("f", b"data", extra="; filename*=UTF-8''caf%C3%A9.txt")]),
        "mp rfc5987 filename",
        MP,
    ),
    _f("/m/dict", _mp([_part("f", b"data", filename="C:\\dir\\x.txt")]), "mp windows path filename", MP),
    _f("/m/dict", _mp([_part("f", b"data", filename="../../etc/passwd")]), "mp traversal filename", MP),
    _f(
        "/m/dict",
        _mp([_part("f", b"a"), _part("f", b"b", filename="b.txt")]),
        "mp field and file same name",
        MP,
    ),
    _f(
        "/m/dict",
        _mp([b'Content-Disposition: form-data; name="a"; name="b"\r\n\r\nv']),
        "mp duplicate name param",
        MP,
    ),
    _f(
        "/m/dict",
        _mp([b"content-disposition: FORM-DATA; NAME=a\r\n\r\nv"]),
        "mp lowercase header unquoted name",
        MP,
    ),
    _f(
        "/m/dict",
        _mp([b'Content-Disposition: attachment; name="a"\r\n\r\nv']),
        "mp attachment disposition",
        MP,
    ),
    _f(
        "/m/dict",
        _mp([_part("a", b"1")]),
        "mp content-type uppercase",
        {"content-type": "MULTIPART/FORM-DATA; BOUNDARY=XyZ"},
    ),
    _f(
        "/m/upload",
        _mp([_part("title", b"t"), _part("doc", b"hello", filename="h.txt", ctype="text/plain")]),
        "upload ok",
        MP,
    ),
    _f("/m/upload", _mp([_part("title", b"t"), _part("doc", b"hello")]), "upload given as field", MP),
    _f("/m/upload", _mp([_part("title", b"t")]), "upload missing file", MP),
    _f(
        "/m/upload",
        _mp([_part("title", b"t"), _part("doc", b"", filename="empty.bin")]),
        "upload empty file",
        MP,
    ),
    _f(
        "/m/login",
        _mp([_part("user", b"u"), _part("age", b"5"), _part("tags", b"a"), _part("tags", b"b")]),
        "mp login",
        MP,
    ),
    _f("/m/login", _mp([_part("user", b"u"), _part("age", b"")]), "mp login empty int", MP),
    _f("/m/login", _mp([_part("user", b"u"), _part("remember", b"true")]), "mp login bool", MP),
    _f("/m/login", _mp([_part("age", b"1")]), "mp login missing", MP),
    {
        "method": "POST",
        "url": "/m/dict",
        "files": {"f": ("r\u00e9sum\u00e9.txt", b"x", "text/plain")},
        "name": "client utf-8 filename",
    },
    {
        "method": "POST",
        "url": "/m/dict",
        "data": {"a": ["1", "2"], "b": ""},
        "files": {"f": ("a.txt", b"", "text/plain")},
        "name": "client list data",
    },
]
