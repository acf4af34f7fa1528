"""Tests for ``litestar.datastructures.headers``."""

from __future__ import annotations

import pytest
from litestar.datastructures import (
    Accept,
    CacheControlHeader,
    ETag,
    Header,
    Headers,
    MultiDict,
    MutableScopeHeaders,
)
from litestar.exceptions import ImproperlyConfiguredException, ValidationException


def _scope(*headers: tuple[bytes, bytes]) -> dict:
    return {"type": "http", "headers": list(headers)}


def test_headers_from_scope_are_case_insensitive() -> None:
    headers = Headers.from_scope(_scope((b"x-a", b"1"), (b"X-B", b"2"), (b"x-a", b"3")))
    assert headers["X-A"] == "1"
    assert headers.get("x-b") == "2"
    assert headers.get("nope") is None
    assert headers.get("nope", "d") == "d"
    assert headers.getall("X-A") == ["1", "3"]
    assert headers.getone("x-A") == "1"
    assert "X-a" in headers
    assert list(headers) == ["x-a", "X-B"]
    assert len(headers) == 3
    assert list(headers.items()) == [("x-a", "1"), ("X-B", "2"), ("x-a", "3")]
    assert headers.dict() == {"x-a": ["1", "3"], "X-B": ["2"]}
    assert headers.to_header_list() == [(b"x-a", b"1"), (b"x-b", b"2"), (b"x-a", b"3")]
    assert repr(headers) == "<Headers('x-a': '1', 'X-B': '2', 'x-a': '3')>"
    with pytest.raises(KeyError):
        headers["nope"]
    with pytest.raises(TypeError):
        hash(headers)


def test_raw_header_list_is_lower_cased_without_decoding() -> None:
    headers = Headers.from_scope(_scope((b"X-A", b"1")))
    assert headers.to_header_list() == [(b"x-a", b"1")]
    assert Headers({"A": "1", "a": "2"}).getall("A") == ["1", "2"]


def test_many_lookups_switch_to_an_index() -> None:
    headers = Headers.from_scope(_scope((b"a", b"1"), (b"B", b"2"), (b"a", b"3")))
    for _ in range(5):
        assert headers["A"] == "1"
        assert headers.get("b") == "2"
        assert "c" not in headers
        assert headers.get("c") is None
    with pytest.raises(KeyError):
        headers["c"]


def test_str_headers_lookups() -> None:
    headers = Headers({"X-A": "1"})
    assert headers["x-a"] == "1"
    assert headers.get("X-a") == "1"
    assert headers.get("nope", "d") == "d"
    assert "x-A" in headers
    assert 1 not in headers


def test_headers_index_before_decoding() -> None:
    headers = Headers.from_scope(_scope((b"Content-Type", b"a"), (b"content-type", b"b")))
    assert headers.getall("content-type") == ["a", "b"]
    assert list(headers.items()) == [("Content-Type", "a"), ("content-type", "b")]


@pytest.mark.parametrize(
    "source",
    [
        {"Content-Type": "text/plain", "X-A": "1"},
        [("Content-Type", "text/plain"), ("X-A", "1")],
        MultiDict({"Content-Type": "text/plain", "X-A": "1"}),
    ],
)
def test_headers_from_str_sources(source: object) -> None:
    headers = Headers(source)  # type: ignore[arg-type]
    assert headers["content-type"] == "text/plain"
    assert list(headers.keys()) == ["Content-Type", "X-A"]
    assert headers.to_header_list() == [(b"content-type", b"text/plain"), (b"x-a", b"1")]


def test_headers_from_raw_list_and_empty() -> None:
    headers = Headers([(b"x-a", b"1")])
    assert headers["x-a"] == "1"
    assert repr(Headers()) == "<Headers()>"
    assert len(Headers([])) == 0


def test_headers_equality_and_copy() -> None:
    left = Headers.from_scope(_scope((b"x-a", b"1"), (b"X-B", b"2")))
    right = Headers([(b"x-a", b"1"), (b"x-b", b"2")])
    assert left == right
    assert left != Headers([(b"x-a", b"1")])
    assert left == {"x-a": "1", "X-B": "2"}
    copied = left.copy()
    assert copied == left
    assert copied is not left


def test_mutable_scope_headers_edit_in_place() -> None:
    scope = _scope((b"x-a", b"1"), (b"x-b", b"2"), (b"x-a", b"3"))
    headers = MutableScopeHeaders(scope)
    assert headers["X-A"] == "1"
    assert headers.getall("x-a") == ["1", "3"]
    assert len(headers) == 3
    assert list(headers) == ["x-a", "x-b", "x-a"]
    headers["X-A"] = "new"
    assert scope["headers"] == [(b"x-a", b"new"), (b"x-b", b"2")]
    headers.add("X-C", "c")
    headers.extend_header_value("x-c", "d")
    headers.extend_header_value("x-new", "d")
    assert scope["headers"] == [(b"x-a", b"new"), (b"x-b", b"2"), (b"x-c", b"c,d"), (b"x-new", b"d")]
    del headers["x-b"]
    del headers["missing"]
    headers["fresh"] = "1"
    assert scope["headers"] == [(b"x-a", b"new"), (b"x-c", b"c,d"), (b"x-new", b"d"), (b"fresh", b"1")]
    assert headers.get("x-a") == "new"
    assert headers.getall("missing", ["d"]) == ["d"]
    with pytest.raises(KeyError):
        headers["missing"]
    with pytest.raises(KeyError):
        headers.getall("missing")


