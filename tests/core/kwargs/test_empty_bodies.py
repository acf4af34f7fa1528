"""Empty and content-type-less bodies, matched against the reference's observed behaviour.

An empty form (url-encoded or multipart) is ``None`` for an optional ``data`` annotation,
whatever the default, and otherwise an empty mapping converted to the annotation. An
empty JSON or msgpack body takes the default and is an error without one, even for an
optional annotation. A form sent without a content type is read as the declared encoding.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

import msgspec
import pytest
from litestar import post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType as Enc
from litestar.params import Body
from litestar.testing import create_test_client

MULTIPART = {"content-type": "multipart/form-data; boundary=xx"}
URL_ENCODED = {"content-type": "application/x-www-form-urlencoded"}


@dataclass
class Defaults:
    a: int = 1


FIVE = Defaults(a=5)


@dataclass
class Required:
    name: str


@post("/m-opt")
async def m_opt(data: Optional[Dict[str, str]] = Body(media_type=Enc.MULTI_PART, default=None)) -> Any:
    return {"value": data}


@post("/m-opt-dc-default")
async def m_opt_dc_default(data: Optional[Defaults] = Body(media_type=Enc.MULTI_PART, default=FIVE)) -> Any:
    return {"value": None if data is None else data.a}


@post("/m-dict")
async def m_dict(data: Dict[str, str] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"value": data}


@post("/m-dc")
async def m_dc(data: Defaults = Body(media_type=Enc.MULTI_PART, default=FIVE)) -> Any:
    return {"value": data.a}


@post("/m-required")
async def m_required(data: Required = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"value": data.name}


@post("/m-any")
async def m_any(data: Any = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"value": data}


@post("/u-opt")
async def u_opt(data: Optional[Dict[str, str]] = Body(media_type=Enc.URL_ENCODED, default=None)) -> Any:
    return {"value": data}


@post("/u-union")
async def u_union(data: Union[Defaults, int, None] = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return {"value": repr(data)}


@post("/u-dict")
async def u_dict(data: Dict[str, str] = Body(media_type=Enc.URL_ENCODED, default=None)) -> Any:
    return {"value": data}


@post("/u-any")
async def u_any(data: Any = Body(media_type=Enc.URL_ENCODED, default=3)) -> Any:
    return {"value": data}


@post("/u-list")
async def u_list(data: List[int] = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return {"value": data}


@post("/j-opt")
async def j_opt(data: Optional[Defaults] = Body()) -> Any:
    return {"value": repr(data)}


@post("/j-opt-none")
async def j_opt_none(data: Optional[Defaults] = None) -> Any:
    return {"value": repr(data)}


@post("/j-default")
async def j_default(data: Defaults = Body(default=FIVE)) -> Any:
    return {"value": data.a}


@post("/mp-opt")
async def mp_opt(data: Optional[Defaults] = Body(media_type=Enc.MESSAGEPACK)) -> Any:
    return {"value": repr(data)}


@post("/f-opt")
async def f_opt(data: Optional[UploadFile] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"value": repr(data)}


HANDLERS = [
    m_opt,
    m_opt_dc_default,
    m_dict,
    m_dc,
    m_required,
    m_any,
    u_opt,
    u_union,
    u_dict,
    u_any,
    u_list,
    j_opt,
    j_opt_none,
    j_default,
    mp_opt,
    f_opt,
]


@pytest.mark.parametrize("content", [b"", b"--xx--\r\n"])
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/m-opt", None),
        ("/m-opt-dc-default", None),  # optional: None, not the default
        ("/m-dict", {}),
        ("/m-dc", 1),  # not optional: {} converted, the default is not used
        ("/m-any", {}),
        ("/f-opt", "None"),
    ],
)
def test_empty_multipart_form(path: str, expected: Any, content: bytes) -> None:
    with create_test_client(HANDLERS) as client:
        response = client.post(path, content=content, headers=MULTIPART)
    assert response.status_code == 201, response.text
    assert response.json() == {"value": expected}


@pytest.mark.parametrize("content", [b"", b"&"])
@pytest.mark.parametrize(
    ("path", "expected"),
    [("/u-opt", None), ("/u-union", "None"), ("/u-dict", {}), ("/u-any", {})],
)
def test_empty_url_encoded_form(path: str, expected: Any, content: bytes) -> None:
    with create_test_client(HANDLERS) as client:
        response = client.post(path, content=content, headers=URL_ENCODED)
    assert response.status_code == 201, response.text
    assert response.json() == {"value": expected}


@pytest.mark.parametrize(
    ("path", "headers", "message"),
    [
        ("/m-required", MULTIPART, "Object missing required field `name`"),
        ("/u-list", URL_ENCODED, "Expected `array`, got `object`"),
        ("/j-opt", {}, "'data'"),
        ("/mp-opt", {}, "'data'"),
    ],
)
def test_empty_body_errors(path: str, headers: dict[str, str], message: str) -> None:
    with create_test_client(HANDLERS) as client:
        response = client.post(path, content=b"", headers=headers)
    assert response.status_code == 400
    assert response.json()["detail"] == f"Validation failed for POST {path}"
    assert response.json()["extra"] == [{"message": message, "key": "data", "source": "body"}]


def test_empty_json_body_takes_the_default() -> None:
    with create_test_client(HANDLERS) as client:
        assert client.post("/j-default").json() == {"value": 5}
        assert client.post("/j-opt-none").json() == {"value": "None"}


def test_form_without_content_type_is_read_as_the_declared_encoding() -> None:
    with create_test_client(HANDLERS) as client:
        assert client.post("/u-opt", content=b"a=1&b").json() == {"value": {"a": "1", "b": ""}}
        assert client.post("/u-opt", content=b"").json() == {"value": None}
        assert client.post("/m-opt", content=b"").json() == {"value": None}
        # Without a content type a multipart body has no boundary: it cannot be split.
        response = client.post("/m-opt", content=b"--xx--\r\n")
    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid multipart/form-data"


def test_multipart_without_boundary_is_empty_only_when_the_body_is() -> None:
    with create_test_client(HANDLERS) as client:
        headers = {"content-type": "multipart/form-data"}
        assert client.post("/m-dict", content=b"", headers=headers).json() == {"value": {}}
        assert client.post("/m-dict", content=b"--xx--\r\n", headers=headers).status_code == 400


@post("/file")
async def one_file(data: UploadFile = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"name": data.filename, "content": (await data.read()).decode()}


@post("/files")
async def file_list(data: List[UploadFile] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"names": [f.filename for f in data]}


def test_single_upload_skips_plain_fields() -> None:
    with create_test_client([one_file, file_list]) as client:
        response = client.post("/file", data={"title": "x"}, files={"f": ("a.txt", b"hello", "text/plain")})
        assert response.json() == {"name": "a.txt", "content": "hello"}
        field_only = b'--xx\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--xx--\r\n'
        missing = client.post("/file", content=field_only, headers=MULTIPART)
        assert client.post("/files", content=b"", headers=MULTIPART).json() == {"names": []}
    assert missing.status_code == 400
    assert missing.json()["extra"] == [{"message": "Expected a file upload", "key": "data", "source": "body"}]


class Mixed(enum.Enum):
    RED = "r"
    BLUE = 2


class Paint(msgspec.Struct):
    color: Mixed


@pytest.mark.parametrize(
    ("media_type", "content_type", "content"),
    [
        (Enc.JSON, "application/json", b'{"color": "r"}'),
        (Enc.MESSAGEPACK, "application/x-msgpack", msgspec.msgpack.encode({"color": "r"})),
        (
            Enc.MULTI_PART,
            MULTIPART["content-type"],
            b'--xx\r\nContent-Disposition: form-data; name="color"\r\n\r\nr\r\n--xx--\r\n',
        ),
        (Enc.URL_ENCODED, URL_ENCODED["content-type"], b"color=r"),
    ],
)
def test_body_type_msgspec_cannot_decode_is_a_500_not_a_startup_error(
    media_type: Enc, content_type: str, content: bytes
) -> None:
    @post("/paint")
    async def paint(data: Paint = Body(media_type=media_type)) -> Any:
        return {"color": data.color.value}

    with create_test_client([paint], debug=False) as client:
        response = client.post("/paint", content=content, headers={"content-type": content_type})
        empty = client.post("/paint", content=b"", headers={"content-type": content_type})
    assert response.status_code == 500
    assert response.json() == {"status_code": 500, "detail": "Internal Server Error"}
    assert empty.status_code == 500
