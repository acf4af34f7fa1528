"""Tests for ``Redirect`` and ``ASGIRedirectResponse``."""

from __future__ import annotations

import pytest
from _response_helpers import make_request, run_asgi
from litestar.datastructures import MultiDict
from litestar.exceptions import ImproperlyConfiguredException
from litestar.response import Redirect
from litestar.response.redirect import ASGIRedirectResponse

INVALID_MESSAGE = (
    "500: {} is not a valid for this response. Redirect responses should have one of the following "
    "status codes: 307, 308, 301, 302, 303"
)


async def test_redirect_defaults() -> None:
    redirect = Redirect("/a b?x=1")
    assert (redirect.url, redirect.status_code, redirect.media_type, redirect.content) == (
        "/a b?x=1",
        302,
        None,
        b"",
    )
    capture = await run_asgi(redirect.to_asgi_response(None, make_request()))
    assert capture.start == {
        "type": "http.response.start",
        "status": 302,
        "headers": [
            (b"location", b"/a%20b?x=1"),
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", b"0"),
        ],
    }
    assert capture.body == b""


@pytest.mark.parametrize("status_code", [301, 302, 303, 307, 308])
async def test_redirect_status_codes(status_code: int) -> None:
    capture = await run_asgi(Redirect("/x", status_code=status_code).to_asgi_response(None, make_request()))  # type: ignore[arg-type]
    assert capture.start["status"] == status_code


@pytest.mark.parametrize("status_code", [200, 300, 304])
def test_invalid_status_code_raises_on_conversion(status_code: int) -> None:
    redirect = Redirect("/x", status_code=status_code)  # type: ignore[arg-type]
    with pytest.raises(ImproperlyConfiguredException) as exc_info:
        redirect.to_asgi_response(None, make_request())
    assert str(exc_info.value) == INVALID_MESSAGE.format(status_code)


def test_query_params() -> None:
    assert (
        Redirect("/p", query_params={"a": "1", "b": ["2", "3"], "c": "é x"}).url
        == "/p?a=1&b=2&b=3&c=%C3%A9+x"
    )
    assert Redirect("/p?z=0", query_params=MultiDict([("a", "1"), ("a", "2")])).url == "/p?z=0?a=1&a=2"


async def test_header_order_and_layering() -> None:
    redirect = Redirect("http://example.com/é", media_type="text/html", headers={"x": "y"})
    capture = await run_asgi(
        redirect.to_asgi_response(None, make_request(), headers={"location": "/zz", "k": "v"})
    )
    assert capture.headers == [
        (b"location", b"http://example.com/%C3%A9"),
        (b"k", b"v"),
        (b"x", b"y"),
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", b"0"),
    ]


async def test_layered_media_type_and_status() -> None:
    asgi = Redirect("/p").to_asgi_response(
        None, make_request(), status_code=301, media_type="application/json"
    )
    capture = await run_asgi(asgi)
    assert capture.start["status"] == 302
    assert (b"content-type", b"application/json") in capture.headers


async def test_head_redirect_has_only_location() -> None:
    capture = await run_asgi(Redirect("/p").to_asgi_response(None, make_request(), is_head_response=True))
    assert capture.headers == [(b"location", b"/p")]


async def test_asgi_redirect_response() -> None:
    capture = await run_asgi(ASGIRedirectResponse(b"/q", status_code=301, media_type="text/html", body=b"xx"))
    assert capture.start["status"] == 301
    assert capture.headers == [
        (b"location", b"/q"),
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", b"2"),
    ]
    replaced = ASGIRedirectResponse("/q", headers={"location": "/other", "a": "b"})
    assert replaced.encoded_headers[:2] == [(b"location", b"/q"), (b"a", b"b")]


@pytest.mark.parametrize("status_code", [200, 304])
def test_asgi_redirect_invalid_status(status_code: int) -> None:
    with pytest.raises(ImproperlyConfiguredException) as exc_info:
        ASGIRedirectResponse("/q", status_code=status_code)  # type: ignore[arg-type]
    assert str(exc_info.value) == INVALID_MESSAGE.format(status_code)
