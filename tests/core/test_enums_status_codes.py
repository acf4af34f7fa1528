"""Enum values and status code constants."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from litestar import enums, status_codes
from litestar.enums import (
    CompressionEncoding,
    HttpMethod,
    MediaType,
    OpenAPIMediaType,
    ParamType,
    RequestEncodingType,
    ScopeType,
)
from litestar.types.empty import Empty, EmptyType


def test_enum_values_match_the_wire_strings() -> None:
    assert [m.value for m in HttpMethod] == [
        "DELETE",
        "GET",
        "HEAD",
        "OPTIONS",
        "PATCH",
        "POST",
        "PUT",
        "TRACE",
    ]
    assert MediaType.JSON == "application/json"
    assert MediaType.MESSAGEPACK.value == "application/x-msgpack"
    assert [m.value for m in MediaType][2:] == ["text/html", "text/plain", "text/css", "application/xml"]
    assert OpenAPIMediaType.OPENAPI_JSON.value == "application/vnd.oai.openapi+json"
    assert OpenAPIMediaType.OPENAPI_YAML.value == "application/vnd.oai.openapi"
    assert [m.value for m in ParamType] == ["path", "query", "cookie", "header"]
    assert RequestEncodingType.MULTI_PART.value == "multipart/form-data"
    assert RequestEncodingType.URL_ENCODED.value == "application/x-www-form-urlencoded"
    assert [m.value for m in ScopeType] == ["http", "websocket", "asgi"]
    assert CompressionEncoding.BROTLI.value == "br"
    assert CompressionEncoding.GZIP.value == "gzip"


def test_enums_are_str_subclasses_usable_as_dict_keys() -> None:
    assert isinstance(HttpMethod.GET, str)
    assert {"GET": 1}[HttpMethod.GET] == 1
    assert ScopeType("http") is ScopeType.HTTP
    assert repr(MediaType.JSON) == "<MediaType.JSON: 'application/json'>"
    assert sorted(enums.__all__) == list(enums.__all__)


def test_status_codes_expose_all_78_constants_with_matching_values() -> None:
    names = status_codes.__all__
    assert len(names) == 78
    assert list(names) == sorted(names)
    for name in names:
        value = getattr(status_codes, name)
        assert int(name.split("_")[1]) == value
        if name.startswith("HTTP_") and value != 306:  # 306 is reserved, unknown to HTTPStatus
            assert HTTPStatus(value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HTTP_200_OK", 200),
        ("HTTP_418_IM_A_TEAPOT", 418),
        ("WS_1000_NORMAL_CLOSURE", 1000),
        ("WS_1015_TLS_HANDSHAKE", 1015),
    ],
)
def test_selected_status_codes(name: str, value: int) -> None:
    assert getattr(status_codes, name) == value


def test_empty_is_a_single_falsy_free_sentinel() -> None:
    from typing import get_args

    assert repr(Empty) == "<_EmptyEnum.EMPTY: 0>"
    assert get_args(EmptyType) == (Empty,)
    assert Empty is type(Empty)(0)
    assert Empty is not None
