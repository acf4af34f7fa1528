"""Cached msgspec encoders and decoders, so per-request calls allocate none.

msgspec ``Encoder``/``Decoder`` objects are cheap to call but not to build (a decoder
compiles its target type). These helpers build one per ``enc_hook`` / per
``(target type, type decoders, strict)`` and reuse it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Final

import msgspec

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.types import TypeDecodersSequence

__all__ = ("get_json_decoder", "get_json_encoder", "get_msgpack_decoder", "get_msgpack_encoder")

# NOTE(h1): the caches are bounded so that a caller building a fresh hook per call (a new
# ``partial`` each time) cannot grow them without limit; they are simply reset when full.
_MAX_CACHE_SIZE: Final = 512

_json_encoders: dict[Any, msgspec.json.Encoder] = {}
_msgpack_encoders: dict[Any, msgspec.msgpack.Encoder] = {}
# values keep a reference to the type decoders sequence, so its ``id`` cannot be reused
_json_decoders: dict[tuple[Any, int, bool], tuple[msgspec.json.Decoder[Any], Any]] = {}
_msgpack_decoders: dict[tuple[Any, int, bool], tuple[msgspec.msgpack.Decoder[Any], Any]] = {}


def get_json_encoder(enc_hook: Callable[[Any], Any]) -> msgspec.json.Encoder:
    """Return the cached JSON encoder calling ``enc_hook`` for unsupported types.

    Args:
        enc_hook: The fallback serializer, e.g. from :func:`~litestar.serialization.get_serializer`.

    Returns:
        A ``msgspec.json.Encoder``.
    """
    encoder = _json_encoders.get(enc_hook)
    if encoder is None:
        if len(_json_encoders) >= _MAX_CACHE_SIZE:
            _json_encoders.clear()
        encoder = _json_encoders[enc_hook] = msgspec.json.Encoder(enc_hook=enc_hook)
    return encoder


def get_msgpack_encoder(enc_hook: Callable[[Any], Any]) -> msgspec.msgpack.Encoder:
    """Return the cached MessagePack encoder calling ``enc_hook`` for unsupported types.

    Args:
        enc_hook: The fallback serializer.

    Returns:
        A ``msgspec.msgpack.Encoder``.
    """
    encoder = _msgpack_encoders.get(enc_hook)
    if encoder is None:
        if len(_msgpack_encoders) >= _MAX_CACHE_SIZE:
            _msgpack_encoders.clear()
        encoder = _msgpack_encoders[enc_hook] = msgspec.msgpack.Encoder(enc_hook=enc_hook)
    return encoder


def _dec_hook(type_decoders: TypeDecodersSequence | None) -> Callable[[Any, Any], Any]:
    from litestar.serialization.msgspec_hooks import default_deserializer

    return partial(default_deserializer, type_decoders=type_decoders)


def get_json_decoder(
    target_type: Any, type_decoders: TypeDecodersSequence | None = None, strict: bool = True
) -> msgspec.json.Decoder[Any]:
    """Return the cached JSON decoder for ``target_type``.

    Args:
        target_type: The type to decode into.
        type_decoders: ``(predicate, decoder)`` pairs for types msgspec does not support.
        strict: Whether msgspec refuses lax conversions (``"1"`` -> ``1``).

    Returns:
        A ``msgspec.json.Decoder``.
    """
    key = (target_type, id(type_decoders), strict)
    try:
        return _json_decoders[key][0]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: build without caching
        return msgspec.json.Decoder(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    if len(_json_decoders) >= _MAX_CACHE_SIZE:
        _json_decoders.clear()
    decoder = msgspec.json.Decoder(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    _json_decoders[key] = (decoder, type_decoders)
    return decoder


def get_msgpack_decoder(
    target_type: Any, type_decoders: TypeDecodersSequence | None = None, strict: bool = True
) -> msgspec.msgpack.Decoder[Any]:
    """Return the cached MessagePack decoder for ``target_type``.

    Args:
        target_type: The type to decode into.
        type_decoders: ``(predicate, decoder)`` pairs for types msgspec does not support.
        strict: Whether msgspec refuses lax conversions.

    Returns:
        A ``msgspec.msgpack.Decoder``.
    """
    key = (target_type, id(type_decoders), strict)
    try:
        return _msgpack_decoders[key][0]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: build without caching
        return msgspec.msgpack.Decoder(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    if len(_msgpack_decoders) >= _MAX_CACHE_SIZE:
        _msgpack_decoders.clear()
    decoder = msgspec.msgpack.Decoder(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    _msgpack_decoders[key] = (decoder, type_decoders)
    return decoder