def test_mutable_scope_headers_from_message() -> None:
    message = {"type": "http.response.start", "status": 200, "headers": [(b"a", b"b")]}
    MutableScopeHeaders.from_message(message)["c"] = "d"  # type: ignore[arg-type]
    assert message["headers"] == [(b"a", b"b"), (b"c", b"d")]
    with pytest.raises(ValueError, match=r"Invalid message type: 'http\.response\.body'"):
        MutableScopeHeaders.from_message({"type": "http.response.body"})  # type: ignore[arg-type]
    empty = MutableScopeHeaders()
    empty["a"] = "b"
    assert empty.headers == [(b"a", b"b")]


def test_header_base_is_abstract() -> None:
    with pytest.raises(TypeError):
        Header()  # type: ignore[abstract]


def test_cache_control_rendering() -> None:
    header = CacheControlHeader(max_age=10, no_cache=True, public=True, stale_while_revalidate=5)
    assert header.to_header() == "max-age=10, no-cache, public, stale-while-revalidate=5"
    assert header.to_header(include_header_name=True) == (
        "cache-control: max-age=10, no-cache, public, stale-while-revalidate=5"
    )
    assert CacheControlHeader().to_header() == ""
    assert CacheControlHeader(no_cache=False, max_age=0).to_header() == "max-age=0, no-cache"
    assert CacheControlHeader(documentation_only=True, max_age=1).to_header() == ""
    assert CacheControlHeader.prevent_storing() == CacheControlHeader(no_store=True)
    assert CacheControlHeader.HEADER_NAME == "cache-control"


def test_cache_control_parsing() -> None:
    parsed = CacheControlHeader.from_header(
        "max-age=10, no-cache, public, s-maxage=3, stale-while-revalidate=5"
    )
    assert parsed == CacheControlHeader(
        max_age=10, s_maxage=3, no_cache=True, public=True, stale_while_revalidate=5
    )
    assert CacheControlHeader.from_header("") == CacheControlHeader()
    assert CacheControlHeader.from_header("max-age=1,private").private is True
    assert CacheControlHeader.from_header("private=1").private is True
    assert CacheControlHeader.from_header("private=false").private is False


@pytest.mark.parametrize("value", ["unknown=1", "No-Cache", "max-age = 1"])
def test_cache_control_unknown_directive(value: str) -> None:
    with pytest.raises(ImproperlyConfiguredException, match="Invalid cache-control header"):
        CacheControlHeader.from_header(value)


@pytest.mark.parametrize("value", ["max-age=abc", "max-age", "private=maybe"])
def test_cache_control_invalid_value(value: str) -> None:
    with pytest.raises(ImproperlyConfiguredException) as exc_info:
        CacheControlHeader.from_header(value)
    assert exc_info.value.detail == "Internal Server Error"


def test_etag() -> None:
    assert ETag(value="abc").to_header() == '"abc"'
    assert ETag(value="abc", weak=True).to_header(include_header_name=True) == 'etag: W/"abc"'
    assert ETag.from_header('"abc"') == ETag(value="abc")
    assert ETag.from_header('W/"a b"') == ETag(value="a b", weak=True)
    assert ETag(documentation_only=True).value is None
    with pytest.raises(ValidationException, match="value must be set if documentation_only is false"):
        ETag()
    for bad in ("abc", "", ' "x" ', '"x', "W/abc"):
        with pytest.raises(ImproperlyConfiguredException):
            ETag.from_header(bad)


ACCEPT = "text/html, application/xhtml+xml, application/xml;q=0.9, image/webp, */*;q=0.8"


def test_accept_ordering() -> None:
    accept = Accept(ACCEPT)
    assert list(accept) == [
        "text/html",
        "application/xhtml+xml",
        "image/webp",
        "application/xml;q=0.9",
        "*/*;q=0.8",
    ]
    assert len(accept) == 5
    assert accept[0] == "text/html"
    assert list(Accept("a/b;q=0.5, c/d, */*, e/*, f/g;q=0.5;p=1")) == [
        "c/d",
        "e/*",
        "*/*",
        "f/g;q=0.5;p=1",
        "a/b;q=0.5",
    ]
    assert list(Accept("a/b,,c/d")) == ["a/b", "/", "c/d"]


@pytest.mark.parametrize(
    ("accept", "provided", "expected"),
    [
        (ACCEPT, ["application/json", "text/html"], "text/html"),
        (ACCEPT, ["application/json"], "application/json"),
        (ACCEPT, ["application/xml", "image/webp"], "image/webp"),
        ("text/*", ["application/json", "text/plain"], "text/plain"),
        ("text/*;q=0.5, application/json;q=0.1", ["application/json", "text/plain"], "text/plain"),
        ("", ["a/b"], None),
        ("text/plain", ["text/*"], "text/plain"),
        ("text/plain;x=1;q=0.5", ["text/*"], "text/plain"),
        ("*/*", ["*/*"], "*/*"),
        ("text/*", ["*/*"], "text/*"),
        ("text/html;level=1", ["text/html"], "text/html"),
        ("text/html", ["text/html;level=1"], None),
        ("text/html;level=1", ["text/html;level=2"], None),
        ("text/html;level=1", ["text/html;level=1"], "text/html;level=1"),
        ("TEXT/HTML", ["text/html"], "text/html"),
        ("*/*", ["a/b", "c/d"], "a/b"),
        ("*/*", [], None),
        ("application/json;q=0", ["application/json"], "application/json"),
        ("a/b;q=bad", ["a/b"], "a/b"),
        ("*/json", ["application/json"], "application/json"),
    ],
)
def test_accept_best_match(accept: str, provided: list[str], expected: str | None) -> None:
    assert Accept(accept).best_match(provided) == expected


def test_accept_default_and_accepts() -> None:
    assert Accept("a/b").best_match(["c/d"], default="z") == "z"
    assert Accept("application/*").accepts("application/json")
    assert not Accept("text/html").accepts("application/json")
    assert not Accept("application").accepts("application/json")
