"""Tests for ``File`` and ``ASGIFileResponse``."""

from __future__ import annotations

import os
from email.utils import formatdate
from pathlib import Path
from typing import Any

import anyio
import pytest
from _response_helpers import Capture, make_request, run_asgi
from litestar.datastructures import ETag
from litestar.exceptions import ImproperlyConfiguredException, InternalServerException
from litestar.response import File
from litestar.response._file_access import FileAccess
from litestar.response.file import ASGIFileResponse, async_file_iterator, create_etag_for_file


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello file")
    return path


def test_create_etag_for_file() -> None:
    assert create_etag_for_file("files/a.txt", 1700000000.5, 10) == '"1700000000.5-10-420938802"'
    assert create_etag_for_file("files/a.txt", None, 10) == '"10-420938802"'
    assert create_etag_for_file("a", 0.0, 1) == '"1-6422626"'
    assert create_etag_for_file("/x/y", 1.0, 0) == '"1.0-0-50266448"'


async def send_file(response: File, **kwargs: Any) -> Capture:
    return await run_asgi(response.to_asgi_response(None, make_request(), **kwargs))


async def test_file_headers_and_body(text_file: Path) -> None:
    stat = os.stat(text_file)
    capture = await send_file(File(text_file, filename="a.txt"))
    assert capture.headers == [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-disposition", b'attachment; filename="a.txt"'),
        (b"content-length", b"10"),
        (b"last-modified", formatdate(stat.st_mtime, usegmt=True).encode()),
        (b"etag", create_etag_for_file(text_file, stat.st_mtime, 10).encode()),
    ]
    assert capture.messages[1:] == [{"type": "http.response.body", "body": b"hello file", "more_body": False}]


@pytest.mark.parametrize(
    ("filename", "disposition", "media_type"),
    [
        ("", b'attachment; filename=""', b"application/octet-stream"),
        ("report.pdf", b'attachment; filename="report.pdf"', b"application/pdf"),
        ('r"e port.pdf', b"attachment; filename*=utf-8''r%22e%20port.pdf", b"application/pdf"),
        ("ü.txt", b"attachment; filename*=utf-8''%C3%BC.txt", b"text/plain; charset=utf-8"),
        ("x.unknownext", b'attachment; filename="x.unknownext"', b"application/octet-stream"),
    ],
)
async def test_disposition_and_media_type(
    text_file: Path, filename: str, disposition: bytes, media_type: bytes
) -> None:
    capture = await send_file(File(str(text_file), filename=filename))
    assert (b"content-disposition", disposition) in capture.headers
    assert (b"content-type", media_type) in capture.headers


async def test_inline_explicit_media_type_etag_and_layering(text_file: Path) -> None:
    response = File(
        text_file,
        content_disposition_type="inline",
        etag=ETag(value="abc", weak=True),
        media_type="text/html",
        headers={"x": "y"},
        status_code=201,
    )
    capture = await send_file(response, headers={"z": "1"}, media_type="application/json", status_code=202)
    assert capture.start["status"] == 201
    assert capture.headers[:4] == [
        (b"z", b"1"),
        (b"x", b"y"),
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-disposition", b'inline; filename=""'),
    ]
    assert capture.headers[-1] == (b"etag", b'W/"abc"')


async def test_layered_media_type_is_used_before_guessing(text_file: Path) -> None:
    capture = await send_file(File(text_file, filename="x.json"), media_type="text/html")
    assert (b"content-type", b"text/html; charset=utf-8") in capture.headers


async def test_custom_content_disposition_header_is_kept(text_file: Path) -> None:
    capture = await send_file(File(text_file, filename="x.html", headers={"content-disposition": "custom"}))
    assert capture.headers[:2] == [
        (b"content-disposition", b"custom"),
        (b"content-type", b"text/html; charset=utf-8"),
    ]


async def test_large_file_is_streamed_in_chunks(text_file: Path) -> None:
    capture = await send_file(File(text_file, chunk_size=3))
    assert [(m["body"], m["more_body"]) for m in capture.messages[1:]] == [
        (b"hel", True),
        (b"lo ", True),
        (b"fil", True),
        (b"e", True),
        (b"", False),
    ]


