"""``Paths``: path template -> its operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar.openapi.spec.path_item import PathItem

__all__ = ("Paths",)

Paths = dict[str, "PathItem"]
"""Path template (``/pets/{pet_id}``) -> the operations served on it."""
