"""URL path normalisation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ("join_paths", "normalize_path")

_MULTI_SLASH: Final = re.compile("//+")


def normalize_path(path: str) -> str:
    """Return ``path`` with one leading slash, no trailing slash and no ``//``.

    Args:
        path: A URL path.

    Returns:
        The normalised path; ``"/"`` for the root.
    """
    if path and path[0] != "/":
        path = "/" + path
    if "//" in path:
        path = _MULTI_SLASH.sub("/", path)
    if len(path) > 1 and path[-1] == "/":
        path = path[:-1]
    return path or "/"


def join_paths(paths: Iterable[str]) -> str:
    """Join URL path fragments into one normalised path.

    Args:
        paths: The fragments, e.g. ``["/api", "items/"]``.

    Returns:
        The joined path, e.g. ``"/api/items"``.
    """
    return normalize_path("/".join(paths))
