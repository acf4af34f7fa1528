"""RequestFactory builds Request objects as an app would receive them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar, get
from litestar.connection import Request
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.testing import RequestFactory


@dataclass
class Item:
    name: str
    count: int


@get("/items/{item_id:int}")
async def item_handler(item_id: int) -> None:
    return None


def test_defaults_build_a_get_request_against_a_new_app() -> None:
    factory = RequestFactory()
    assert isinstance(factory.app, Litestar)
    assert (factory.server, factory.port, factory.root_path, factory.scheme) == ("test.org", 3000, "", "http")
    assert factory.handler_kwargs is None
    request = factory.get()
    assert isinstance(request, Request)
    scope = request.scope
    assert scope["type"] == "http"
    assert scope["method"] == "GET"
    assert scope["path"] == "/"
    assert scope["server"] == ("test.org", 3000)
    assert scope["client"] == ("test.org", 3000)
    assert scope["http_version"] == "1.1"
    assert scope["app"] is factory.app
    assert scope["headers"] == []
    assert scope["session"] == {}
    assert (scope["user"], scope["auth"]) == (None, None)
    assert scope["route_handler"].paths == {"/"}
    assert str(request.url) == "http://test.org:3000/"


def test_every_get_argument_lands_in_the_scope() -> None:
    request = RequestFactory().get(
        "/path?z=9",
        headers={"X-A": "1"},
        cookies=[Cookie(key="c", value="v"), Cookie(key="d", value="w")],
        session={"s": 1},
        user="user",
        auth="token",
        query_params={"q": ["1", "2"], "r": "3"},
        state={"st": 1},
        path_params={"item_id": "1"},
        http_version="2",
        route_handler=item_handler,
    )
    scope = request.scope
    assert scope["path"] == "/path"
    assert scope["query_string"] == b"z=9&q=1&q=2&r=3"
    # Cookie objects are sent in their full Set-Cookie form, attributes included (as 2.17).
    assert scope["headers"] == [
        (b"x-a", b"1"),
        (b"cookie", b"c=v; Path=/; SameSite=lax; d=w; Path=/; SameSite=lax"),
    ]
    assert scope["http_version"] == "2"
    assert scope["route_handler"] is item_handler
    assert scope["path_params"] == {"item_id": "1"}
    assert request.headers["x-a"] == "1"
    assert request.cookies == {"c": "v", "d": "w", "Path": "/", "SameSite": "lax"}
    assert request.query_params.getall("q") == ["1", "2"]
    assert (request.user, request.auth, request.session) == ("user", "token", {"s": 1})
    assert request.state.st == 1


def test_cookie_header_string_is_used_as_is() -> None:
    request = RequestFactory().delete("/d", cookies="a=b; c=d")
    assert request.scope["method"] == "DELETE"
    assert request.cookies == {"a": "b", "c": "d"}


def test_factory_options_set_server_scheme_and_root_path() -> None:
    app = Litestar([item_handler])
    factory = RequestFactory(app=app, server="ex.com", port=8080, root_path="/rp", scheme="https")
    request = factory.get("/")
    assert request.scope["app"] is app
    assert request.scope["scheme"] == "https"
    assert request.scope["root_path"] == "/rp"
    assert request.scope["server"] == ("ex.com", 8080)


def test_handler_kwargs_configure_the_default_route_handler() -> None:
    request = RequestFactory(handler_kwargs={"name": "my-handler"}).get("/x")
    assert request.scope["route_handler"].name == "my-handler"


@pytest.mark.parametrize("method", ["post", "put", "patch"])
async def test_json_body_is_encoded_with_headers(method: str) -> None:
    request = getattr(RequestFactory(), method)("/p", data={"k": "v"}, headers={"h": "1"})
    assert request.scope["method"] == method.upper()
    assert request.scope["headers"] == [
        (b"h", b"1"),
        (b"content-length", b"9"),
        (b"content-type", b"application/json"),
    ]
    assert await request.body() == b'{"k":"v"}'
    assert await request.json() == {"k": "v"}


async def test_dataclass_data_is_serialized() -> None:
    request = RequestFactory().post("/p", data=Item(name="a", count=1))  # type: ignore[arg-type]
    assert await request.json() == {"name": "a", "count": 1}


async def test_no_data_means_an_empty_body_without_content_headers() -> None:
    request = RequestFactory().post("/p")
    assert request.scope["headers"] == []
    assert await request.body() == b""


async def test_url_encoded_body() -> None:
    data: dict[str, Any] = {"k": "v", "n": 1, "flag": True, "none": None, "many": ["a", "b"], "obj": {"x": 1}}
    request = RequestFactory().put("/p", data=data, request_media_type=RequestEncodingType.URL_ENCODED)
    body = await request.body()
    # Values that are not primitive are str()-ed, as httpx (and so 2.17) does.
    assert body == b"k=v&n=1&flag=true&none=&many=a&many=b&obj=%7B%27x%27%3A+1%7D"
    assert (b"content-type", b"application/x-www-form-urlencoded") in request.scope["headers"]
    form = await request.form()
    assert form.getall("many") == ["a", "b"]


async def test_multipart_body() -> None:
    request = RequestFactory().patch(
        "/p", data={"k": "v", "f": b"bytes", "n": 1.5}, request_media_type=RequestEncodingType.MULTI_PART
    )
    content_type = dict(request.scope["headers"])[b"content-type"].decode()
    assert content_type.startswith("multipart/form-data; boundary=")
    form = await request.form()
    assert form["k"] == "v"
    assert form["f"] == "Ynl0ZXM="
    assert form["n"] == "1.5"


async def test_multipart_refuses_values_that_are_not_primitive() -> None:
    with pytest.raises(TypeError, match="Expected primitive type, got <class 'dict'>"):
        RequestFactory().post("/p", data={"d": {"a": 1}}, request_media_type=RequestEncodingType.MULTI_PART)


async def test_multipart_field_names_are_escaped_as_html5_forms() -> None:
    request = RequestFactory().post(
        "/p", data={'a"b\\c\n': "1"}, request_media_type=RequestEncodingType.MULTI_PART
    )
    assert b'name="a%22b\\\\c%0A"' in await request.body()


async def test_tuples_give_repeated_fields() -> None:
    request = RequestFactory().post(
        "/p", data={"t": ("a", "b")}, request_media_type=RequestEncodingType.URL_ENCODED
    )
    assert await request.body() == b"t=a&t=b"


@pytest.mark.parametrize("media_type", list(RequestEncodingType))
async def test_empty_data_sends_no_body(media_type: RequestEncodingType) -> None:
    request = RequestFactory().post("/p", data={}, request_media_type=media_type)
    assert request.scope["headers"] == []
    assert await request.body() == b""


def test_body_headers_replace_user_headers_of_the_same_spelling_and_cookies_come_last() -> None:
    request = RequestFactory().post(
        "/p", data={"a": 1}, headers={"Content-Type": "text/plain", "cookie": "z=9"}, cookies="a=1"
    )
    assert request.scope["headers"] == [
        (b"content-type", b"application/json"),
        (b"cookie", b"a=1"),
        (b"content-length", b"7"),
    ]


async def test_msgpack_body() -> None:
    request = RequestFactory().post("/p", data={"a": [1]}, request_media_type=RequestEncodingType.MESSAGEPACK)
    assert await request.msgpack() == {"a": [1]}


async def test_receive_gives_the_body_once_read_from_the_stream() -> None:
    request = RequestFactory().post("/p", data={"a": 1})
    chunks = [chunk async for chunk in request.stream()]
    assert b"".join(chunks) == b'{"a":1}'


async def test_receive_returns_the_whole_body() -> None:
    request = RequestFactory().post("/p", data={"a": 1})
    assert await request.receive() == {"type": "http.request", "body": b'{"a":1}', "more_body": False}
