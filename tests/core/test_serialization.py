"""JSON / MessagePack encoding and decoding through msgspec."""

from __future__ import annotations

import collections
import dataclasses
import datetime
import decimal
import enum
import ipaddress
import pathlib
import re
import uuid
from typing import Any

import msgspec
import pytest
from litestar.exceptions import SerializationException
from litestar.serialization import (
    _msgspec_cache,
    decode_json,
    decode_msgpack,
    default_deserializer,
    default_serializer,
    encode_json,
    encode_msgpack,
    get_serializer,
)


class Color(enum.Enum):
    RED = "red"


class Plain:
    def __init__(self, value: str) -> None:
        self.value = value


class Base:
    pass


class Sub(Base):
    pass


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (pathlib.Path("/tmp/x"), b'"/tmp/x"'),
        (pathlib.PurePosixPath("a/b"), b'"a/b"'),
        (decimal.Decimal("1.50"), b'"1.50"'),
        (Color.RED, b'"red"'),
        (uuid.UUID(int=5), b'"00000000-0000-0000-0000-000000000005"'),
        (datetime.datetime(2020, 1, 2, 3, 4, 5, 6), b'"2020-01-02T03:04:05.000006"'),
        (datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC), b'"2020-01-02T00:00:00Z"'),
        (datetime.date(2020, 1, 2), b'"2020-01-02"'),
        (datetime.time(1, 2, 3), b'"01:02:03"'),
        (datetime.timedelta(days=1, seconds=3, microseconds=5), b'"P1DT3.000005S"'),
        (b"ab\xff", b'"YWL/"'),
        ({1}, b"[1]"),
        (frozenset({2}), b"[2]"),
        (collections.deque([1, 2]), b"[1,2]"),
        (ipaddress.IPv4Address("1.2.3.4"), b'"1.2.3.4"'),
        (ipaddress.IPv6Network("::/64"), b'"::/64"'),
        (ipaddress.IPv4Interface("10.0.0.1/8"), b'"10.0.0.1/8"'),
        (re.compile("a+b"), b'"a+b"'),
        (Point(1), b'{"x":1,"y":0}'),
        ({"b": 1, "a": 2}, b'{"b":1,"a":2}'),
        ("é", b'"\xc3\xa9"'),
    ],
)
def test_encode_json_matches_reference_encoding(value: Any, expected: bytes) -> None:
    assert encode_json(value) == expected


def test_encode_json_unsupported_type_raises_serialization_exception() -> None:
    with pytest.raises(SerializationException, match="Unsupported type: <class 'object'>") as exc_info:
        encode_json(object())
    assert isinstance(exc_info.value.__cause__, TypeError)


def test_default_serializer_conversions() -> None:
    assert default_serializer(pathlib.Path("a")) == "a"
    assert default_serializer(decimal.Decimal("1.5e3")) == 1500
    assert default_serializer(decimal.Decimal("-0.1")) == -0.1
    assert default_serializer(datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC)) == (
        "2020-01-02T00:00:00+00:00"
    )
    assert default_serializer(collections.deque([1])) == [1]
    assert default_serializer(True) == 1
    assert type(default_serializer(type("S", (str,), {})("x"))) is str
    with pytest.raises(TypeError, match="Unsupported type"):
        default_serializer([1])


def test_default_serializer_walks_the_mro_and_prefers_type_encoders() -> None:
    encoders = {Base: lambda v: "base", Sub: lambda v: "sub"}
    assert default_serializer(Sub(), encoders) == "sub"
    assert default_serializer(Sub(), {Base: lambda v: "b"}) == "b"
    with pytest.raises(TypeError):
        default_serializer(Sub(), {})
    # a default registered lower in the MRO wins over a user entry for a base class
    assert (
        encode_json(pathlib.Path("a"), serializer=get_serializer({pathlib.PurePath: lambda v: "pp"}))
        == b'"a"'
    )
    assert encode_json(pathlib.Path("a"), serializer=get_serializer({pathlib.Path: lambda v: "p"})) == b'"p"'


def test_get_serializer_is_cached_per_mapping_and_applies_encoders() -> None:
    assert get_serializer() is default_serializer
    assert get_serializer({}) is default_serializer
    encoders = {Plain: lambda p: p.value, int: lambda i: "int!"}
    serializer = get_serializer(encoders)
    assert get_serializer(encoders) is serializer
    assert "Plain" in repr(serializer)

    class IntSub(int):
        pass

    # natively supported types never reach the hook; int subclasses do
    assert (
        encode_json([Plain("v"), 1, IntSub(3), Color.RED], serializer=serializer) == b'["v",1,"int!","red"]'
    )
    with pytest.raises(SerializationException):
        encode_json(object(), serializer=serializer)
    assert encode_msgpack(Plain("v"), serializer=serializer) == msgspec.msgpack.encode("v")


def test_get_serializer_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from litestar.serialization import msgspec_hooks

    monkeypatch.setattr(msgspec_hooks, "_serializers", {i: (None, None) for i in range(512)})
    encoders = {Plain: str}
    get_serializer(encoders)
    assert len(msgspec_hooks._serializers) == 1


def test_secret_values_are_obscured() -> None:
    secret_values = pytest.importorskip("litestar.datastructures.secret_values")
    assert encode_json(secret_values.SecretString("hunter2")) == b'"******"'
    assert encode_json({"k": secret_values.SecretBytes(b"x")}) == b'{"k":"******"}'


