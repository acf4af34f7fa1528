"""Multipart: %22-escaped names, per-part header limits, long header lines, part limits."""

from typing import Any

from litestar import Litestar, Request, post
from litestar.datastructures import UploadFile


@post("/form")
async def echo_form(request: Request[Any, Any, Any]) -> dict[str, Any]:
    form = await request.form()
    out: dict[str, Any] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            out.setdefault(key, []).append(
                {
                    "filename": value.filename,
                    "type": value.content_type,
                    "data": (await value.read()).decode(),
                }
            )
        else:
            out.setdefault(key, []).append(value)
    return out


def _part(disposition: bytes, extra: bytes = b"", data: bytes = b"hello") -> bytes:
    return (
        b"--xx\r\nContent-Disposition: form-data; " + disposition + b"\r\n" + extra + b"\r\n" + data + b"\r\n"
    )


MP = {"content-type": "multipart/form-data; boundary=xx"}
app = Litestar([echo_form])
REQUESTS = [
    {
        "method": "POST",
        "url": "/form",
        "files": {"doc": ('say "hi".txt', b"hello", "text/plain")},
        "name": "quote in filename (httpx sends %22)",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="f%22x"; filename="a%22b%20c.txt"') + b"--xx--\r\n",
        "headers": MP,
        "name": "%22 decoded, %20 kept",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="f"', extra=b"".join(b"X-H%d: v\r\n" % i for i in range(7))) + b"--xx--\r\n",
        "headers": MP,
        "name": "8 header lines",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="f"', extra=b"".join(b"X-H%d: v\r\n" % i for i in range(8))) + b"--xx--\r\n",
        "headers": MP,
        "name": "9 header lines",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="' + b"a" * 4100 + b'"') + b"--xx--\r\n",
        "headers": MP,
        "name": "4 KB header line",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="' + b"a" * 100_000 + b'"') + b"--xx--\r\n",
        "headers": MP,
        "name": "100 KB field name",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="f"', extra=b"X-A: b\r\n" * 3000) * 50 + b"--xx--\r\n",
        "headers": MP,
        "name": "thousands of header lines",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": b"".join(_part(b'name="a%d"' % i) for i in range(1001)) + b"--xx--\r\n",
        "headers": MP,
        "name": "1001 parts",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": _part(b'name="f"; filename="C:\\\\dir\\\\x.txt"')
        + _part(b'name="e"', data=b"")
        + b"--xx--\r\n",
        "headers": MP,
        "name": "windows path, empty field",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": b'--xx  \r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--xx--',
        "headers": MP,
        "name": "padding after delimiter",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": b"--xx\r\nX-A: b\r\n\r\nhello\r\n--xx--\r\n",
        "headers": MP,
        "name": "no content-disposition",
    },
]