async def test_head_keeps_file_headers_without_content_type(text_file: Path) -> None:
    capture = await send_file(File(text_file, filename="a.txt"), is_head_response=True)
    assert [name for name, _ in capture.headers] == [
        b"content-disposition",
        b"content-length",
        b"last-modified",
        b"etag",
    ]
    assert capture.messages[1:] == [{"type": "http.response.body", "body": b"", "more_body": False}]


async def test_missing_file_raises(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(ImproperlyConfiguredException, match=r"missing\.txt does not exist"):
        await send_file(File(missing))


async def test_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(ImproperlyConfiguredException, match="is not a file"):
        await send_file(File(tmp_path))


async def test_stat_result_and_file_info_are_used(text_file: Path, tmp_path: Path) -> None:
    stat = os.stat(text_file)
    capture = await send_file(File(text_file, stat_result=stat))
    assert (b"content-length", b"10") in capture.headers

    info = {"size": 3, "mtime": 1.5, "type": "file", "name": "x"}
    capture = await send_file(File(text_file, file_info=info))  # type: ignore[arg-type]
    assert capture.headers[2:] == [
        (b"content-length", b"3"),
        (b"last-modified", b"Thu, 01 Jan 1970 00:00:01 GMT"),
        (b"etag", create_etag_for_file(text_file, 1.5, 3).encode()),
    ]

    async def info_coroutine() -> dict[str, Any]:
        return {"size": 10, "type": "file"}

    capture = await send_file(File(text_file, file_info=info_coroutine()))  # type: ignore[arg-type]
    assert capture.headers[2:] == [
        (b"content-length", b"10"),
        (b"etag", create_etag_for_file(text_file, None, 10).encode()),
    ]
    assert capture.body == b"hello file"


async def test_file_vanishing_after_stat_is_a_server_error(text_file: Path, tmp_path: Path) -> None:
    stat = os.stat(text_file)
    with pytest.raises(InternalServerException):
        await send_file(File(tmp_path / "gone.txt", stat_result=stat))


class SyncFileSystem:
    """A file system answering synchronously."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files

    def info(self, path: Any, **kwargs: Any) -> dict[str, Any]:
        if str(path) not in self.files:
            raise FileNotFoundError(path)
        return {"size": len(self.files[str(path)]), "type": "file", "mtime": 0.0, "name": str(path)}

    def open(self, file: Any, mode: str, buffering: int = -1) -> Any:
        import io

        return io.BytesIO(self.files[str(file)])


class AsyncFileSystem(SyncFileSystem):
    """A file system answering with awaitables."""

    async def info(self, path: Any, **kwargs: Any) -> dict[str, Any]:  # type: ignore[override]
        return super().info(path)

    async def open(self, file: Any, mode: str, buffering: int = -1) -> Any:  # type: ignore[override]
        return anyio.wrap_file(super().open(file, mode, buffering))


@pytest.mark.parametrize("file_system_class", [SyncFileSystem, AsyncFileSystem])
async def test_custom_file_system(file_system_class: type[SyncFileSystem]) -> None:
    file_system = file_system_class({"virtual/data.bin": b"0123456789"})
    capture = await send_file(File("virtual/data.bin", file_system=file_system))  # type: ignore[arg-type]
    assert capture.body == b"0123456789"
    assert (b"content-length", b"10") in capture.headers
    chunked = await send_file(File("virtual/data.bin", file_system=file_system, chunk_size=4))  # type: ignore[arg-type]
    assert [m["body"] for m in chunked.messages[1:]] == [b"0123", b"4567", b"89", b""]
    with pytest.raises(ImproperlyConfiguredException, match="does not exist"):
        await send_file(File("virtual/none", file_system=file_system))  # type: ignore[arg-type]


async def test_async_file_iterator(text_file: Path) -> None:
    chunks = [chunk async for chunk in async_file_iterator(text_file, 4, FileAccess())]
    assert chunks == [b"hell", b"o fi", b"le"]


def test_attributes(text_file: Path) -> None:
    response = File(text_file)
    assert (response.filename, response.file_path, response.content_disposition_type) == (
        "",
        text_file,
        "attachment",
    )
    assert (response.chunk_size, response.etag, response.file_info, response.stat_result) == (
        1024 * 1024,
        None,
        None,
        None,
    )
    asgi = ASGIFileResponse(file_path=text_file, filename="a.txt")
    assert (asgi.filename, asgi.file_path, asgi.chunk_size) == ("a.txt", text_file, 1024 * 1024)