@pytest.mark.parametrize("bad", [b"{", "{", b"", b"[1,"])
def test_decode_json_invalid_input_raises_serialization_exception(bad: str | bytes) -> None:
    with pytest.raises(SerializationException, match="truncated") as exc_info:
        decode_json(bad)
    assert isinstance(exc_info.value.__cause__, msgspec.DecodeError)


def test_decode_json_with_target_type_validates_and_converts() -> None:
    assert decode_json(b'{"a":1}') == {"a": 1}
    assert decode_json("[1]") == [1]
    assert decode_json(b'"2020-01-01"', target_type=datetime.date) == datetime.date(2020, 1, 1)
    assert decode_json(b'{"p":"a/b"}', target_type=dict[str, pathlib.Path]) == {"p": pathlib.Path("a/b")}
    assert decode_json(b'{"x": 2}', target_type=Point) == Point(2)
    with pytest.raises(SerializationException, match=r"Expected `int`, got `str` - at `\$\[\.\.\.\]`"):
        decode_json(b'{"a": "x"}', target_type=dict[str, int])
    with pytest.raises(SerializationException, match="Expected `int`, got `str`"):
        decode_json(b'"1"', target_type=int)
    assert decode_json(b'"1"', target_type=int, strict=False) == 1
    with pytest.raises(SerializationException, match="Unsupported type"):
        decode_json(b'"x"', target_type=Plain)


def test_decode_with_type_decoders() -> None:
    decoders = [(lambda t: t is Plain, lambda t, v: t(v + "!"))]
    assert (
        decode_json(b'{"v":"abc"}', target_type=dict[str, Plain], type_decoders=decoders)["v"].value == "abc!"
    )
    assert (
        decode_msgpack(msgspec.msgpack.encode("y"), target_type=Plain, type_decoders=decoders).value == "y!"
    )
    assert default_deserializer(Plain, "z", type_decoders=decoders).value == "z!"
    # no predicate matches: the built-in conversions still apply
    assert default_deserializer(pathlib.PurePath, "p", type_decoders=decoders) == pathlib.PurePath("p")


def test_default_deserializer() -> None:
    assert default_deserializer(pathlib.PurePath, "a") == pathlib.PurePath("a")
    assert default_deserializer(uuid.UUID, "00000000-0000-0000-0000-000000000005") == uuid.UUID(int=5)
    assert default_deserializer(int, 5) == 5
    assert default_deserializer(object, "x") == "x"
    with pytest.raises(TypeError, match="Unsupported type: <class 'str'>"):
        default_deserializer(int, "x")
    with pytest.raises(TypeError, match="Unsupported type"):
        default_deserializer(list[int], "x")


def test_msgpack_round_trip_and_errors() -> None:
    encoded = encode_msgpack({"a": [1, b"x"], "u": uuid.UUID(int=1), "p": pathlib.Path("p")})
    assert decode_msgpack(encoded) == {"a": [1, b"x"], "u": "00000000-0000-0000-0000-000000000001", "p": "p"}
    assert decode_msgpack(encode_msgpack([1, 2]), target_type=tuple[int, int]) == (1, 2)
    assert encode_msgpack(1, serializer=None) == b"\x01"
    with pytest.raises(SerializationException, match="MessagePack data is malformed"):
        decode_msgpack(b"\xc1")
    with pytest.raises(SerializationException):
        encode_msgpack(object())


def test_encoders_and_decoders_are_cached() -> None:
    assert _msgspec_cache.get_json_encoder(default_serializer) is _msgspec_cache.get_json_encoder(
        default_serializer
    )
    assert _msgspec_cache.get_msgpack_encoder(default_serializer) is _msgspec_cache.get_msgpack_encoder(
        default_serializer
    )
    decoders: list[Any] = []
    assert _msgspec_cache.get_json_decoder(int, decoders) is _msgspec_cache.get_json_decoder(int, decoders)
    assert _msgspec_cache.get_json_decoder(int, decoders) is not _msgspec_cache.get_json_decoder(
        int, decoders, False
    )
    assert _msgspec_cache.get_msgpack_decoder(int) is _msgspec_cache.get_msgpack_decoder(int)


def test_unhashable_target_types_are_decoded_without_caching() -> None:
    from typing import Annotated

    unhashable = Annotated[int, msgspec.Meta(ge=0), [1]]
    assert decode_json(b"3", target_type=unhashable) == 3
    assert decode_msgpack(b"\x03", target_type=unhashable) == 3
    with pytest.raises(SerializationException):
        decode_json(b"-1", target_type=unhashable)


def test_caches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_json_encoders", "_msgpack_encoders", "_json_decoders", "_msgpack_decoders"):
        monkeypatch.setattr(
            _msgspec_cache, name, {("k", i): None for i in range(_msgspec_cache._MAX_CACHE_SIZE)}
        )

    def hook(value: Any) -> Any:
        return value

    _msgspec_cache.get_json_encoder(hook)
    _msgspec_cache.get_msgpack_encoder(hook)
    _msgspec_cache.get_json_decoder(int)
    _msgspec_cache.get_msgpack_decoder(int)
    for name in ("_json_encoders", "_msgpack_encoders", "_json_decoders", "_msgpack_decoders"):
        assert len(getattr(_msgspec_cache, name)) == 1
