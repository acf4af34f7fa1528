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

    from litestar.types._composites import TypeDecodersSequence

__all__ = ("get_json_decoder", "get_json_encoder", "get_msgpack_decoder", "get_msgpack_encoder")

# NOTE: the caches are bounded so that a caller building a fresh hook per call (a new
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
    encoder: msgspec.json.Encoder = _cached_encoder(_json_encoders, msgspec.json.Encoder, enc_hook)
    return encoder


def get_msgpack_encoder(enc_hook: Callable[[Any], Any]) -> msgspec.msgpack.Encoder:
    """Return the cached MessagePack encoder calling ``enc_hook`` for unsupported types.

    Args:
        enc_hook: The fallback serializer.

    Returns:
        A ``msgspec.msgpack.Encoder``.
    """
    encoder: msgspec.msgpack.Encoder = _cached_encoder(_msgpack_encoders, msgspec.msgpack.Encoder, enc_hook)
    return encoder


def _cached_encoder(
    cache: dict[Any, Any], factory: Callable[..., Any], enc_hook: Callable[[Any], Any]
) -> Any:
    encoder = cache.get(enc_hook)
    if encoder is None:
        if len(cache) >= _MAX_CACHE_SIZE:
            cache.clear()
        encoder = cache[enc_hook] = factory(enc_hook=enc_hook)
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
    decoder: msgspec.json.Decoder[Any] = _cached_decoder(
        _json_decoders, msgspec.json.Decoder, target_type, type_decoders, strict
    )
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
    decoder: msgspec.msgpack.Decoder[Any] = _cached_decoder(
        _msgpack_decoders, msgspec.msgpack.Decoder, target_type, type_decoders, strict
    )
    return decoder


def _cached_decoder(
    cache: dict[tuple[Any, int, bool], tuple[Any, Any]],
    factory: Callable[..., Any],
    target_type: Any,
    type_decoders: TypeDecodersSequence | None,
    strict: bool,
) -> Any:
    key = (target_type, id(type_decoders), strict)
    try:
        return cache[key][0]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: build without caching
        return factory(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    if len(cache) >= _MAX_CACHE_SIZE:
        cache.clear()
    decoder = factory(target_type, dec_hook=_dec_hook(type_decoders), strict=strict)
    cache[key] = (decoder, type_decoders)
    return decoder
