"""Aliases naming the kinds of values the serializers can encode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from collections import deque
    from collections.abc import Collection
    from datetime import date, datetime, time
    from decimal import Decimal
    from enum import Enum, IntEnum
    from ipaddress import (
        IPv4Address,
        IPv4Interface,
        IPv4Network,
        IPv6Address,
        IPv6Interface,
        IPv6Network,
    )
    from pathlib import Path, PurePath
    from re import Pattern
    from uuid import UUID

    from msgspec import Raw, Struct
    from msgspec.msgpack import Ext

    from litestar.types.builtin_types import TypedDictClass
    from litestar.types.protocols import DataclassProtocol

    BaseModel = Struct  # NOTE: stand-ins so the aliases resolve without pydantic/attrs
    AttrsInstance = DataclassProtocol

__all__ = (
    "DataContainerType",
    "EncodableBuiltinCollectionType",
    "EncodableBuiltinType",
    "EncodableMsgSpecType",
    "EncodableStdLibIPType",
    "EncodableStdLibType",
    "LitestarEncodableType",
)

EncodableBuiltinType: TypeAlias = "bool | int | float | str | bytes | bytearray | None"
EncodableBuiltinCollectionType: TypeAlias = (
    "list[Any] | tuple[Any, ...] | set[Any] | frozenset[Any] | dict[Any, Any] | Collection[Any]"
)
EncodableStdLibType: TypeAlias = (
    "date | datetime | deque[Any] | time | UUID | Decimal | Enum | IntEnum | DataclassProtocol | Path | PurePath | "
    "Pattern[str]"
)
EncodableStdLibIPType: TypeAlias = (
    "IPv4Address | IPv4Interface | IPv4Network | IPv6Address | IPv6Interface | IPv6Network"
)
EncodableMsgSpecType: TypeAlias = "Ext | Raw | Struct"
LitestarEncodableType: TypeAlias = (
    "EncodableBuiltinType | EncodableBuiltinCollectionType | EncodableStdLibType | EncodableStdLibIPType | "
    "EncodableMsgSpecType | BaseModel | AttrsInstance"
)
DataContainerType: TypeAlias = "Struct | BaseModel | AttrsInstance | TypedDictClass | DataclassProtocol"
