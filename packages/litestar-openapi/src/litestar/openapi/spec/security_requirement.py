"""``SecurityRequirement``: security scheme name -> required scopes."""

from __future__ import annotations

__all__ = ("SecurityRequirement",)

SecurityRequirement = dict[str, list[str]]
"""Name of a security scheme of the components -> the scopes it must grant."""
