"""Tests for ``litestar.datastructures.url``."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from litestar.datastructures import URL, Address, MultiDict

FULL = "https://user:pw@example.com:8080/a/b%20c?x=1&x=2&y=&z#frag"


def test_url_components() -> None:
    url = URL(FULL)
    assert (url.scheme, url.netloc, url.path, url.query, url.fragment) == (
        "https",
        "user:pw@example.com:8080",
        "/a/b%20c",
        "x=1&x=2&y=&z",
        "frag",
    )
    assert (url.hostname, url.port, url.username, url.password) == ("example.com", 8080, "user", "pw")
    assert repr(url) == f"URL('{FULL}')"
    assert str(url) == FULL
    assert url == FULL
    assert url == URL(FULL)
    assert url != "other"
    assert url != 1
    assert list(url.query_params.multi_items()) == [("x", "1"), ("x", "2"), ("y", ""), ("z", "")]
    assert url.query_params is url.query_params
    with pytest.raises(TypeError):
        hash(url)


def test_url_instances_are_cached() -> None:
    assert URL("/a") is URL("/a")
    assert str(URL(urlsplit("http://x/y"))) == "http://x/y"
    assert str(URL("")) == ""


def test_with_replacements() -> None:
    url = URL(FULL)
    assert str(url.with_replacements(scheme="http")) == FULL.replace("https", "http")
    assert str(url.with_replacements(query=MultiDict([("a", "1"), ("a", "2 3")]))) == (
        "https://user:pw@example.com:8080/a/b%20c?a=1&a=2+3#frag"
    )
    assert str(url.with_replacements(query=None)) == "https://user:pw@example.com:8080/a/b%20c#frag"
    assert str(url.with_replacements(query="")) == "https://user:pw@example.com:8080/a/b%20c#frag"
    assert str(url.with_replacements(query="q=1", path="/z", fragment="f", netloc="h")) == "https://h/z?q=1#f"


def test_from_components() -> None:
    assert str(URL.from_components(scheme="http", netloc="a.b", path="/p", query="a=1", fragment="f")) == (
        "http://a.b/p?a=1#f"
    )
    assert str(URL.from_components()) == ""


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (
            {
                "scheme": "http",
                "server": ("testserver", 80),
                "path": "/p/q",
                "query_string": b"a=1&b=",
                "root_path": "",
                "headers": [(b"host", b"example.org:81")],
            },
            "http://example.org:81/p/q?a=1&b=",
        ),
        (
            {
                "scheme": "https",
                "server": ("s", 443),
                "path": "/p",
                "query_string": b"",
                "root_path": "/r",
                "headers": [],
            },
            "https://s/r/p",
        ),
        ({"scheme": "http", "server": ("s", 8000), "path": "/p", "headers": []}, "http://s:8000/p"),
        ({"scheme": "ws", "server": None, "path": "/p", "query_string": b"", "headers": []}, "/p"),
        (
            {"scheme": "wss", "server": ("h", 443), "path": "/p", "headers": [], "raw_path": b"/x"},
            "wss://h/p",
        ),
        ({"path": "/p", "headers": [(b"x", b"y")], "server": ("h", 80)}, "http://h/p"),
    ],
)
def test_from_scope(scope: dict, expected: str) -> None:
    assert str(URL.from_scope(scope)) == expected  # type: ignore[arg-type]


def test_address() -> None:
    address = Address("1.2.3.4", 5)
    assert repr(address) == "Address(host='1.2.3.4', port=5)"
    assert address.host == "1.2.3.4"
    assert address.port == 5
    assert tuple(address) == ("1.2.3.4", 5)
