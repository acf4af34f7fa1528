"""Internal aliases that name only bottom-floor types (see ``litestar.types.internal_types``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, NamedTuple, TypeAlias

__all__ = ("PathParameterDefinition", "ReservedKwargs")

ReservedKwargs: TypeAlias = Literal["request", "socket", "headers", "query", "cookies", "state", "data"]
"""Handler parameter names with a reserved meaning."""


class PathParameterDefinition(NamedTuple):
    """A parsed ``{name:type}`` path parameter."""

    name: str
    full: str
    type: type
    parser: Callable[[str], Any] | None
