"""``multipart/form-data`` parsing on top of the maintained ``multipart`` library.

Uploads are security-sensitive, so the byte-level parsing (boundaries, header limits, part
counts) is left to ``multipart``'s push parser, which 2.17 uses too; a benchmark against
our former hand-written parser showed no speed reason to keep our own (see
docs/performance.md). This module adapts the parser's events to the framework: chunks are
fed as they arrive, file parts go straight into spooled
:class:`~litestar.datastructures.UploadFile` objects, and every malformed or oversized input
becomes a 400 ``ClientException``.

Limits match 2.17 and do not depend on how the server chunks the body: at most 8 header
lines per part, at most 4224 bytes per part header line, and ``part_limit`` parts.
"""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import TYPE_CHECKING, Any

from litestar.datastructures.multi_dicts import FormMultiDict
from litestar.datastructures.upload_file import UploadFile
from litestar.exceptions.http_exceptions import ClientException

if TYPE_CHECKING:
    from multipart import MultipartSegment

__all__ = ("MultipartParser", "parse_multipart_form")

_INVALID = "Invalid multipart/form-data"
_TOO_LARGE = "Request Entity Too Large"
_MAX_HEADER_COUNT = 8
_MAX_HEADER_SIZE = 4096 + 128


def _invalid() -> ClientException:
    return ClientException(detail=_INVALID)


def _unescape(value: str) -> str:
    """Decode the ``%22`` that browsers and httpx send for a ``"`` in a name (as 2.17)."""
    return value.replace("%22", '"') if "%22" in value else value


class _Part:
    __slots__ = ("charset", "chunks", "name", "upload")

    def __init__(self, name: str, upload: UploadFile | None, charset: str) -> None:
        self.name = name
        self.upload = upload
        self.charset = charset
        self.chunks: list[bytes] = []


class MultipartParser:
    """Incremental parser: call :meth:`feed` with each chunk, then :meth:`finish`."""

    __slots__ = ("_parser", "_part", "_results")

    def __init__(self, boundary: bytes, part_limit: int = 1000) -> None:
        """Initialise the parser.

        Args:
            boundary: The boundary from the ``Content-Type`` parameters.
            part_limit: The maximum number of parts accepted.
        """
        from multipart import PushMultipartParser  # imported when a form arrives

        self._parser = PushMultipartParser(
            boundary,
            max_header_count=_MAX_HEADER_COUNT,
            max_header_size=_MAX_HEADER_SIZE,
            max_segment_count=part_limit,
        )
        self._part: _Part | None = None
        self._results: dict[str, list[Any]] = {}

    def feed(self, chunk: bytes) -> None:
        """Consume a chunk of the body (an empty chunk ends the body).

        Args:
            chunk: The next bytes of the request body.

        Raises:
            ClientException: If the data is malformed, a part header is too long or too
                numerous, or there are too many parts.
        """
        from multipart import MultipartError, MultipartSegment, ParserLimitReached

        try:
            for event in self._parser.parse(chunk):
                if isinstance(event, MultipartSegment):
                    self._start_part(event)
                elif event is None:
                    self._close_part()
                elif self._part is not None:
                    self._write(event)
        except ParserLimitReached:
            self._close_uploads()
            raise ClientException(detail=_TOO_LARGE) from None
        except MultipartError:
            self._close_uploads()
            raise _invalid() from None
        except ClientException:
            self._close_uploads()
            raise

    def _start_part(self, segment: MultipartSegment) -> None:
        name = _unescape(segment.name or "")
        filename = segment.filename
        if filename:
            filename = _unescape(filename)
            # As 2.17: a Windows path keeps its last component.
            if filename[1:3] == ":\\" or filename[:2] == "\\\\":
                filename = filename.rsplit("\\", 1)[-1]
        headers = dict(segment.headerlist)
        charset = segment.charset or "utf-8"
        upload = (
            UploadFile(content_type=segment.content_type or "text/plain", filename=filename, headers=headers)
            if filename
            else None
        )
        self._part = _Part(name, upload, charset)

    def _write(self, data: bytes) -> None:
        part = self._part
        if part is None:  # pragma: no cover - the library sends data only inside a part
            raise _invalid()
        if part.upload is not None:
            part.upload.file.write(data)
        else:
            part.chunks.append(data)

    def _close_part(self) -> None:
        part = self._part
        if part is None:  # pragma: no cover - the library ends only parts it started
            raise _invalid()
        self._part = None
        value: Any
        if part.upload is not None:
            part.upload.file.seek(0)
            value = part.upload
        elif not part.chunks:
            value = None  # an empty field is ``None``, as in the reference
        else:
            try:
                value = b"".join(part.chunks).decode(part.charset)
            except (UnicodeDecodeError, LookupError) as exc:
                raise _invalid() from exc
        values = self._results.get(part.name)
        if values is None:
            self._results[part.name] = [value]
        else:
            values.append(value)

    def finish(self) -> FormMultiDict:
        """Check the body ended properly and return the parsed form.

        Raises:
            ClientException: If the closing delimiter was never seen.

        Returns:
            The fields (``str``) and files (:class:`UploadFile`), repeated keys grouped.
        """
        self.feed(b"")
        return FormMultiDict([(key, value) for key, values in self._results.items() for value in values])

    def _close_uploads(self) -> None:
        for values in self._results.values():
            for value in values:
                if isinstance(value, UploadFile):
                    value.file.close()
        if self._part is not None and self._part.upload is not None:
            self._part.upload.file.close()


async def parse_multipart_form(
    chunks: AsyncIterable[bytes],
    boundary: str | None,
    part_limit: int = 1000,
) -> FormMultiDict:
    """Parse a ``multipart/form-data`` body from an async stream of chunks.

    Args:
        chunks: The body chunks.
        boundary: The ``boundary`` parameter of the content type.
        part_limit: The maximum number of parts.

    Raises:
        ClientException: 400 if the body is malformed, the boundary is missing (for a
            non-empty body), or there are more than ``part_limit`` parts.

    Returns:
        The parsed form; an empty body gives an empty form, as in the reference.
    """
    parser = MultipartParser(boundary.encode("latin-1"), part_limit) if boundary else None
    empty = True
    try:
        async for chunk in chunks:
            if chunk:
                if parser is None:
                    raise _invalid()
                empty = False
                parser.feed(chunk)
    except ClientException:
        if parser is not None:
            parser._close_uploads()
        raise
    if empty or parser is None:
        return FormMultiDict()
    return parser.finish()
