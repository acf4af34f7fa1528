"""The ``data`` argument: JSON, msgpack, url-encoded and multipart bodies, limits, errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, TypedDict

import msgspec
import pytest
from litestar import Controller, Litestar, Router, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType as Enc
from litestar.params import Body
from litestar.testing import TestClient, create_test_client

FORM = {"content-type": "application/x-www-form-urlencoded"}
FILE = {"z": ("z.txt", b"z", "text/plain")}


@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    n: int = 0


@dataclass
class Numbers:
    name: str
    nums: List[int] = field(default_factory=list)
    opt: Optional[List[str]] = None


class TD(TypedDict):
    a: int


class Point(msgspec.Struct):
    x: int
    y: Optional[str] = None


@dataclass
class WithFile:
    title: str
    file: UploadFile
    count: int = 1


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents


@dataclass
class Order:
    price: Money


def _error(response: Any) -> tuple[str, list[dict[str, Any]]]:
    assert response.status_code == 400, response.text
    body = response.json()
    return body["detail"], body.get("extra")


@post("/dc")
async def dc(data: Item) -> Any:
    return {"name": data.name, "tags": data.tags, "n": data.n}


@post("/td")
async def td(data: TD) -> Any:
    return data


@post("/st")
async def st(data: Point) -> Any:
    return {"x": data.x, "y": data.y}


@post("/dict")
async def dct(data: Dict[str, int]) -> Any:
    return data


@post("/list")
async def lst(data: List[int]) -> Any:
    return data


@post("/optdef")
async def optdef(data: Optional[Item] = None) -> Any:
    return {"none": data is None}


@post("/raw")
async def raw(body: bytes) -> Any:
    return {"len": len(body)}


JSON_HANDLERS = [dc, td, st, dct, lst, optdef, raw]


def test_json_bodies_convert_into_targets() -> None:
    with create_test_client(JSON_HANDLERS) as client:
        assert client.post("/dc", json={"name": "a", "tags": ["x"], "n": "3"}).json() == {
            "name": "a",
            "tags": ["x"],
            "n": 3,
        }
        assert client.post("/td", json={"a": "1"}).json() == {"a": 1}
        assert client.post("/st", json={"x": 1}).json() == {"x": 1, "y": None}
        assert client.post("/dict", json={"a": 1}).json() == {"a": 1}
        assert client.post("/list", json=[1, 2]).json() == [1, 2]
        assert client.post("/optdef").json() == {"none": True}
        assert client.post("/optdef", json={"name": "n"}).json() == {"none": False}
        assert client.post("/raw", content=b"x" * 12).json() == {"len": 12}


@pytest.mark.parametrize(
    ("path", "payload", "message", "key"),
    [
        ("/dc", {"tags": ["x"]}, "Object missing required field `name`", "data"),
        ("/dc", {"name": 1}, "Expected `str`, got `int`", "name"),
        ("/dc", [], "Expected `object`, got `array`", "data"),
        ("/td", {}, "Object missing required field `a`", "data"),
        ("/st", {"x": "z"}, "Expected `int`, got `str`", "x"),
        ("/dict", {"a": "q"}, "Expected `int`, got `str`", "data"),
        ("/list", [1, "x"], "Expected `int`, got `str`", "data"),
    ],
)
def test_json_validation_errors(path: str, payload: Any, message: str, key: str) -> None:
    with create_test_client(JSON_HANDLERS) as client:
        detail, extra = _error(client.post(path, json=payload))
    assert detail == f"Validation failed for POST {path}"
    assert extra == [{"message": message, "key": key, "source": "body"}]


def test_empty_body_without_default_and_malformed_body() -> None:
    with create_test_client(JSON_HANDLERS) as client:
        detail, extra = _error(client.post("/dc"))
        assert detail == "Validation failed for POST /dc"
        assert extra[0]["source"] == "body"
        malformed = client.post("/dc", content=b"{bad")
        assert malformed.status_code == 400
        assert "extra" not in malformed.json()


def test_malformed_body_rejected_by_the_typed_decoder_first_reports_the_decode_error() -> None:
    @post("/m")
    async def packed(data: Item = Body(media_type=Enc.MESSAGEPACK)) -> Any:
        return data.name

    with create_test_client([*JSON_HANDLERS, packed]) as client:
        # `1` is already not an object for the typed decoder; the body is malformed after it.
        assert client.post("/dc", content=b"1 x").json() == {
            "status_code": 400,
            "detail": "JSON is malformed: trailing characters (byte 3)",
        }
        sent_as_json = client.post(
            "/m", json={"name": "a"}, headers={"content-type": "application/x-msgpack"}
        )
        assert sent_as_json.json() == {
            "status_code": 400,
            "detail": "MessagePack data is malformed: trailing characters (byte 1)",
        }


@post("/form")
async def form(data: Item = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return {"name": data.name, "tags": data.tags, "n": data.n}


@post("/formdict")
async def formdict(data: Dict[str, Any] = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return data


@post("/u")
async def url_numbers(data: Numbers = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return {"name": data.name, "nums": data.nums, "opt": data.opt}


@post("/ud")
async def url_dict_lists(data: Dict[str, List[str]] = Body(media_type=Enc.URL_ENCODED)) -> Any:
    return data


@post("/m")
async def multipart_numbers(data: Numbers = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"name": data.name, "nums": data.nums, "opt": data.opt}


@post("/md")
async def multipart_dict_lists(data: Dict[str, List[str]] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return data


FORM_HANDLERS = [form, formdict, url_numbers, url_dict_lists, multipart_numbers, multipart_dict_lists]


def test_url_encoded_into_dataclass_and_dict() -> None:
    with create_test_client(FORM_HANDLERS) as client:
        assert client.post("/form", content=b"name=a&tags=x&tags=y&n=2", headers=FORM).json() == {
            "name": "a",
            "tags": ["x", "y"],
            "n": 2,
        }
        assert client.post("/formdict", content=b"a=1&b=2&b=3", headers=FORM).json() == {
            "a": "1",
            "b": ["2", "3"],
        }
        assert client.post("/u", content=b"name=a&nums=1&nums=2", headers=FORM).json() == {
            "name": "a",
            "nums": [1, 2],
            "opt": None,
        }
        assert client.post("/u", content=b"name=a&opt=x&opt=y", headers=FORM).json()["opt"] == ["x", "y"]


@pytest.mark.parametrize(
    ("path", "content", "message", "key"),
    [
        ("/form", b"name=a&tags=x", "Expected `array`, got `str`", "tags"),
        ("/u", b"name=a&nums=1", "Expected `array`, got `str`", "nums"),
        ("/u", b"name=a&opt=x", "Expected `array | null`, got `str`", "opt"),
        ("/u", b"name=a&nums=x&nums=2", "Expected `int`, got `str`", "nums[0]"),
        ("/form", b"tags=x&tags=y", "Object missing required field `name`", "data"),
        ("/ud", b"a=1&a=2&b=3", "Expected `array`, got `str`", "data"),
    ],
)
def test_url_encoded_single_value_is_not_a_list(path: str, content: bytes, message: str, key: str) -> None:
    with create_test_client(FORM_HANDLERS) as client:
        detail, extra = _error(client.post(path, content=content, headers=FORM))
    assert detail == f"Validation failed for POST {path}"
    assert extra == [{"message": message, "key": key, "source": "body"}]


def test_multipart_single_value_fills_a_list_field() -> None:
    with create_test_client(FORM_HANDLERS) as client:
        assert client.post("/m", data={"name": "a", "nums": "1"}, files=FILE).json() == {
            "name": "a",
            "nums": [1],
            "opt": None,
        }
        assert client.post("/m", data={"name": "a", "nums": ["1", "2"], "opt": "o"}, files=FILE).json() == {
            "name": "a",
            "nums": [1, 2],
            "opt": ["o"],
        }
        _detail, extra = _error(client.post("/md", data={"a": ["1", "2"], "b": "3"}, files=FILE))
        assert extra == [{"message": "Expected `array`, got `str`", "key": "data", "source": "body"}]


def test_empty_form_without_default() -> None:
    with create_test_client(FORM_HANDLERS) as client:
        detail, extra = _error(client.post("/u", content=b"", headers=FORM))
    assert detail == "Validation failed for POST /u"
    assert extra[0]["source"] == "body"


def test_form_endpoint_rejects_json_with_415() -> None:
    with create_test_client(FORM_HANDLERS) as client:
        assert client.post("/u", json={"name": "a"}).status_code == 415


@post("/file")
async def one_file(data: UploadFile = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"fn": data.filename, "ct": data.content_type, "body": (await data.read()).decode()}


@post("/files")
async def many_files(data: List[UploadFile] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return [f.filename for f in data]


@post("/mdict")
async def multipart_dict(data: Dict[str, Any] = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {k: (v.filename if isinstance(v, UploadFile) else v) for k, v in data.items()}


@post("/mdc")
async def multipart_dataclass(data: WithFile = Body(media_type=Enc.MULTI_PART)) -> Any:
    return {"title": data.title, "fn": data.file.filename, "count": data.count}


MULTIPART_HANDLERS = [one_file, many_files, multipart_dict, multipart_dataclass]


def test_multipart_bodies() -> None:
    with create_test_client(MULTIPART_HANDLERS, signature_namespace={"WithFile": WithFile}) as client:
        assert client.post("/file", files={"file": ("a.txt", b"hello", "text/plain")}).json() == {
            "fn": "a.txt",
            "ct": "text/plain",
            "body": "hello",
        }
        files = {"f1": ("a.txt", b"hello", "text/plain"), "f2": ("b.txt", b"x", "text/plain")}
        assert client.post("/files", files=files).json() == ["a.txt", "b.txt"]
        assert client.post("/mdict", files={"f1": ("a.txt", b"h", "text/plain")}, data={"k": "v"}).json() == {
            "f1": "a.txt",
            "k": "v",
        }
        assert client.post(
            "/mdc", files={"file": ("a.txt", b"h", "text/plain")}, data={"title": "T", "count": "4"}
        ).json() == {
            "title": "T",
            "fn": "a.txt",
            "count": 4,
        }
        _detail, extra = _error(client.post("/mdc", files={"file": ("a.txt", b"h", "text/plain")}))
        assert extra == [
            {"message": "Object missing required field `title`", "key": "data", "source": "body"}
        ]


def test_msgpack_body() -> None:
    @post("/msgpack")
    async def handler(data: Point = Body(media_type=Enc.MESSAGEPACK)) -> Any:
        return {"x": data.x}

    with create_test_client([handler]) as client:
        ok = client.post(
            "/msgpack",
            content=msgspec.msgpack.encode({"x": 5}),
            headers={"content-type": "application/x-msgpack"},
        )
        assert ok.json() == {"x": 5}
        assert client.post("/msgpack", content=b"\xc1").status_code == 400


def test_request_max_body_size_on_each_layer() -> None:
    @post("/small", request_max_body_size=10)
    async def small(data: Any) -> Any:
        return data

    @post("/big")
    async def big(data: Any) -> Any:
        return data

    class Ctrl(Controller):
        path = "/c"
        request_max_body_size = 5

        @post("/")
        async def handler(self, data: Any) -> Any:
            return data

        @post("/big", request_max_body_size=100)
        async def bigger(self, data: Any) -> Any:
            return data

    router = Router("/r", route_handlers=[Ctrl], request_max_body_size=20)

    @post("/ra")
    async def ra(data: Any) -> Any:
        return data

    router2 = Router("/r2", route_handlers=[ra], request_max_body_size=3)
    with TestClient(Litestar([small, big, router, router2], request_max_body_size=50)) as client:
        assert client.post("/small", json={"a": "bbbbbbbbbbbbbbb"}).status_code == 413
        assert client.post("/small", json=1).json() == 1
        assert client.post("/big", json="a" * 60).status_code == 413
        assert client.post("/big", json="a" * 40).status_code == 201
        assert client.post("/r/c", json="abcdef").status_code == 413
        assert client.post("/r/c", json=1).json() == 1
        assert client.post("/r/c/big", json="a" * 60).status_code == 201
        assert client.post("/r2/ra", json="abcd").status_code == 413


def test_type_decoders_on_a_layer_for_body() -> None:
    @post("/")
    async def handler(data: Order) -> int:
        return data.price.cents

    decoders = [(lambda t: t is Money, lambda t, v: Money(int(float(v) * 100)))]
    app = Litestar([handler], type_decoders=decoders, signature_namespace={"Order": Order})
    with TestClient(app) as client:
        assert client.post("/", json={"price": "1.25"}).text == "125"


def test_body_over_the_limit_raises_request_entity_too_large() -> None:
    from litestar.exceptions import ClientException
    from litestar.exceptions.http_exceptions import RequestEntityTooLarge

    seen: list[BaseException] = []

    async def hook(exc: Exception, scope: Any) -> None:
        seen.append(exc)

    @post("/small", request_max_body_size=4)
    async def small(data: Any) -> Any:
        return data

    with TestClient(Litestar([small], after_exception=[hook])) as client:
        response = client.post("/small", content=b"12345")
    assert response.status_code == 413
    assert response.json() == {"status_code": 413, "detail": "Request Entity Too Large"}
    assert [type(exc) for exc in seen] == [RequestEntityTooLarge]
    assert isinstance(seen[0], ClientException)
