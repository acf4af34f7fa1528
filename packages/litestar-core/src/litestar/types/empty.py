"""The ``Empty`` sentinel: "no value was given", distinct from an explicit ``None``.

``None`` is often a meaningful user value (``default=None``, ``dto=None`` to disable a
DTO), so layered settings need a second marker meaning "not set here, inherit it".
A one-member enum is used so that ``value is Empty`` narrows ``EmptyType`` for type
checkers.
"""

from __future__ import annotations

from enum import Enum
from typing import Final, Literal

__all__ = ("Empty", "EmptyType")


class _EmptyEnum(Enum):
    """A sentinel enum used as a placeholder."""

    EMPTY = 0


EmptyType = Literal[_EmptyEnum.EMPTY]
"""The type of :data:`Empty`, usable in annotations (``int | EmptyType``)."""

Empty: Final = _EmptyEnum.EMPTY
"""The sentinel meaning "no value was provided"."""
