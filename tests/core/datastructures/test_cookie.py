"""Tests for ``litestar.datastructures.cookie``."""

from __future__ import annotations

import re
from http.cookies import CookieError, SimpleCookie

import pytest
from litestar.datastructures import Cookie


def test_simple_cookie_header() -> None:
    cookie = Cookie(key="k", value="v")
    assert cookie.to_header() == "Set-Cookie: k=v; Path=/; SameSite=lax"
    assert cookie.to_encoded_header() == (b"set-cookie", b"k=v; Path=/; SameSite=lax")
    assert repr(cookie) == (
        "Cookie(key='k', path='/', value='v', max_age=None, expires=None, domain=None, secure=None, "
        "httponly=None, samesite='lax', description=None, documentation_only=False)"
    )


def test_all_attributes_sorted_like_the_stdlib() -> None:
    cookie = Cookie(
        key="k",
        value="a b;c",
        max_age=10,
        expires=100,
        domain="x.com",
        secure=True,
        httponly=True,
        samesite="strict",
        path="/p",
        description="d",
    )
    header = cookie.to_header(header="")
    assert re.fullmatch(
        r'k="a b\\073c"; Domain=x\.com; expires=\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT; HttpOnly; '
        r"Max-Age=10; Path=/p; SameSite=strict; Secure",
        header,
    )
    assert cookie.to_header(header="X:") == f"X: {header}"
    assert header == SimpleCookie(cookie.simple_cookie).output(header="").strip()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, 'k=""; Path=/; SameSite=lax'),
        ({"samesite": "none"}, 'k=""; Path=/; SameSite=none'),
        ({"secure": False, "httponly": False}, 'k=""; Path=/; SameSite=lax'),
        ({"value": '"q"'}, 'k="\\"q\\""; Path=/; SameSite=lax'),
        ({"value": "ü"}, 'k="\\374"; Path=/; SameSite=lax'),
        ({"value": "a,b"}, 'k="a\\054b"; Path=/; SameSite=lax'),
        ({"value": "a=b"}, 'k="a=b"; Path=/; SameSite=lax'),
        ({"value": "€"}, 'k="€"; Path=/; SameSite=lax'),
        ({"max_age": 0}, 'k=""; Max-Age=0; Path=/; SameSite=lax'),
        ({"path": ""}, 'k=""; SameSite=lax'),
        ({"samesite": ""}, 'k=""; Path=/'),
        ({"domain": "", "value": "x"}, "k=x; Path=/; SameSite=lax"),
    ],
)
def test_value_quoting_and_optional_attributes(kwargs: dict, expected: str) -> None:
    assert Cookie(key="k", **kwargs).to_header(header="") == expected


def test_illegal_key() -> None:
    with pytest.raises(CookieError, match="Illegal key 'bad key'"):
        Cookie(key="bad key", value="x").to_header()


def test_equality_and_hash_use_key_path_and_domain() -> None:
    cookie = Cookie(key="k", value="v")
    assert cookie == Cookie(key="k", value="other")
    assert cookie != Cookie(key="k", value="v", path="/x")
    assert cookie != Cookie(key="k", domain="d")
    assert cookie != "k"
    assert hash(cookie) == hash(Cookie(key="k", value="zz"))
    assert len({cookie, Cookie(key="k"), Cookie(key="j")}) == 2


def test_dict_and_simple_cookie() -> None:
    cookie = Cookie(key="k", value="v", description="hidden", documentation_only=True)
    assert cookie.dict == {
        "key": "k",
        "path": "/",
        "value": "v",
        "max_age": None,
        "expires": None,
        "domain": None,
        "secure": None,
        "httponly": None,
        "samesite": "lax",
    }
    assert repr(cookie.simple_cookie) == "<SimpleCookie: k='v'>"
