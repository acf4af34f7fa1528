"""The click flavour of the CLI: ``rich_click`` when installed (rich help panels), else ``click``.

Every CLI module imports click through here, so the choice is made once.
"""

from __future__ import annotations

from typing import Any

from litestar.exceptions.base_exceptions import MissingDependencyException

__all__ = ("Group", "click", "rich_available")

try:
    import click
except ImportError as exc:  # pragma: no cover - exercised by the wheel-install tests
    if exc.name != "click":
        raise
    raise MissingDependencyException("click", extra="cli") from exc

rich_available: bool
"""Whether ``rich``/``rich_click`` are installed (tables, trees and coloured help)."""

try:
    import rich_click

    Group: Any = rich_click.RichGroup
    rich_available = True
except ImportError:  # pragma: no cover - exercised by the wheel-install tests
    Group = click.Group
    rich_available = False
