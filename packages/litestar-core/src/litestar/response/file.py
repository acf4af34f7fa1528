"""File responses: send a file with ``content-disposition``, ``etag`` and ``last-modified``."""

from __future__ import annotations

import os
from email.utils import formatdate
from mimetypes import guess_type
from secrets import token_hex
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import quote
from zlib import adler32

from litestar._scope_keys import RESPONSE_STARTED
from litestar.enums import ScopeType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.response._file_access import (
    FileAccess,
    FileSystemRangeReader,
    LocalRangeReader,
    file_info_from_stat,
    sends_buffers,
)
from litestar.response._layered import layered_kwargs
from litestar.response._ranges import Unsatisfiable, multipart_parts, parse_range_header
from litestar.response.base import Response
from litestar.response.streaming import ASGIStreamingResponse

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Awaitable, Coroutine, Iterable
    from os import PathLike
    from os import stat_result as stat_result_type
    from pathlib import Path

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.headers import ETag
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.enums import MediaType
    from litestar.types._composites import PathType, TypeEncodersMap
    from litestar.types._protocols import AppProtocol
    from litestar.types.asgi_types import Receive, Scope, Send
    from litestar.types.file_types import FileInfo, FileSystemProtocol

__all__ = ("ASGIFileResponse", "File", "async_file_iterator", "create_etag_for_file")

ONE_MEGABYTE: Final = 1024 * 1024
_OCTET_STREAM: Final = "application/octet-stream"
_DROPPED_ON_304: Final = frozenset((b"content-length", b"content-type", b"content-disposition"))
_MAPPED_MIN: Final = 256 * 1024
"""Bodies from this size on are sent as slices of a mapping when the server takes them."""
_PATHSEND: Final = "http.response.pathsend"
_ZEROCOPYSEND: Final = "http.response.zerocopysend"

# How the body leaves: read into bytes, sliced from a mapping, or sent by the server.
_READ, _MAPPED, _ZEROCOPY = 0, 1, 2


def _http_date(timestamp: float) -> bytes:
    return formatdate(timestamp, usegmt=True).encode("latin-1")


def _etag_matches(if_none_match: bytes, etag: bytes) -> bool:
    """Weak comparison of an ``If-None-Match`` list with the file's etag (RFC 9110 §13.1.2)."""
    if if_none_match.strip() == b"*":
        return True
    bare = etag.removeprefix(b"W/")
    return any(candidate.strip().removeprefix(b"W/") == bare for candidate in if_none_match.split(b","))


async def async_file_iterator(
    file_path: PathType, chunk_size: int, adapter: Any
) -> AsyncGenerator[bytes, None]:
    """Yield the contents of a file in chunks.

    Args:
        file_path: The file to read.
        chunk_size: The size of each chunk.
        adapter: An object whose ``open(path)`` coroutine returns an async file,
            such as a ``FileSystemAdapter``.

    Yields:
        The chunks.
    """
    async with await adapter.open(file_path) as file:
        while chunk := await file.read(chunk_size):
            yield chunk


def create_etag_for_file(path: PathType, modified_time: float | None, file_size: int) -> str:
    """Create an ``etag`` value for a file from its path, modification time and size.

    Args:
        path: The file path.
        modified_time: The modification timestamp; left out when falsy.
        file_size: The size in bytes.

    Returns:
        The quoted tag.
    """
    check = adler32(str(path).encode("utf-8")) & 0xFFFFFFFF
    if modified_time:
        return f'"{modified_time}-{file_size}-{check}"'
    return f'"{file_size}-{check}"'


def _content_disposition(disposition_type: str, filename: str) -> str:
    quoted = quote(filename)
    if quoted == filename:
        return f'{disposition_type}; filename="{filename}"'
    return f"{disposition_type}; filename*=utf-8''{quoted}"


