"""JSON and MessagePack encoding/decoding on top of msgspec.

msgspec natively handles builtins, ``datetime``/``date``/``time``/``timedelta``,
``UUID``, ``Decimal``, ``Enum``, dataclasses, ``msgspec.Struct`` and more. Everything
else goes through :func:`default_serializer` (``enc_hook``) and
:func:`default_deserializer` (``dec_hook``), which look up encoders by the value's MRO.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path, PurePath
from re import Pattern
from typing import TYPE_CHECKING, Any, Final, TypeVar
from uuid import UUID

import msgspec

from litestar.exceptions.base_exceptions import SerializationException
from litestar.serialization._msgspec_cache import (
    get_json_decoder,
    get_json_encoder,
    get_msgpack_decoder,
    get_msgpack_encoder,
)
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.types._callables import Serializer
    from litestar.types._composites import TypeDecodersSequence, TypeEncodersMap
    from litestar.types.empty import EmptyType

__all__ = (
    "decode_json",
    "decode_msgpack",
    "default_deserializer",
    "default_serializer",
    "encode_json",
    "encode_msgpack",
    "get_serializer",
)

T = TypeVar("T")

_OBSCURED: Final = "******"


def _encode_decimal(value: Decimal) -> int | float:
    return int(value) if value.as_tuple().exponent >= 0 else float(value)  # type: ignore[operator]


def _isoformat(value: date | time) -> str:
    return value.isoformat()


def _pattern(value: Pattern[str]) -> str:
    return value.pattern


def _obscured(_: Any) -> str:
    return _OBSCURED


_DEFAULT_TYPE_ENCODERS: Final[dict[Any, Callable[[Any], Any]]] = {
    Path: str,
    PurePath: str,
    datetime: _isoformat,
    date: _isoformat,
    time: _isoformat,
    deque: list,
    Decimal: _encode_decimal,
    Pattern: _pattern,
    # builtin subclasses that msgspec leaves to the hook
    str: str,
    int: int,
    float: float,
    bytes: bytes,
    set: set,
    frozenset: frozenset,
    # NOTE: other mappings (e.g. MultiDict) encode as a dict of their first values.
    Mapping: dict,
}

_secret_value_registered = False


def _register_secret_value() -> bool:
    """Add the ``SecretValue`` encoder once ``litestar.datastructures`` is importable.

    NOTE: imported lazily because datastructures sit on the same import level; the
    import must not happen while that package is still initialising.
    """
    global _secret_value_registered
    try:
        from litestar.datastructures.secret_values import SecretValue
    except ImportError:  # pragma: no cover - only while the module is missing
        return False
    _DEFAULT_TYPE_ENCODERS[SecretValue] = _obscured
    _secret_value_registered = True
    return True


def _find_encoder(
    value_type: type, type_encoders: Mapping[Any, Callable[[Any], Any]] | None
) -> Callable[[Any], Any] | None:
    for base in value_type.__mro__[:-1]:
        if type_encoders is not None:
            encoder = type_encoders.get(base)
            if encoder is not None:
                return encoder
        encoder = _DEFAULT_TYPE_ENCODERS.get(base)
        if encoder is not None:
            return encoder
    if value_type.__module__ == "ipaddress":
        # PERF: matched by module so that ``ipaddress`` is not imported at startup.
        return str
    if not _secret_value_registered and _register_secret_value():
        return _find_encoder(value_type, type_encoders)
    return None


def default_serializer(value: Any, type_encoders: Mapping[Any, Callable[[Any], Any]] | None = None) -> Any:
    """Convert a value msgspec cannot encode natively into one it can.

    The first encoder found along the MRO of ``type(value)`` wins; at each class a
    ``type_encoders`` entry takes precedence over the built-in defaults.

    Args:
        value: The value to convert.
        type_encoders: Extra ``{type: encoder}`` entries.

    Returns:
        The converted value.

    Raises:
        TypeError: If no encoder is registered for the value's type.
    """
    encoder = _find_encoder(type(value), type_encoders)
    if encoder is None:
        raise TypeError(f"Unsupported type: {type(value)!r}")
    return encoder(value)


def default_deserializer(
    target_type: Any, value: Any, type_decoders: TypeDecodersSequence | None = None
) -> Any:
    """Convert a decoded value into ``target_type`` when msgspec cannot (its ``dec_hook``).

    Args:
        target_type: The annotation being decoded into.
        value: The raw decoded value.
        type_decoders: ``(predicate, decoder)`` pairs; the first whose predicate accepts
            ``target_type`` is called as ``decoder(target_type, value)``.

    Returns:
        The converted value.

    Raises:
        TypeError: If the value cannot be converted.
    """
    if type_decoders:
        for predicate, decoder in type_decoders:
            if predicate(target_type):
                return decoder(target_type, value)
    if isinstance(target_type, type):
        if issubclass(target_type, (PurePath, UUID)):
            return target_type(value)
        if isinstance(value, target_type):
            return value
        from litestar.datastructures.secret_values import SecretBytes, SecretString

        if issubclass(target_type, SecretString) and isinstance(value, str):
            return target_type(value)
        if issubclass(target_type, SecretBytes) and isinstance(value, (str, bytes)):
            return target_type(value.encode() if isinstance(value, str) else value)
    raise TypeError(f"Unsupported type: {type(value)!r}")


class _TypeEncodersSerializer:
    """A serializer bound to a ``type_encoders`` mapping, caching the lookup per type."""

    __slots__ = ("_cache", "type_encoders")

    def __init__(self, type_encoders: TypeEncodersMap) -> None:
        self.type_encoders = type_encoders
        self._cache: dict[type, Callable[[Any], Any] | None] = {}

    def __call__(self, value: Any) -> Any:
        value_type = type(value)
        try:
            encoder = self._cache[value_type]
        except KeyError:
            encoder = self._cache[value_type] = _find_encoder(value_type, self.type_encoders)
        if encoder is None:
            raise TypeError(f"Unsupported type: {value_type!r}")
        return encoder(value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.type_encoders!r})"


# keyed by ``id``; the value keeps the mapping alive so that the id cannot be reused
_serializers: dict[int, tuple[_TypeEncodersSerializer, TypeEncodersMap]] = {}


def get_serializer(type_encoders: TypeEncodersMap | None = None) -> Serializer:
    """Return a serializer (``enc_hook``) applying ``type_encoders`` before the defaults.

    The same serializer object is returned for the same mapping object, so the msgspec
    encoders built for it are reused too.

    Args:
        type_encoders: ``{type: encoder}`` entries; falsy means the defaults only.

    Returns:
        A callable converting one value.
    """
    if not type_encoders:
        return default_serializer
    cached = _serializers.get(id(type_encoders))
    if cached is not None:
        return cached[0]
    if len(_serializers) >= 512:
        _serializers.clear()
    serializer = _TypeEncodersSerializer(type_encoders)
    _serializers[id(type_encoders)] = (serializer, type_encoders)
    return serializer


def encode_json(value: Any, serializer: Callable[[Any], Any] | None = None) -> bytes:
    """Encode a value as JSON.

    Args:
        value: The value to encode.
        serializer: The ``enc_hook`` for types msgspec cannot encode; defaults to
            :func:`default_serializer`.

    Returns:
        The JSON bytes.

    Raises:
        SerializationException: If the value cannot be encoded.
    """
    try:
        return get_json_encoder(serializer or default_serializer).encode(value)
    except (TypeError, msgspec.EncodeError) as exc:
        raise SerializationException(str(exc)) from exc


def encode_msgpack(value: Any, serializer: Callable[[Any], Any] | None = default_serializer) -> bytes:
    """Encode a value as MessagePack.

    Args:
        value: The value to encode.
        serializer: The ``enc_hook`` for types msgspec cannot encode.

    Returns:
        The MessagePack bytes.

    Raises:
        SerializationException: If the value cannot be encoded.
    """
    try:
        return get_msgpack_encoder(serializer or default_serializer).encode(value)
    except (TypeError, msgspec.EncodeError) as exc:
        raise SerializationException(str(exc)) from exc


_json_any_decoder: Final = msgspec.json.Decoder()
_msgpack_any_decoder: Final = msgspec.msgpack.Decoder()


def decode_json(
    value: str | bytes,
    target_type: type[T] | EmptyType = Empty,
    type_decoders: TypeDecodersSequence | None = None,
    strict: bool = True,
) -> Any:
    """Decode JSON, optionally validating and converting into ``target_type``.

    Args:
        value: The JSON text.
        target_type: The type to decode into; untyped decoding when omitted.
        type_decoders: ``(predicate, decoder)`` pairs for types msgspec does not support.
        strict: Whether to refuse lax conversions such as ``"1"`` -> ``1``.

    Returns:
        The decoded value.

    Raises:
        SerializationException: If the input is malformed or does not match the type.
    """
    try:
        if target_type is Empty:
            return _json_any_decoder.decode(value)
        return get_json_decoder(target_type, type_decoders, strict).decode(value)
    except msgspec.DecodeError as exc:
        raise SerializationException(str(exc)) from exc


def decode_msgpack(
    value: bytes,
    target_type: type[T] | EmptyType = Empty,
    type_decoders: TypeDecodersSequence | None = None,
    strict: bool = True,
) -> Any:
    """Decode MessagePack, optionally validating and converting into ``target_type``.

    Args:
        value: The MessagePack bytes.
        target_type: The type to decode into; untyped decoding when omitted.
        type_decoders: ``(predicate, decoder)`` pairs for types msgspec does not support.
        strict: Whether to refuse lax conversions.

    Returns:
        The decoded value.

    Raises:
        SerializationException: If the input is malformed or does not match the type.
    """
    try:
        if target_type is Empty:
            return _msgpack_any_decoder.decode(value)
        return get_msgpack_decoder(target_type, type_decoders, strict).decode(value)
    except msgspec.DecodeError as exc:
        raise SerializationException(str(exc)) from exc
