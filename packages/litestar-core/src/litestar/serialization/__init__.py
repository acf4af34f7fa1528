"""JSON / MessagePack serialization helpers."""

from __future__ import annotations

from litestar.serialization.msgspec_hooks import (
    decode_json,
    decode_msgpack,
    default_deserializer,
    default_serializer,
    encode_json,
    encode_msgpack,
    get_serializer,
)

__all__ = (
    "decode_json",
    "decode_msgpack",
    "default_deserializer",
    "default_serializer",
    "encode_json",
    "encode_msgpack",
    "get_serializer",
)
