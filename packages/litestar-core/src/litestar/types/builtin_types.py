"""Builtin types that have no public name in the standard library."""

from __future__ import annotations

from types import NoneType, UnionType
from typing import Any, Final, TypeAlias, Union

from typing_extensions import _TypedDictMeta  # type: ignore[attr-defined]

__all__ = ("NoneType", "TypedDictClass", "UnionType", "UnionTypes")

TypedDictClass: TypeAlias = type[_TypedDictMeta]
"""The class of a ``TypedDict``."""
UnionTypes: Final[set[Any]] = {Union, UnionType}
"""The origins of ``Union[...]`` and ``X | Y`` annotations."""
