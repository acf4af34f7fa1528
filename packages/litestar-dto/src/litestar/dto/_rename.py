"""Wire names of fields under a ``rename_strategy``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar.dto.types import RenameStrategy

__all__ = ("rename_field",)


def _split(name: str) -> tuple[str, list[str]]:
    """Split off leading underscores (kept as they are) and the non-empty words."""
    stripped = name.lstrip("_")
    return name[: len(name) - len(stripped)], [word for word in stripped.split("_") if word]


def _camel(name: str) -> str:
    prefix, words = _split(name)
    if not words:
        return name
    return prefix + words[0] + "".join(word.capitalize() for word in words[1:])


def _pascal(name: str) -> str:
    prefix, words = _split(name)
    return prefix + "".join(word.capitalize() for word in words)


def rename_field(name: str, strategy: RenameStrategy) -> str:
    """Return the wire name of ``name`` under ``strategy``.

    Args:
        name: The model field name.
        strategy: A named strategy or a function.

    Returns:
        The wire name.
    """
    if callable(strategy):
        return strategy(name)
    if strategy == "upper":
        return name.upper()
    if strategy == "lower":
        return name.lower()
    if strategy == "camel":
        return _camel(name)
    if strategy == "pascal":
        return _pascal(name)
    if strategy == "kebab":
        return name.replace("_", "-").strip("-")
    raise ValueError(f"Unknown rename strategy {strategy!r}")
