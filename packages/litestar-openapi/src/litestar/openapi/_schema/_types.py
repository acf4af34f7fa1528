"""Annotation helpers: take ``Annotated``, unions, generics and model classes apart."""

from __future__ import annotations

import datetime
import decimal
import enum
import ipaddress
import pathlib
import re
import types
import typing
import uuid
from collections import abc, defaultdict, deque
from typing import Any, Union, get_args, get_origin

import msgspec
from litestar.openapi.spec import OpenAPIFormat, OpenAPIType, Schema

__all__ = (
    "ARRAY_ORIGINS",
    "MAPPING_ORIGINS",
    "NONE_TYPE",
    "is_attrs_class",
    "is_typeddict",
    "is_union",
    "scalar_schema",
)

NONE_TYPE = type(None)

ARRAY_ORIGINS: frozenset[Any] = frozenset(
    {
        list,
        set,
        frozenset,
        deque,
        tuple,
        abc.Sequence,
        abc.MutableSequence,
        abc.Set,
        abc.MutableSet,
        abc.Collection,
        abc.Iterable,
        abc.Iterator,
        abc.Generator,
        abc.AsyncIterable,
        abc.AsyncIterator,
        abc.AsyncGenerator,
        abc.KeysView,
        abc.ValuesView,
    }
)
"""Origins documented as ``array``."""

MAPPING_ORIGINS: frozenset[Any] = frozenset(
    {dict, abc.Mapping, abc.MutableMapping, defaultdict, typing.OrderedDict}
)
"""Origins documented as ``object`` with ``additionalProperties``."""

_SCALARS: tuple[tuple[type, Schema], ...] = (
    (bool, Schema(type=OpenAPIType.BOOLEAN)),
    (int, Schema(type=OpenAPIType.INTEGER)),
    (float, Schema(type=OpenAPIType.NUMBER)),
    (decimal.Decimal, Schema(type=OpenAPIType.NUMBER)),
    (str, Schema(type=OpenAPIType.STRING)),
    (bytes, Schema(type=OpenAPIType.STRING)),
    (bytearray, Schema(type=OpenAPIType.STRING)),
    (datetime.datetime, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DATE_TIME)),
    (datetime.date, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DATE)),
    # Litestar 2.17 documents ``time`` with the ``duration`` format; kept for identical output.
    (datetime.time, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DURATION)),
    (datetime.timedelta, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DURATION)),
    (uuid.UUID, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.UUID)),
    (pathlib.PurePath, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.URI)),
    (ipaddress.IPv4Address, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV4)),
    (ipaddress.IPv4Interface, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV4)),
    (ipaddress.IPv4Network, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV4)),
    (ipaddress.IPv6Address, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV6)),
    (ipaddress.IPv6Interface, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV6)),
    (ipaddress.IPv6Network, Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.IPV6)),
)

_EXACT: dict[Any, Schema] = {t: s for t, s in _SCALARS}
_EXACT[re.Pattern] = Schema()
_EXACT[msgspec.Raw] = Schema()


def scalar_schema(annotation: Any) -> Schema | None:
    """A fresh schema for a scalar type (``int``, ``datetime``, ``UUID``...), else ``None``."""
    found = _EXACT.get(annotation)
    if found is None and isinstance(annotation, type) and not issubclass(annotation, enum.Enum):
        for kind, schema in _SCALARS:
            if issubclass(annotation, kind):
                found = schema
                break
    if found is None:
        return None
    return Schema(type=found.type, format=found.format)


def is_union(annotation: Any) -> bool:
    """Whether the annotation is ``A | B`` or ``Union[A, B]``."""
    origin = get_origin(annotation)
    return origin is Union or origin is types.UnionType


def is_typeddict(annotation: Any) -> bool:
    """Whether the annotation is a ``TypedDict`` class."""
    return isinstance(annotation, type) and issubclass(annotation, dict) and hasattr(annotation, "__total__")


def is_attrs_class(annotation: Any) -> bool:
    """Whether the annotation is an attrs class (without importing attrs when it is absent)."""
    return isinstance(annotation, type) and hasattr(annotation, "__attrs_attrs__")


def unwrap_new_type(annotation: Any) -> Any:
    """Follow ``NewType`` chains to the underlying type."""
    while hasattr(annotation, "__supertype__"):
        annotation = annotation.__supertype__
    return annotation


def literal_values(annotation: Any) -> list[Any]:
    """Flatten a (possibly nested) ``Literal`` into its values."""
    values: list[Any] = []
    for arg in get_args(annotation):
        if get_origin(arg) is typing.Literal:
            values.extend(literal_values(arg))
        else:
            values.append(arg)
    return values
