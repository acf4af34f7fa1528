"""Small parsing gaps: quoted cookie octal escapes, lying or negative Content-Length."""

from typing import Any

from litestar import Litestar, Request, get, post


@get("/cookies")
async def cookies(request: Request[Any, Any, Any]) -> dict[str, str]:
    return request.cookies


@post("/body")
async def body(request: Request[Any, Any, Any]) -> dict[str, int]:
    return {"len": len(await request.body())}


app = Litestar([cookies, body])
REQUESTS = [
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": 'a="\\400"'},
        "name": "\\400 is not an octal escape",
    },
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": 'a="\\377x"; b="\\101\\060"'},
        "name": "\\377 and \\101 are",
    },
    {
        "method": "GET",
        "url": "/cookies",
        "headers": {"cookie": 'a="\\3777"; b="x\\"y"'},
        "name": "three digits at most",
    },
    {
        "method": "POST",
        "url": "/body",
        "content": b"abc",
        "headers": {"content-length": "-1"},
        "name": "negative content-length",
    },
    {
        "method": "POST",
        "url": "/body",
        "content": b"abc",
        "headers": {"content-length": "2"},
        "name": "content-length shorter than the body",
    },
    {
        "method": "POST",
        "url": "/body",
        "content": b"abc",
        "headers": {"content-length": "x"},
        "name": "non-numeric content-length",
    },
]
