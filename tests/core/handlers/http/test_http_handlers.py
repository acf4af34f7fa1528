"""HTTP handler decorators: methods, default status codes, media types and validation."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, Response, delete, get, head, patch, post, put, route
from litestar.enums import HttpMethod
from litestar.exceptions import ImproperlyConfiguredException
from litestar.handlers import HTTPRouteHandler
from litestar.testing import TestClient


@pytest.mark.parametrize(
    ("decorator", "method", "status"),
    [
        (get, "GET", 200),
        (post, "POST", 201),
        (put, "PUT", 200),
        (patch, "PATCH", 200),
        (delete, "DELETE", 204),
    ],
)
def test_decorators_serve_their_method_with_default_status(decorator: Any, method: str, status: int) -> None:
    @decorator("/x")
    async def handler() -> None:
        return None

    assert handler.http_methods == {method}
    assert handler.status_code == status
    with TestClient(Litestar([handler])) as client:
        assert client.request(method, "/x").status_code == status


def test_decorators_reject_http_method() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="'http_method' cannot be passed to @get"):
        get("/x", http_method="POST")


@pytest.mark.parametrize("methods", [None, []])
def test_route_requires_a_method(methods: Any) -> None:
    with pytest.raises(ImproperlyConfiguredException, match="An http_method is required"):
        route("/x", http_method=methods)


def test_route_accepts_enum_and_lower_case_methods() -> None:
    handler = route("/x", http_method=[HttpMethod.PUT, "patch"], status_code=202)
    assert handler.http_methods == {"PUT", "PATCH"}
    assert handler.status_code == 202
    assert HTTPRouteHandler("/x", http_method=["DELETE", "GET"]).status_code == 204


def test_media_type_is_inferred_from_the_return_annotation() -> None:
    @get("/text")
    async def text() -> str:
        return "t"

    @get("/raw")
    async def raw() -> bytes:
        return b"r"

    @get("/json")
    async def json() -> dict[str, int]:
        return {}

    @get("/explicit", media_type="text/html")
    async def explicit() -> str:
        return "<b>"

    assert (text.media_type, raw.media_type, json.media_type, explicit.media_type) == (
        "text/plain",
        "text/plain",
        "application/json",
        "text/html",
    )


def test_sync_handler_without_sync_to_thread_warns() -> None:
    from litestar.exceptions import LitestarWarning

    with pytest.warns(LitestarWarning):

        @get("/")
        def handler() -> None:
            return None


def test_sync_handler_in_thread_and_inline() -> None:
    import threading

    @get("/loop")
    async def loop() -> int:
        return threading.get_ident()

    @get("/thread", sync_to_thread=True)
    def in_thread() -> int:
        return threading.get_ident()

    @get("/inline", sync_to_thread=False)
    def inline() -> int:
        return threading.get_ident()

    with TestClient(Litestar([loop, in_thread, inline])) as client:
        loop_thread = client.get("/loop").json()
        assert client.get("/inline").json() == loop_thread
        assert client.get("/thread").json() != loop_thread


def test_head_handler_must_return_none_or_a_response() -> None:
    @head("/ok")
    async def ok() -> None:
        return None

    @head("/response")
    async def response() -> Response[None]:
        return Response(None, headers={"x-h": "1"})

    @head("/bad")
    async def bad() -> dict[str, int]:
        return {}

    with TestClient(Litestar([ok, response])) as client:
        assert client.head("/ok").status_code == 200
        answer = client.head("/response")
        assert (answer.status_code, answer.headers["x-h"], answer.content) == (200, "1", b"")
    with pytest.raises(ImproperlyConfiguredException, match="a HEAD handler must return None"):
        Litestar([bad])


def test_get_does_not_serve_head() -> None:
    @get("/")
    async def index() -> str:
        return "x"

    with TestClient(Litestar([index])) as client:
        response = client.head("/")
    assert response.status_code == 405


def test_handler_repr_name_and_location() -> None:
    @get(["/b", "/a"], name="named")
    async def handler() -> None:
        return None

    assert repr(handler) == "<get test_handler_repr_name_and_location.<locals>.handler paths=['/a', '/b']>"
    assert repr(get("/x")) == "<get <undecorated> paths=['/x']>"
    assert handler.name == "named"
    assert handler.handler_name.endswith("handler")
    assert handler.handler_id.startswith(f"{__name__}.test_handler_repr_name_and_location.<locals>.handler::")
    assert handler.location.startswith(f"{__name__}.test_handler_repr_name_and_location.<locals>.handler (")


def test_undecorated_or_unregistered_handler_errors() -> None:
    undecorated = get("/x")
    with pytest.raises(ImproperlyConfiguredException, match="was not used as a decorator"):
        undecorated.fn  # noqa: B018

    @get("/y")
    async def handler() -> None:
        return None

    with pytest.raises(ImproperlyConfiguredException, match="is not registered on an application"):
        handler.app  # noqa: B018


def test_extra_keyword_arguments_go_to_opt() -> None:
    @get("/", opt={"a": 1}, b=2)
    async def handler() -> None:
        return None

    assert handler.opt == {"a": 1, "b": 2}


def test_default_path_is_root_and_signature_types() -> None:
    class Model:
        pass

    handler = get(signature_types=[Model])
    assert handler.paths == {"/"}
    assert handler.signature_namespace == {"Model": Model}
    assert get([]).paths == {"/"}


async def test_to_response_and_response_handler() -> None:
    @get("/")
    async def handler() -> dict[str, int]:
        return {"a": 1}

    app = Litestar([handler])
    registered = app.route_handler_method_map["/"]["GET"]
    from litestar.testing import RequestFactory

    request = RequestFactory(app=app).get("/", route_handler=registered)
    asgi_response = await registered.to_response(app, {"a": 2}, request)
    assert b'{"a":2}' in asgi_response.body
    response_handler = registered.get_response_handler()
    assert b'{"a":3}' in (await response_handler({"a": 3}, request)).body


def test_default_deserializer_uses_layered_decoders() -> None:
    class Wrapped:
        def __init__(self, value: Any) -> None:
            self.value = value

    @get("/", type_decoders=[(lambda t: t is Wrapped, lambda t, v: Wrapped(v))])
    async def handler() -> None:
        return None

    decoded = handler.default_deserializer(Wrapped, 5)
    assert isinstance(decoded, Wrapped)
    assert decoded.value == 5


def test_data_on_a_get_handler_fails_at_startup() -> None:
    """A GET handler cannot take a body: the app refuses it, naming the handler."""
    from litestar import Litestar, get
    from litestar.exceptions import ImproperlyConfiguredException

    @get("/with-body")
    async def with_body(data: dict) -> None:  # type: ignore[type-arg]
        return None

    with pytest.raises(
        ImproperlyConfiguredException, match=r"with_body.*'data' kwarg is unsupported for 'GET'"
    ):
        Litestar([with_body])