class ASGIFileResponse(ASGIStreamingResponse):
    """An ASGI response sending a file, looked up when the response starts.

    Raises ``ImproperlyConfiguredException`` when the file is missing or not a file.
    """

    __slots__ = (
        "_transfer",
        "adapter",
        "chunk_size",
        "content_disposition_type",
        "etag",
        "file_info",
        "file_path",
        "filename",
    )

    def __init__(
        self,
        *,
        file_path: str | PathLike[str] | Path,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        body: bytes | str = b"",
        chunk_size: int = ONE_MEGABYTE,
        content_disposition_type: Literal["attachment", "inline"] = "attachment",
        content_length: int | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        encoding: str = "utf-8",
        etag: ETag | None = None,
        file_info: FileInfo | Coroutine[None, None, FileInfo] | None = None,
        file_system: FileSystemProtocol | None = None,
        filename: str = "",
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        stat_result: stat_result_type | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            file_path: The file to send.
            background: A task (or tasks) run after the response is sent.
            body: Unused; kept for signature compatibility.
            chunk_size: The size of the chunks a large file is sent in.
            content_disposition_type: ``attachment`` (download) or ``inline``.
            content_length: Unused; the file size is sent.
            cookies: Cookies sent as ``set-cookie`` headers.
            encoded_headers: Raw ``(name, value)`` byte pairs, sent first.
            encoding: The charset announced for text media types.
            etag: The ``etag``; computed from the file when ``None``.
            file_info: Known file information (or a coroutine giving it).
            file_system: The file system; the local disk when ``None``.
            filename: The name announced in ``content-disposition``.
            headers: Headers to send.
            is_head_response: The response answers a ``HEAD`` request (no body).
            media_type: The media type; guessed from ``filename`` when ``None``.
            stat_result: A known ``os.stat`` result of the file.
            status_code: The status code; defaults to 200.
        """
        if not media_type:
            media_type = guess_type(filename)[0] or _OCTET_STREAM
        super().__init__(
            iterator=(),
            background=background,
            cookies=cookies,
            encoded_headers=encoded_headers,
            encoding=encoding,
            headers=headers,
            is_head_response=is_head_response,
            media_type=media_type,
            status_code=status_code,
        )
        header_list = self._header_list
        if not any(name == b"content-disposition" for name, _ in header_list):
            header_list.append(
                (
                    b"content-disposition",
                    _content_disposition(content_disposition_type, filename).encode("latin-1"),
                )
            )
        if file_info is None and stat_result is not None:
            file_info = file_info_from_stat(file_path, stat_result)
        self.adapter = FileAccess(file_system)
        self.chunk_size = chunk_size
        self.content_disposition_type = content_disposition_type
        self.etag = etag
        self.file_info = file_info
        self.file_path = file_path
        self.filename = filename
        self._transfer = _READ

    async def _resolve_file_info(self) -> FileInfo:
        file_info: Any = self.file_info
        if file_info is None:
            try:
                file_info = await self.adapter.info(self.file_path)
            except FileNotFoundError as exc:
                raise ImproperlyConfiguredException(f"{self.file_path} does not exist") from exc
        elif not isinstance(file_info, dict):
            file_info = await file_info
        if file_info.get("type", "file") != "file":
            raise ImproperlyConfiguredException(f"{self.file_path} is not a file")
        self.file_info = file_info
        return file_info  # type: ignore[no-any-return]

    def _file_headers(self, file_info: FileInfo) -> tuple[bytes, int]:
        """Add ``content-length``, ``last-modified`` and ``etag``; return the etag and size."""
        size = file_info["size"]
        mtime = file_info.get("mtime")
        self.content_length = size
        etag = (
            self.etag.to_header()
            if self.etag is not None
            else create_etag_for_file(self.file_path, mtime, size)
        ).encode("latin-1")
        header_list = self._header_list
        header_list.append((b"content-length", str(size).encode("latin-1")))
        if mtime is not None:
            header_list.append((b"last-modified", _http_date(mtime)))
        header_list.append((b"etag", etag))
        return etag, size

    async def start_response(self, send: Send) -> None:
        """Look the file up, then send ``http.response.start`` with its headers.

        Args:
            send: The ASGI send callable.

        Raises:
            ImproperlyConfiguredException: If the file is missing or not a file.
        """
        self._file_headers(await self._resolve_file_info())
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.encoded_headers}
        )

    async def send_body(self, send: Send, receive: Receive) -> None:
        """Send the file: in one message when it fits in a chunk, else streamed.

        Args:
            send: The ASGI send callable.
            receive: The ASGI receive callable.
        """
        if self.is_head_response:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        await self._send_slices(send, receive, [(0, self.content_length)], None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer conditional and range requests, else send the whole file.

        ``If-None-Match`` matching the etag gives ``304``; a satisfiable ``Range`` (kept
        when ``If-Range`` still matches) gives ``206`` with one range or a
        ``multipart/byteranges`` body; an unsatisfiable one gives ``416``.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        file_info = await self._resolve_file_info()
        self._transfer = self._choose_transfer(scope, send)
        if self.status_code != 200 or scope["type"] != ScopeType.HTTP:
            self._file_headers(file_info)
            await self._send_whole(scope, send, receive)
            return
        range_value = if_range = if_none_match = None
        for name, value in scope["headers"]:
            if name == b"range":
                range_value = value
            elif name == b"if-none-match":
                if_none_match = value
            elif name == b"if-range":
                if_range = value
        etag, size = self._file_headers(file_info)
        if if_none_match is not None and _etag_matches(if_none_match, etag):
            await self._send_not_modified(scope, send)
            return
        if range_value is None or (if_range is not None and not self._if_range_holds(if_range, etag)):
            await self._send_whole(scope, send, receive)
            return
        try:
            ranges = parse_range_header(range_value.decode("latin-1"), size)
        except Unsatisfiable:
            from litestar.exceptions.http_exceptions import HTTPException

            raise HTTPException(
                status_code=416,
                detail="Requested Range Not Satisfiable",
                headers={"content-range": f"bytes */{size}"},
            ) from None
        if ranges is None:
            await self._send_whole(scope, send, receive)
            return
        await self._send_ranges(scope, send, receive, ranges, size)

    def _choose_transfer(self, scope: Scope, send: Send) -> int:
        """Pick how the body leaves (see the module constants); local files only.

        PERF: a server offering ``http.response.zerocopysend`` sends the file itself
        (``sendfile``); one whose ``send`` takes buffers gets slices of a mapping (one
        kernel copy instead of a read into ``bytes`` and a write); others get ``bytes``.
        """
        if self.adapter.file_system is not None:
            return _READ
        extensions = scope.get("extensions")
        if extensions and _ZEROCOPYSEND in extensions:
            return _ZEROCOPY
        if sends_buffers(scope, send):
            return _MAPPED
        return _READ

    def _if_range_holds(self, if_range: bytes, etag: bytes) -> bool:
        if if_range.startswith((b'"', b"W/")):
            return if_range == etag
        last_modified = next((v for n, v in self._header_list if n == b"last-modified"), None)
        return last_modified is not None and if_range == last_modified

    async def _send_whole(self, scope: Scope, send: Send, receive: Receive) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.encoded_headers}
        )
        extensions = scope.get("extensions")
        if (
            extensions
            and _PATHSEND in extensions
            and not self.is_head_response
            and self.adapter.file_system is None
        ):
            # The server sends the whole file from its path (ASGI "path send" extension).
            pathsend: Any = {"type": _PATHSEND, "path": os.path.abspath(self.file_path)}
            await self._finish(scope, send(pathsend))
            return
        await self._finish(scope, self.send_body(send, receive))

    async def _send_not_modified(self, scope: Scope, send: Send) -> None:
        kept = [(n, v) for n, v in self._header_list if n not in _DROPPED_ON_304]
        await send({"type": "http.response.start", "status": 304, "headers": [*kept, *self._encoded_cookies]})
        await self._finish(scope, send({"type": "http.response.body", "body": b"", "more_body": False}))

    async def _send_ranges(
        self, scope: Scope, send: Send, receive: Receive, ranges: list[tuple[int, int]], size: int
    ) -> None:
        headers = [(n, v) for n, v in self._header_list if n != b"content-length"]
        if len(ranges) == 1:
            start, end = ranges[0]
            headers.append((b"content-range", f"bytes {start}-{end - 1}/{size}".encode("latin-1")))
            headers.append((b"content-length", str(end - start).encode("latin-1")))
            multipart = None
        else:
            boundary = token_hex(16)
            media_type = next((v for n, v in headers if n == b"content-type"), _OCTET_STREAM.encode())
            heads, tail, total = multipart_parts(ranges, size, media_type.decode("latin-1"), boundary)
            headers = [(n, v) for n, v in headers if n != b"content-type"]
            headers.append((b"content-type", f"multipart/byteranges; boundary={boundary}".encode("latin-1")))
            headers.append((b"content-length", str(total).encode("latin-1")))
            multipart = (heads, tail)
        await send(
            {"type": "http.response.start", "status": 206, "headers": [*headers, *self._encoded_cookies]}
        )
        if self.is_head_response:
            body = send({"type": "http.response.body", "body": b"", "more_body": False})
        else:
            body = self._send_slices(send, receive, ranges, multipart)
        await self._finish(scope, body)

    async def _finish(self, scope: Scope, body: Awaitable[None]) -> None:
        try:
            await body
            if self.background is not None:
                await self.background()
        except BaseException:
            scope[RESPONSE_STARTED] = True  # type: ignore[typeddict-unknown-key]
            raise

    async def _send_slices(
        self,
        send: Send,
        receive: Receive,
        ranges: list[tuple[int, int]],
        multipart: tuple[list[bytes], bytes] | None,
    ) -> None:
        """Send byte ranges of the file, chunk by chunk, with optional multipart framing."""
        if self._transfer == _ZEROCOPY:
            await self._send_zerocopy(send, ranges, multipart)
            return
        chunk_size = self.chunk_size
        total = sum(end - start for start, end in ranges)
        mapped_size = 0
        if self._transfer == _MAPPED and total >= _MAPPED_MIN:
            mapped_size = max(end for _, end in ranges)
        if multipart is None and len(ranges) == 1 and total <= chunk_size and not mapped_size:
            start, end = ranges[0]
            whole: Any = await self._read(start, end - start)
            await send({"type": "http.response.body", "body": whole, "more_body": False})
            return

        async def watch() -> None:
            # Stop reading the file as soon as the client goes away.
            while (await receive())["type"] != "http.disconnect":
                pass
            task_group.cancel_scope.cancel()

        from anyio import create_task_group

        reader = self._open_reader(mapped_size)
        try:
            async with create_task_group() as task_group:
                task_group.start_soon(watch)
                for index, (start, end) in enumerate(ranges):
                    if multipart is not None:
                        await send(
                            {"type": "http.response.body", "body": multipart[0][index], "more_body": True}
                        )
                    position = start
                    while position < end:
                        chunk = await reader.read(position, min(chunk_size, end - position))
                        if not chunk:
                            break
                        position += len(chunk)
                        # A mapped slice is a memoryview, which sends_buffers vouched for.
                        piece: Any = chunk
                        await send({"type": "http.response.body", "body": piece, "more_body": True})
                    if multipart is not None:
                        await send({"type": "http.response.body", "body": b"\r\n", "more_body": True})
                tail = multipart[1] if multipart is not None else b""
                await send({"type": "http.response.body", "body": tail, "more_body": False})
                task_group.cancel_scope.cancel()
        finally:
            await reader.aclose()

    async def _send_zerocopy(
        self, send: Send, ranges: list[tuple[int, int]], multipart: tuple[list[bytes], bytes] | None
    ) -> None:
        """Let the server send each range from the open file (ASGI "zero copy send")."""
        try:
            file = open(self.file_path, "rb", buffering=0)  # noqa: SIM115 - closed below, after the last message
        except OSError as exc:
            from litestar.exceptions.http_exceptions import InternalServerException

            raise InternalServerException from exc
        try:
            for index, (start, end) in enumerate(ranges):
                if multipart is not None:
                    await send({"type": "http.response.body", "body": multipart[0][index], "more_body": True})
                message: Any = {
                    "type": _ZEROCOPYSEND,
                    "file": file,
                    "offset": start,
                    "count": end - start,
                    "more_body": True,
                }
                await send(message)
                if multipart is not None:
                    await send({"type": "http.response.body", "body": b"\r\n", "more_body": True})
            tail = multipart[1] if multipart is not None else b""
            await send({"type": "http.response.body", "body": tail, "more_body": False})
        finally:
            file.close()

    def _open_reader(self, mapped_size: int = 0) -> LocalRangeReader | FileSystemRangeReader:
        if self.adapter.file_system is not None:
            return FileSystemRangeReader(self.adapter, self.file_path)
        try:
            return LocalRangeReader(self.file_path, mapped_size)
        except OSError as exc:
            from litestar.exceptions.http_exceptions import InternalServerException

            raise InternalServerException from exc

    async def _read(self, start: int, length: int) -> bytes | memoryview:
        reader = self._open_reader()
        try:
            return await reader.read(start, length)
        finally:
            await reader.aclose()


class File(Response[Any]):
    """A response sending a file."""

    __slots__ = (
        "chunk_size",
        "content_disposition_type",
        "etag",
        "file_info",
        "file_path",
        "file_system",
        "filename",
        "stat_result",
    )

    def __init__(
        self,
        path: str | PathLike[str] | Path,
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        chunk_size: int = ONE_MEGABYTE,
        content_disposition_type: Literal["attachment", "inline"] = "attachment",
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        etag: ETag | None = None,
        file_info: FileInfo | Coroutine[Any, Any, FileInfo] | None = None,
        file_system: FileSystemProtocol | None = None,
        filename: str | None = None,
        headers: ResponseHeaders | None = None,
        media_type: Literal[MediaType.TEXT] | str | None = None,
        stat_result: stat_result_type | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            path: The file to send.
            background: A task (or tasks) run after the response is sent.
            chunk_size: The size of the chunks a large file is sent in.
            content_disposition_type: ``attachment`` (download) or ``inline``.
            cookies: Cookies to set.
            encoding: The charset announced for text media types.
            etag: The ``etag``; computed from the file when ``None``.
            file_info: Known file information (or a coroutine giving it).
            file_system: The file system; the local disk when ``None``.
            filename: The name announced in ``content-disposition``.
            headers: Headers to send.
            media_type: The media type; guessed from ``filename`` when ``None``.
            stat_result: A known ``os.stat`` result of the file.
            status_code: The status code; the handler's when ``None``.
        """
        super().__init__(
            content=None,
            background=background,
            cookies=cookies,
            encoding=encoding,
            headers=headers,
            media_type=media_type,
            status_code=status_code,
        )
        self.chunk_size = chunk_size
        self.content_disposition_type = content_disposition_type
        self.etag = etag
        self.file_info = file_info
        self.file_path = path
        self.file_system = file_system
        self.filename = filename or ""
        self.stat_result = stat_result

    def to_asgi_response(
        self,
        app: AppProtocol | None,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        cookies: Iterable[Cookie] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> ASGIFileResponse:
        """Create the file ASGI response, merging in the layered defaults.

        The arguments are those of :meth:`Response.to_asgi_response`; ``type_encoders``
        is unused (the file is sent as it is).

        Returns:
            An :class:`ASGIFileResponse`.
        """
        return ASGIFileResponse(
            body=b"",
            chunk_size=self.chunk_size,
            content_disposition_type=self.content_disposition_type,
            content_length=0,
            etag=self.etag,
            file_info=self.file_info,
            file_path=self.file_path,
            file_system=self.file_system,
            filename=self.filename,
            media_type=self.media_type or media_type,
            stat_result=self.stat_result,
            status_code=self.status_code or status_code,
            **layered_kwargs(self, background, cookies, encoded_headers, headers, is_head_response),
        )
