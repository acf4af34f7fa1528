"""Type aliases of the DTO configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal

__all__ = ("RenameStrategy",)

# NOTE: a string, as in 2.17 (where it is spelled under ``from __future__ import annotations``):
# it only ever appears in annotations.
RenameStrategy: TypeAlias = 'Literal["lower", "upper", "camel", "pascal", "kebab"] | Callable[[str], str]'
"""How field names are renamed on the wire: a named strategy or a function of the name."""
