"""Tests for ``litestar._parsers`` and the multipart parser ``litestar._multipart``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from litestar._multipart import MultipartParser, parse_multipart_form
from litestar._parsers import (
    parse_content_header,
    parse_cookie_string,
    parse_header_params,
    parse_query_string,
    parse_url_encoded_form,
)
from litestar.datastructures import UploadFile
from litestar.exceptions import ClientException


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (b"", []),
        (b"a=1", [("a", "1")]),
        (b"a=1&b=&c&a=2", [("a", "1"), ("b", ""), ("c", ""), ("a", "2")]),
        (b"d=%20x+y", [("d", " x y")]),
        (b"=z", [("", "z")]),
        (b"e=%ZZ", [("e", "%ZZ")]),
        (b"f=%C3%A9", [("f", "é")]),
        (b"a=1;b=2", [("a", "1;b=2")]),
        (b"a=1&&b=2", [("a", "1"), ("b", "2")]),
        (b"k%20ey=v", [("k ey", "v")]),
    ],
)
def test_parse_query_string(query: bytes, expected: list[tuple[str, str]]) -> None:
    assert parse_query_string(query) == expected


def test_parse_query_string_returns_a_fresh_list() -> None:
    first = parse_query_string(b"a=1")
    first.append(("x", "y"))
    assert parse_query_string(b"a=1") == [("a", "1")]


def test_parse_url_encoded_form_groups_repeated_keys() -> None:
    assert parse_url_encoded_form(b"x=1&y=2&x=3&z=&&c") == [
        ("x", "1"),
        ("x", "3"),
        ("y", "2"),
        ("z", ""),
        ("c", ""),
    ]
    assert parse_url_encoded_form(b"") == []
    assert parse_url_encoded_form(b"a=%E9", encoding="latin-1") == [("a", "é")]


def test_parse_url_encoded_form_unknown_charset_falls_back_to_utf8() -> None:
    assert parse_url_encoded_form("a=é".encode(), encoding="no-such-charset") == [("a", "é")]


@pytest.mark.parametrize(
    ("cookie", "expected"),
    [
        ("", {}),
        ("a=1; b=2", {"a": "1", "b": "2"}),
        (
            'a=1; b="x y"; c; d=; e=%20q; a=2; f=a=b',
            {"a": "2", "b": "x y", "": "c", "d": "", "e": " q", "f": "a=b"},
        ),
        ('q="a\\073b\\"c\\\\"', {"q": 'a;b"c\\'}),
        ('q="trail\\"', {"q": "trail\\"}),
        ("a=1; ; b=2;", {"a": "1", "b": "2"}),
    ],
)
def test_parse_cookie_string(cookie: str, expected: dict[str, str]) -> None:
    assert parse_cookie_string(cookie) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ("", {})),
        ("application/json", ("application/json", {})),
        ('Application/JSON; Charset="UTF-8"; x=y', ("application/json", {"charset": "UTF-8", "x": "y"})),
        ("multipart/form-data; boundary=abc", ("multipart/form-data", {"boundary": "abc"})),
        ('text/plain; a="q\\"uote;d"; b=2', ("text/plain", {"a": 'q"uote;d', "b": "2"})),
        ("text/plain; flag; b=2", ("text/plain", {"flag": "", "b": "2"})),
    ],
)
def test_parse_content_header(value: str, expected: tuple[str, dict[str, str]]) -> None:
    assert parse_content_header(value) == expected


def test_parse_header_params_edge_cases() -> None:
    assert parse_header_params("") == {}
    assert parse_header_params(";;  ; a=1") == {"a": "1"}
    assert parse_header_params('; name="a"; filename="f.txt"') == {"name": "a", "filename": "f.txt"}
    assert parse_header_params("; =x") == {}
    assert parse_header_params("; a=  spaced ") == {"a": "spaced"}
    assert parse_header_params('; a="x"junk; b=1') == {"a": "x", "b": "1"}
    assert parse_header_params('; a="x"junk') == {"a": "x"}
    assert parse_header_params("; a=1;  ") == {"a": "1"}


def _part(name: str, value: bytes, filename: str | None = None, extra: str = "") -> bytes:
    disposition = f'Content-Disposition: form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    return f"--xyz\r\n{disposition}\r\n{extra}\r\n".encode() + value + b"\r\n"


async def _chunks(data: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]
    yield b""


BODY = (
    b"preamble\r\n"
    + _part("a", b"1")
    + _part("up", b"file\r\n--xy-content", filename="f.txt", extra="Content-Type: text/csv\r\n")
    + _part("a", b"2")
    + b"--xyz--\r\nepilogue"
)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64, 10_000])
async def test_multipart_parses_fields_and_files_in_any_chunking(chunk_size: int) -> None:
    form = await parse_multipart_form(_chunks(BODY, chunk_size), "xyz")
    assert form.getall("a") == ["1", "2"]
    upload = form["up"]
    assert isinstance(upload, UploadFile)
    assert upload.filename == "f.txt"
    assert upload.content_type == "text/csv"
    assert upload.headers == {
        "Content-Disposition": 'form-data; name="up"; filename="f.txt"',
        "Content-Type": "text/csv",
    }
    assert await upload.read() == b"file\r\n--xy-content"
    await form.close()


async def test_multipart_defaults_and_charset() -> None:
    body = (
        b'--xyz\r\ncontent-disposition: form-data; name="t"\r\nContent-Type: text/plain; charset=latin-1\r\n\r\n\xe9\r\n'
        b'--xyz\r\nContent-Disposition: form-data; name="empty"; filename=""\r\n\r\nval\r\n'
        b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\n\r\n'
        b"--xyz\r\nContent-Disposition: form-data; filename*=utf-8''%C3%A9.txt; name=\"g\"\r\n\r\nx\r\n"
        b"--xyz\r\nContent-Disposition: form-data\r\n\r\nnameless\r\n"
        b"--xyz--"
    )
    form = await parse_multipart_form(_chunks(body, 5), "xyz")
    assert form["t"] == "é"
    assert form["empty"] == "val"
    assert form[""] == "nameless"
    assert form["f"].content_type == "text/plain"
    assert await form["f"].read() == b""
    assert form["g"] == "x"  # ``filename*`` is not used (as the reference): a plain field
    await form.close()


async def test_multipart_without_parts_is_empty() -> None:
    form = await parse_multipart_form(_chunks(b"--xyz--\r\n", 100), "xyz")
    assert len(form) == 0


async def test_multipart_transport_padding_after_delimiter_is_refused() -> None:
    """Whitespace after a delimiter is refused, as 2.17 (and the ``multipart`` library) does."""
    body = b'--xyz  \r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--xyz--'
    with pytest.raises(ClientException) as exc_info:
        await parse_multipart_form(_chunks(body, 3), "xyz")
    assert exc_info.value.detail == "Invalid multipart/form-data"


@pytest.mark.parametrize(
    "body",
    [
        b"garbage",
        b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nval',
        b"--xyz\r\nX: y\r\n\r\nval\r\n--xyz--\r\n",
        b"--xyz\r\nno colon here\r\n\r\nval\r\n--xyz--\r\n",
        b"--xyz\r\n\r\nval\r\n--xyz--\r\n",
        b"--xyz\r\n\r\n\r\n--xyz--\r\n",
        b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n\xff\xfe\r\n--xyz--\r\n',
        b'--xyz\r\nContent-Disposition: form-data; name="a"\r\nContent-Type: text/plain; charset=nope\r\n\r\nv\r\n--xyz--',
        b"--xyzjunk\r\n",
        b"--xyz" + b" " * 300,
        b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\npartial',
    ],
)
async def test_malformed_multipart_is_a_400(body: bytes) -> None:
    with pytest.raises(ClientException) as exc_info:
        await parse_multipart_form(_chunks(body, 4), "xyz")
    assert exc_info.value.status_code == 400
    assert exc_info.value.detail == "Invalid multipart/form-data"


@pytest.mark.parametrize("boundary", ["xyz", None])
async def test_empty_multipart_body_is_an_empty_form(boundary: str | None) -> None:
    form = await parse_multipart_form(_chunks(b"", 4), boundary)
    assert list(form.multi_items()) == []


async def test_missing_boundary_is_a_400() -> None:
    with pytest.raises(ClientException, match="Invalid multipart/form-data"):
        await parse_multipart_form(_chunks(b"--xyz--", 10), None)


@pytest.mark.parametrize(("parts", "ok"), [(3, True), (4, False)])
async def test_part_limit(parts: int, ok: bool) -> None:
    body = b"".join(_part(f"f{i}", b"x", filename="a.txt") for i in range(parts)) + b"--xyz--"
    if ok:
        form = await parse_multipart_form(_chunks(body, 50), "xyz", part_limit=3)
        assert len(form) == parts
        await form.close()
    else:
        with pytest.raises(ClientException) as exc_info:
            await parse_multipart_form(_chunks(body, 50), "xyz", part_limit=3)
        assert exc_info.value.status_code == 400
        assert exc_info.value.detail == "Request Entity Too Large"


async def test_multipart_header_that_is_not_utf8_is_invalid() -> None:
    body = b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="caf\xe9.txt"\r\n\r\nx\r\n--xyz--'
    with pytest.raises(ClientException, match="Invalid multipart/form-data"):
        await parse_multipart_form(_chunks(body, 1000), "xyz")


async def test_multipart_filename_star_is_ignored() -> None:
    body = (
        b'--xyz\r\nContent-Disposition: form-data; name="g"; filename*=utf-8\'\'%C3%A9.txt; filename="x.txt"'
        b"\r\n\r\nx\r\n--xyz--"
    )
    form = await parse_multipart_form(_chunks(body, 1000), "xyz")
    assert form["g"].filename == "x.txt"
    await form.close()


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        (b'form-data; name="f"; filename="C:\\dir\\x.txt"', ("f", "x.txt")),
        (b'form-data; name="f"; filename="\\\\srv\\share\\x.txt"', ("f", "x.txt")),
        (b'form-data; name="f"; filename="dir\\x.txt"', ("f", "dir\\x.txt")),
        (b'form-data; name="f"; filename="a\\"b.txt"', ("f", 'a"b.txt')),
        (b'form-data; name="f"; filename="a\\\\b.txt"', ("f", "a\\\\b.txt")),
        (b"form-data; name=f; filename=x.txt", ("f", "x.txt")),
        (b'Form-Data; NAME="f"; FILENAME="Q.txt"', ("f", "Q.txt")),
        (b'form-data; name="f"; filename="a;b.txt"', ("f", "a;b.txt")),
    ],
)
async def test_multipart_disposition_params(disposition: bytes, expected: tuple[str, str]) -> None:
    body = b"--b\r\nContent-Disposition: " + disposition + b"\r\n\r\ndata\r\n--b--\r\n"
    form = await parse_multipart_form(_chunks(body, 7), "b")
    name, filename = expected
    assert form[name].filename == filename
    await form.close()


async def test_multipart_disposition_quirks() -> None:
    body = (
        b"--b\r\nContent-Disposition: form-data; name=a b\r\n\r\nunquoted\r\n"
        b'--b\r\nContent-Disposition: form-data; name="c"; filename="C:\\a\\"\r\n\r\nunclosed\r\n'
        b'--b\r\nContent-Disposition: form-data; name="e"\r\n\r\n\r\n'
        b"--b--\r\n"
    )
    form = await parse_multipart_form(_chunks(body, 4), "b")
    assert form["a"] == "unquoted"  # an unquoted value ends at whitespace
    assert form["c"] == "unclosed"  # a filename whose quote never closes is dropped
    assert form["e"] is None  # an empty field is None
    await form.close()


@pytest.mark.parametrize("disposition", [b'attachment; name="a"', b'inline; name="a"', b'name="a"'])
async def test_multipart_disposition_must_be_form_data(disposition: bytes) -> None:
    body = b"--b\r\nContent-Disposition: " + disposition + b"\r\n\r\nv\r\n--b--\r\n"
    with pytest.raises(ClientException, match="Invalid multipart/form-data"):
        await parse_multipart_form(_chunks(body, 100), "b")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (b"v=%C3&w=1", [("v=%C3", ""), ("w", "1")]),
        (b"v=a+b%FF", [("v=a b%FF", "")]),
        (b"v%C3=1+2", [("v%C3=1 2", "")]),
    ],
)
def test_parse_query_string_keeps_pairs_that_are_not_utf8(
    query: bytes, expected: list[tuple[str, str]]
) -> None:
    assert parse_query_string(query) == expected


def test_parse_url_encoded_form_like_the_reference() -> None:
    assert parse_url_encoded_form(b"a=1&b=%C3&c=2") == [("a", "1"), ("b=%C3", ""), ("c", "2")]
    assert parse_url_encoded_form(b"a=\xe9&b=1") == []  # a body that is not UTF-8 has no fields


def test_parser_feed_and_finish_directly() -> None:
    parser = MultipartParser(b"b")
    parser.feed(b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--b--\r\n')
    parser.feed(b"ignored epilogue")
    assert parser.finish()["a"] == "v"
