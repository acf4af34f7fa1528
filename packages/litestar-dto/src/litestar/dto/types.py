"""Type aliases of the DTO configuration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeAlias

__all__ = ("RenameStrategy",)

RenameStrategy: TypeAlias = Literal["lower", "upper", "camel", "pascal", "kebab"] | Callable[[str], str]
"""How field names are renamed on the wire: a named strategy or a function of the name."""
