"""Tests for ``ASGIResponse`` and ``Response``."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

import pytest
from _response_helpers import make_request, run_asgi
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.datastructures import Cookie, ETag, ResponseHeader
from litestar.enums import MediaType
from litestar.exceptions import ImproperlyConfiguredException, SerializationException
from litestar.response import ASGIResponse, Response
from litestar.serialization import get_serializer

NO_CONTENT_MESSAGE = (
    "500: response content is not supported for HEAD responses and responses with a status code "
    "that does not allow content (304, 204, < 200)"
)


class TestASGIResponse:
    """The low-level ASGI response."""

    async def test_sends_start_and_body_with_default_headers(self) -> None:
        capture = await run_asgi(ASGIResponse(body=b"abc"))
        assert capture.messages == [
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"3")],
            },
            {"type": "http.response.body", "body": b"abc", "more_body": False},
        ]

    def test_defaults(self) -> None:
        response = ASGIResponse()
        assert response.body == b""
        assert response.status_code == 200
        assert response.content_length == 0
        assert response.encoding == "utf-8"
        assert response.is_head_response is False
        assert response.background is None

    @pytest.mark.parametrize(
        ("media_type", "expected"),
        [
            ("text/plain", b"text/plain; charset=latin-1"),
            (MediaType.HTML, b"text/html; charset=latin-1"),
            ("text/plain; charset=utf-8", b"text/plain; charset=utf-8; charset=latin-1"),
            ("image/png", b"image/png"),
            (MediaType.MESSAGEPACK, b"application/x-msgpack"),
            (None, b"application/json"),
        ],
    )
    def test_content_type_gets_charset_for_text(self, media_type: Any, expected: bytes) -> None:
        response = ASGIResponse(body=b"x", media_type=media_type, encoding="latin-1")
        assert (b"content-type", expected) in response.encoded_headers

    def test_str_body_is_utf8_encoded(self) -> None:
        assert ASGIResponse(body="é", encoding="latin-1").body == b"\xc3\xa9"

    def test_header_order_raw_then_headers_then_generated_then_cookies(self) -> None:
        response = ASGIResponse(
            body=b"abc",
            encoded_headers=[(b"X-Raw", b"1")],
            headers={"X-A": "b"},
            cookies=[Cookie(key="k", value="v"), Cookie(key="doc", value="x", documentation_only=True)],
        )
        assert response.encoded_headers == [
            (b"x-raw", b"1"),
            (b"x-a", b"b"),
            (b"content-type", b"application/json"),
            (b"content-length", b"3"),
            (b"set-cookie", b"k=v; Path=/; SameSite=lax"),
        ]
        assert response.encode_headers() == response.encoded_headers

    def test_headers_as_pairs(self) -> None:
        response = ASGIResponse(body=b"abc", headers=[("a", "b")], media_type="text/html")
        assert response.encoded_headers[0] == (b"a", b"b")

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"headers": {"Content-Type": "x/y"}},
            {"encoded_headers": [(b"Content-Type", b"x/y")]},
        ],
    )
    def test_existing_content_type_is_kept(self, kwargs: dict[str, Any]) -> None:
        response = ASGIResponse(body=b"abc", media_type="text/html", **kwargs)
        assert response.encoded_headers == [(b"content-type", b"x/y"), (b"content-length", b"3")]

    def test_existing_content_length_is_kept(self) -> None:
        response = ASGIResponse(body=b"abc", headers={"content-length": "99"})
        assert response.encoded_headers == [
            (b"content-length", b"99"),
            (b"content-type", b"application/json"),
        ]

    def test_explicit_content_length(self) -> None:
        response = ASGIResponse(body=b"abc", content_length=10)
        assert (b"content-length", b"10") in response.encoded_headers
        assert response.content_length == 10

    @pytest.mark.parametrize("status_code", [100, 101, 199, 204, 304])
    async def test_no_body_status_sends_no_content_headers(self, status_code: int) -> None:
        response = ASGIResponse(
            status_code=status_code, headers={"a": "b"}, cookies=[Cookie(key="k", value="v")]
        )
        capture = await run_asgi(response)
        assert capture.start == {
            "type": "http.response.start",
            "status": status_code,
            "headers": [(b"a", b"b"), (b"set-cookie", b"k=v; Path=/; SameSite=lax")],
        }
        assert capture.body == b""

    @pytest.mark.parametrize(
        "kwargs", [{"status_code": 204}, {"status_code": 101}, {"is_head_response": True}]
    )
    def test_body_where_none_is_allowed_raises(self, kwargs: dict[str, Any]) -> None:
        with pytest.raises(ImproperlyConfiguredException) as exc_info:
            ASGIResponse(body=b"x", **kwargs)
        assert str(exc_info.value) == NO_CONTENT_MESSAGE

    async def test_head_response_has_no_content_headers(self) -> None:
        capture = await run_asgi(ASGIResponse(is_head_response=True, media_type="text/plain"))
        assert capture.headers == []

    def test_headers_view_edits_the_raw_list(self) -> None:
        response = ASGIResponse(body=b"abc", cookies=[Cookie(key="k", value="v")])
        response.headers["new"] = "1"
        assert response.headers["content-length"] == "3"
        assert response.encoded_headers[-2:] == [
            (b"new", b"1"),
            (b"set-cookie", b"k=v; Path=/; SameSite=lax"),
        ]

    async def test_background_runs_after_body(self) -> None:
        events: list[str] = []

        async def task() -> None:
            events.append("background")

        response = ASGIResponse(body=b"x", background=BackgroundTask(task))

        async def receive() -> Any:
            raise AssertionError("not called")

        async def send(message: Any) -> None:
            events.append(message["type"])

        await response({"type": "http"}, receive, send)  # type: ignore[arg-type]
        assert events == ["http.response.start", "http.response.body", "background"]

    async def test_after_response_runs_tasks(self) -> None:
        events: list[int] = []
        tasks = BackgroundTasks([BackgroundTask(events.append, 1), BackgroundTask(events.append, 2)])
        await ASGIResponse(background=tasks).after_response()
        await ASGIResponse().after_response()
        assert events == [1, 2]


class TestResponseRender:
    """``Response.render`` by media type."""

    @pytest.fixture
    def response(self) -> Response[None]:
        return Response(None)

    @pytest.mark.parametrize(
        "media_type",
        [
            "application/json",
            "application/json; charset=x",
            "application/jsonx",
            "application/problem+json",
            "application/vnd.oai.openapi+json",
            MediaType.JSON,
        ],
    )
    def test_json_types(self, response: Response[None], media_type: str) -> None:
        assert response.render({"a": 1}, media_type) == b'{"a":1}'
        assert response.render(None, media_type) == b"null"

    def test_msgpack(self, response: Response[None]) -> None:
        assert response.render({"a": 1}, MediaType.MESSAGEPACK) == b"\x81\xa1a\x01"
        assert response.render(None, "application/x-msgpack") == b"\xc0"

    @pytest.mark.parametrize("media_type", ["text/plain", "image/png", "application/json", "application/xml"])
    def test_bytes_and_str_are_used_as_is(self, media_type: str) -> None:
        response = Response(None, encoding="latin-1")
        assert response.render(b"raw", media_type) == b"raw"
        assert response.render("é", media_type) == b"\xe9"

    @pytest.mark.parametrize("content", [None, 0, {}, [], False, ""])
    def test_empty_content_of_text_type_renders_empty(self, response: Response[None], content: Any) -> None:
        assert response.render(content, "text/html") == b""

    @pytest.mark.parametrize(
        ("content", "media_type"),
        [
            ({"a": 1}, "text/plain"),
            (None, "image/png"),
            ({"a": 1}, "application/xml"),
            ({"a": 1}, "foo+json"),
            ({"a": 1}, "APPLICATION/JSON"),
            ({"a": 1}, "application/x-msgpack; x"),
            ({"a": 1}, "application/vnd.oai.openapi"),
        ],
    )
    def test_unsupported_combinations_raise(
        self, response: Response[None], content: Any, media_type: str
    ) -> None:
        with pytest.raises(ImproperlyConfiguredException, match="Unable to serialize response content"):
            response.render(content, media_type)

    def test_unencodable_value_raises_serialization_exception(self, response: Response[None]) -> None:
        with pytest.raises(SerializationException, match="Unsupported type"):
            response.render(object(), "application/json")

    @pytest.mark.parametrize("media_type", ["application/json", "application/x-msgpack"])
    def test_encoder_value_error_becomes_improperly_configured(
        self, response: Response[None], media_type: str
    ) -> None:
        def enc_hook(value: Any) -> Any:
            raise ValueError("nope")

        with pytest.raises(ImproperlyConfiguredException, match="Unable to serialize"):
            response.render(object(), media_type, enc_hook=enc_hook)

    def test_missing_media_type_raises(self, response: Response[None]) -> None:
        with pytest.raises(ImproperlyConfiguredException, match="Unable to serialize"):
            response.render({}, None)  # type: ignore[arg-type]

    def test_enc_hook_and_defaults(self, response: Response[None]) -> None:
        assert response.render(datetime.date(2020, 1, 1), "application/json") == b'"2020-01-01"'
        assert response.render(complex(1, 2), "application/json", enc_hook=str) == b'"(1+2j)"'


class TestResponse:
    """The ``Response`` container and its conversion to an ASGI response."""

    def test_defaults(self) -> None:
        response = Response(1)
        assert response.content == 1
        assert response.status_code is None
        assert response.media_type is None
        assert response.headers == {}
        assert response.cookies == []
        assert response.encoding == "utf-8"
        assert response.background is None
        assert response.response_type_encoders == {}
        assert Response.type_encoders is None

    def test_headers_and_cookies_from_mappings_and_sequences(self) -> None:
        response = Response(1, headers=[ResponseHeader(name="a", value="b")], cookies={"c": "d"})
        assert response.headers == {"a": "b"}
        assert response.cookies == [Cookie(key="c", value="d")]
        assert response.cookies[0].value == "d"
        assert Response(1, cookies=[Cookie(key="x")]).cookies == [Cookie(key="x")]

    def test_type_encoders_merge_class_then_instance(self) -> None:
        def cls_encoder(value: Any) -> str:
            return "cls"

        def inst_encoder(value: Any) -> str:
            return "inst"

        class Custom(Response[Any]):
            type_encoders: ClassVar[dict[Any, Any]] = {complex: cls_encoder, int: cls_encoder}  # type: ignore[misc]

        assert Custom(1).response_type_encoders == {complex: cls_encoder, int: cls_encoder}
        assert Custom(1, type_encoders={complex: inst_encoder}).response_type_encoders == {
            complex: inst_encoder,
            int: cls_encoder,
        }
        assert Response(1, type_encoders={complex: inst_encoder}).response_type_encoders == {
            complex: inst_encoder
        }

    def test_cookie_helpers(self) -> None:
        response = Response(1)
        response.set_cookie(
            "k", "v", max_age=10, path="/p", domain="d", secure=True, httponly=True, samesite="strict"
        )
        response.set_cookie(Cookie(key="obj", value="x"))
        response.delete_cookie("gone", path="/q", domain="e")
        first, second, third = response.cookies
        assert (first.key, first.value, first.max_age, first.path, first.domain) == ("k", "v", 10, "/p", "d")
        assert (first.secure, first.httponly, first.samesite) == (True, True, "strict")
        assert second.key == "obj"
        assert (third.key, third.value, third.max_age, third.expires, third.path, third.domain) == (
            "gone",
            None,
            0,
            0,
            "/q",
            "e",
        )

    def test_header_helpers(self) -> None:
        response = Response(1, headers={"x-a": "1"})
        response.set_header("X-B", "2")
        response.set_etag("abc")
        assert response.headers == {"x-a": "1", "X-B": "2", "etag": "abc"}
        response.set_etag(ETag(value="abc", weak=True))
        assert response.headers["etag"] == 'W/"abc"'

    async def test_to_asgi_response(self) -> None:
        response = Response(
            {"a": 1}, status_code=201, headers={"x-a": "1"}, cookies=[Cookie(key="c", value="v")]
        )
        asgi = response.to_asgi_response(None, make_request())
        assert isinstance(asgi, ASGIResponse)
        capture = await run_asgi(asgi)
        assert capture.start["status"] == 201
        assert capture.headers == [
            (b"x-a", b"1"),
            (b"content-type", b"application/json"),
            (b"content-length", b"7"),
            (b"set-cookie", b"c=v; Path=/; SameSite=lax"),
        ]
        assert capture.body == b'{"a":1}'

    async def test_own_values_win_over_layered_ones(self) -> None:
        events: list[str] = []
        response = Response(
            {"a": 1},
            media_type=MediaType.JSON,
            status_code=201,
            headers={"x-a": "1"},
            cookies=[Cookie(key="c", value="v")],
            background=BackgroundTask(events.append, "own"),
        )
        asgi = response.to_asgi_response(
            None,
            make_request(),
            headers={"x-a": "layer", "x-z": "z"},
            cookies=[Cookie(key="d", value="e")],
            encoded_headers=[(b"x-enc", b"1")],
            status_code=202,
            media_type="text/plain",
            background=BackgroundTask(events.append, "layer"),
        )
        capture = await run_asgi(asgi)
        assert capture.start["status"] == 201
        assert capture.headers == [
            (b"x-enc", b"1"),
            (b"x-a", b"1"),
            (b"x-z", b"z"),
            (b"content-type", b"application/json"),
            (b"content-length", b"7"),
            (b"set-cookie", b"c=v; Path=/; SameSite=lax"),
            (b"set-cookie", b"d=e; Path=/; SameSite=lax"),
        ]
        assert events == ["own"]

    async def test_layered_defaults_apply_when_unset(self) -> None:
        asgi = Response(b"x").to_asgi_response(
            None, make_request(), media_type=MediaType.HTML, status_code=202, headers={"h": "1"}
        )
        capture = await run_asgi(asgi)
        assert capture.start["status"] == 202
        assert capture.headers[:2] == [(b"h", b"1"), (b"content-type", b"text/html; charset=utf-8")]

    async def test_type_encoders_own_win_over_layered(self) -> None:
        layered = {complex: lambda value: "layer"}
        plain = await run_asgi(Response(1j).to_asgi_response(None, make_request(), type_encoders=layered))
        assert plain.body == b'"layer"'
        own = Response(1j, type_encoders={complex: lambda value: "own"})
        merged = await run_asgi(own.to_asgi_response(None, make_request(), type_encoders=layered))
        assert merged.body == b'"own"'
        alone = await run_asgi(own.to_asgi_response(None, make_request()))
        assert alone.body == b'"own"'

    def test_layered_type_encoders_reuse_the_cached_serializer(self) -> None:
        layered = {complex: str}
        Response(1j).to_asgi_response(None, make_request(), type_encoders=layered)
        assert get_serializer(layered) is get_serializer(layered)

    @pytest.mark.parametrize("status_code", [100, 204, 304])
    async def test_none_content_without_body_status(self, status_code: int) -> None:
        capture = await run_asgi(
            Response(None, status_code=status_code).to_asgi_response(None, make_request())
        )
        assert capture.start == {"type": "http.response.start", "status": status_code, "headers": []}
        assert capture.body == b""

    async def test_none_content_for_head(self) -> None:
        asgi = Response(None).to_asgi_response(None, make_request(), is_head_response=True)
        assert asgi.encoded_headers == []

    def test_content_with_no_body_status_raises(self) -> None:
        with pytest.raises(ImproperlyConfiguredException):
            Response("body", status_code=204).to_asgi_response(None, make_request())

    async def test_none_content_renders_null_json(self) -> None:
        capture = await run_asgi(Response(None).to_asgi_response(None, make_request()))
        assert capture.body == b"null"
        text = await run_asgi(
            Response(None, media_type=MediaType.TEXT).to_asgi_response(None, make_request())
        )
        assert text.headers == [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"0")]
