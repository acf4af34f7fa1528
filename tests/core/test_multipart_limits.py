"""Multipart limits and decoding follow 2.17 and do not depend on how the body is chunked."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from litestar._multipart import MultipartParser, parse_multipart_form
from litestar.datastructures import UploadFile
from litestar.exceptions import ClientException

BOUNDARY = b"xx"


def _part(disposition: bytes, extra: bytes = b"", data: bytes = b"hello") -> bytes:
    return (
        b"--xx\r\nContent-Disposition: form-data; " + disposition + b"\r\n" + extra + b"\r\n" + data + b"\r\n"
    )


def _feed(body: bytes, size: int) -> dict[str, list[object]]:
    parser = MultipartParser(BOUNDARY, 1000)
    for start in range(0, len(body), size):
        parser.feed(body[start : start + size])
    form = parser.finish()
    return _collect(form.multi_items())


def _collect(items: Any) -> dict[str, list[object]]:
    result: dict[str, list[object]] = {}
    for key, value in items:
        if isinstance(value, UploadFile):
            result.setdefault(key, []).append((value.filename, value.file.read()))
            value.file.close()
        else:
            result.setdefault(key, []).append(value)
    return result


def _refusal(body: bytes, size: int) -> str:
    with pytest.raises(ClientException) as exc_info:
        _feed(body, size)
    assert exc_info.value.status_code == 400
    return str(exc_info.value.detail)


CHUNK_SIZES = [1, 7, 1000, 1 << 20]


@pytest.mark.parametrize("size", CHUNK_SIZES)
def test_percent_encoded_quote_is_decoded(size: int) -> None:
    """``%22`` (what browsers and httpx send for ``"``) is decoded in names and filenames."""
    body = (
        _part(b'name="f%22x"; filename="a%22b.txt"')
        + _part(b'name="p"; filename="a%20b.txt"')
        + b"--xx--\r\n"
    )
    assert _feed(body, size) == {'f"x': [('a"b.txt', b"hello")], "p": [("a%20b.txt", b"hello")]}


@pytest.mark.parametrize("size", CHUNK_SIZES)
def test_header_count_limit(size: int) -> None:
    """Eight header lines per part are accepted, a ninth is refused."""
    eight = _part(b'name="f"', extra=b"".join(b"X-H%d: v\r\n" % i for i in range(7))) + b"--xx--\r\n"
    nine = _part(b'name="f"', extra=b"".join(b"X-H%d: v\r\n" % i for i in range(8))) + b"--xx--\r\n"
    assert _feed(eight, size) == {"f": ["hello"]}
    assert _refusal(nine, size) == "Request Entity Too Large"


@pytest.mark.parametrize("size", CHUNK_SIZES)
def test_header_line_limit(size: int) -> None:
    """A part header line of about 4 KB is accepted; 5 KB or a 100 KB field name is refused, however chunked."""
    assert _feed(_part(b'name="' + b"a" * 4100 + b'"') + b"--xx--\r\n", size) == {"a" * 4100: ["hello"]}
    for length in (5000, 100_000):
        body = _part(b'name="' + b"a" * length + b'"') + b"--xx--\r\n"
        assert _refusal(body, size) == "Request Entity Too Large"


def test_many_header_lines_are_refused_early() -> None:
    """A body of many parts with thousands of header lines is refused at the first oversized part."""
    part = _part(b'name="f"', extra=b"X-A: b\r\n" * 2000)
    body = part * 200 + b"--xx--\r\n"
    parser = MultipartParser(BOUNDARY, 1000)
    consumed = 0

    def feed_all() -> None:
        nonlocal consumed
        for start in range(0, len(body), 4096):
            consumed += 1
            parser.feed(body[start : start + 4096])

    with pytest.raises(ClientException, match="Request Entity Too Large"):
        feed_all()
    assert consumed == 1, "refused within the first chunk, without reading the rest of the body"


def test_part_limit() -> None:
    """More parts than the limit is refused like 2.17 ("Request Entity Too Large")."""
    body = b"".join(_part(b'name="a%d"' % i) for i in range(4)) + b"--xx--\r\n"
    parser = MultipartParser(BOUNDARY, 3)
    with pytest.raises(ClientException, match="Request Entity Too Large"):
        parser.feed(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_part(b'name="f"; filename="C:\\\\dir\\\\x.txt"') + b"--xx--\r\n", {"f": [("x.txt", b"hello")]}),
        (_part(b'name="e"', data=b"") + b"--xx--\r\n", {"e": [None]}),
        (
            _part(
                b'name="t"',
                extra=b"Content-Type: text/plain; charset=latin-1\r\n",
                data="é".encode("latin-1"),
            )
            + b"--xx--\r\n",
            {"t": ["é"]},
        ),
        (b"preamble\r\n" + _part(b'name="a"') + b"--xx--\r\nepilogue", {"a": ["hello"]}),
    ],
)
def test_decoding_details(body: bytes, expected: dict[str, list[object]]) -> None:
    """Windows paths keep their last part, empty fields are None, charsets apply, preamble/epilogue are skipped."""
    assert _feed(body, 5) == expected


@pytest.mark.parametrize(
    "body",
    [
        b"garbage",
        _part(b'name="a"'),
        b"--xx\r\nX-A: b\r\n\r\nhello\r\n--xx--\r\n",
        _part(b'name="t"', data=b"\xff\xfe") + b"--xx--\r\n",
    ],
)
def test_malformed_is_invalid(body: bytes) -> None:
    """Malformed bodies (no delimiter, unterminated, no Content-Disposition, bad UTF-8) are a 400."""
    assert _refusal(body, 3) == "Invalid multipart/form-data"


async def test_stream_without_boundary_or_body() -> None:
    """An empty body is an empty form; a body without a boundary is invalid."""

    async def chunks(*parts: bytes) -> AsyncIterator[bytes]:
        for part in parts:
            yield part

    assert dict(await parse_multipart_form(chunks(b""), "xx")) == {}
    with pytest.raises(ClientException, match="Invalid"):
        await parse_multipart_form(chunks(b"data"), None)


_FIELD = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters='"\r\n\\%'), min_size=1, max_size=12
)


@settings(max_examples=60, deadline=None)
@given(
    fields=st.lists(st.tuples(_FIELD, st.binary(max_size=300), st.booleans()), min_size=1, max_size=5),
    cuts=st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=30),
)
def test_chunking_never_changes_the_result(fields: list[tuple[str, bytes, bool]], cuts: list[int]) -> None:
    """Any split of a valid body parses to the same form as the whole body in one chunk."""
    body = b""
    for name, data, is_file in fields:
        disposition = b'name="' + name.encode() + b'"' + (b'; filename="f.bin"' if is_file else b"")
        payload = data if is_file else data.hex().encode()
        body += _part(disposition, data=payload)
    body += b"--xx--\r\n"
    whole = _feed(body, len(body))
    parser = MultipartParser(BOUNDARY, 1000)
    start = 0
    for cut in cuts:
        parser.feed(body[start : start + cut])
        start += cut
    parser.feed(body[start:])
    assert _collect(parser.finish().multi_items()) == whole
