"""``Callback``: expression -> path item of an out-of-band request the API makes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from litestar.openapi.spec.path_item import PathItem
    from litestar.openapi.spec.reference import Reference

__all__ = ("Callback",)

Callback = dict[str, Union["PathItem", "Reference"]]
"""A runtime expression -> the path item describing the callback request."""
