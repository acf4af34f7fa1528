"""A streaming ``multipart/form-data`` parser.

Chunks are fed as they arrive; file parts are written straight into spooled
:class:`~litestar.datastructures.UploadFile` objects, so large uploads never sit in memory
as one ``bytes`` object. Any malformed input raises a 400 ``ClientException``.
"""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Any

from litestar._parsers import parse_header_params
from litestar.datastructures.multi_dicts import FormMultiDict
from litestar.datastructures.upload_file import UploadFile
from litestar.exceptions.http_exceptions import ClientException

__all__ = ("MultipartParser", "parse_multipart_form")

_INVALID = "Invalid multipart/form-data"
_TOO_MANY_PARTS = "Request Entity Too Large"
_MAX_HEADER_BYTES = 16 * 1024

_PREAMBLE = 0
_HEADERS = 1
_BODY = 2
_AFTER_DELIMITER = 3
_END = 4


def _invalid() -> ClientException:
    return ClientException(detail=_INVALID)


def _decode_header_bytes(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid() from None


def _disposition_params(params: str) -> dict[str, str]:
    """Parse the ``; key=value`` parameters of a ``Content-Disposition`` header (as the reference).

    Keys are lower-cased. In a quoted value only ``\\"`` is unescaped (other backslashes are
    kept, as browsers send them in Windows paths); a value whose quote never closes is
    dropped. An unquoted value ends at the first whitespace.
    """
    result: dict[str, str] = {}
    length = len(params)
    i = 0
    while i < length:
        while i < length and params[i] in "; \t":
            i += 1
        if i >= length:
            break
        eq = params.find("=", i)
        semi = params.find(";", i)
        if eq == -1 or (semi != -1 and semi < eq):
            i = length if semi == -1 else semi
            continue
        key = params[i:eq].strip().lower()
        i = eq + 1
        while i < length and params[i] in " \t":
            i += 1
        if i < length and params[i] == '"':
            end = i + 1
            while end < length and params[end] != '"':
                end += 2 if params[end] == "\\" else 1
            if end >= length:
                break
            value = params[i + 1 : end].replace('\\"', '"')
            i = end + 1
        else:
            end = i
            while end < length and params[end] not in "; \t":
                end += 1
            value = params[i:end]
            i = end
            semi = params.find(";", i)
            i = length if semi == -1 else semi
        if key:
            result[key] = value
    return result


class _Part:
    __slots__ = ("charset", "chunks", "name", "upload")

    def __init__(self, name: str, upload: UploadFile | None, charset: str) -> None:
        self.name = name
        self.upload = upload
        self.charset = charset
        self.chunks: list[bytes] = []


class MultipartParser:
    """Incremental parser: call :meth:`feed` with each chunk, then :meth:`finish`."""

    __slots__ = ("_buffer", "_delimiter", "_part", "_part_count", "_part_limit", "_results", "_state")

    def __init__(self, boundary: bytes, part_limit: int = 1000) -> None:
        """Initialise the parser.

        Args:
            boundary: The boundary from the ``Content-Type`` parameters.
            part_limit: The maximum number of parts accepted.
        """
        self._delimiter = b"--" + boundary
        self._part_limit = part_limit
        self._part_count = 0
        self._buffer = b""
        self._state = _PREAMBLE
        self._part: _Part | None = None
        self._results: dict[str, list[Any]] = {}

    def feed(self, chunk: bytes) -> None:
        """Consume a chunk of the body.

        Args:
            chunk: The next bytes of the request body.

        Raises:
            ClientException: If the data is malformed or has too many parts.
        """
        buffer = self._buffer + chunk if self._buffer else chunk
        delimiter = self._delimiter
        while True:
            state = self._state
            if state == _BODY:
                index = buffer.find(b"\r\n" + delimiter)
                if index == -1:
                    # keep a tail that could hold the start of the next delimiter
                    keep = len(delimiter) + 1
                    if len(buffer) > keep:
                        self._write(buffer[:-keep])
                        buffer = buffer[-keep:]
                    break
                self._write(buffer[:index])
                self._close_part()
                buffer = buffer[index + 2 + len(delimiter) :]
                self._state = _AFTER_DELIMITER
            elif state == _AFTER_DELIMITER:
                if len(buffer) < 2:
                    break
                if buffer[:2] == b"--":
                    self._state = _END
                    buffer = b""
                    break
                line_end = buffer.find(b"\r\n")
                if line_end == -1:
                    if len(buffer) > 256:
                        raise _invalid()
                    break
                if buffer[:line_end].strip(b" \t"):
                    raise _invalid()
                buffer = buffer[line_end + 2 :]
                self._state = _HEADERS
            elif state == _HEADERS:
                index = buffer.find(b"\r\n\r\n")
                if index == -1:
                    if buffer.startswith(b"\r\n"):
                        # a part without any header line
                        raise _invalid()
                    if len(buffer) > _MAX_HEADER_BYTES:
                        raise _invalid()
                    break
                self._start_part(buffer[:index])
                buffer = buffer[index + 4 :]
                self._state = _BODY
            elif state == _PREAMBLE:
                if buffer.startswith(delimiter):
                    index = 0
                else:
                    index = buffer.find(b"\r\n" + delimiter)
                    if index != -1:
                        index += 2
                if index == -1:
                    keep = len(delimiter) + 1
                    if len(buffer) > keep:
                        buffer = buffer[-keep:]
                    break
                buffer = buffer[index + len(delimiter) :]
                self._state = _AFTER_DELIMITER
            else:  # _END: ignore the epilogue
                buffer = b""
                break
        self._buffer = buffer

    def _start_part(self, raw_headers: bytes) -> None:
        headers: dict[str, str] = {}
        for line in raw_headers.split(b"\r\n"):
            raw_name, sep, raw_value = line.partition(b":")
            if not sep:
                raise _invalid()
            headers[_decode_header_bytes(raw_name.strip())] = _decode_header_bytes(raw_value.strip())
        lowered = {key.lower(): value for key, value in headers.items()}
        disposition = lowered.get("content-disposition")
        if disposition is None:
            raise _invalid()
        self._part_count += 1
        if self._part_count > self._part_limit:
            raise ClientException(detail=_TOO_MANY_PARTS)
        disposition_type, _, params_string = disposition.partition(";")
        if disposition_type.strip().lower() != "form-data":
            raise _invalid()
        params = _disposition_params(params_string)
        name = params.get("name", "")
        # As the reference: ``filename*`` is not used, and a Windows path keeps its last part.
        filename = params.get("filename")
        if filename and (filename[1:3] == ":\\" or filename[:2] == "\\\\"):
            filename = filename.rsplit("\\", 1)[-1]
        content_type, _, type_params = lowered.get("content-type", "").partition(";")
        charset = parse_header_params(type_params).get("charset", "utf-8") if type_params else "utf-8"
        upload = (
            UploadFile(content_type=content_type.strip() or "text/plain", filename=filename, headers=headers)
            if filename
            else None
        )
        self._part = _Part(name, upload, charset)

    def _write(self, data: bytes) -> None:
        if not data:
            return
        part = self._part
        if part is None:  # pragma: no cover - guarded by the state machine
            raise _invalid()
        if part.upload is not None:
            part.upload.file.write(data)
        else:
            part.chunks.append(data)

    def _close_part(self) -> None:
        part = self._part
        if part is None:  # pragma: no cover - guarded by the state machine
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
        if self._state != _END:
            self._close_uploads()
            raise _invalid()
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
