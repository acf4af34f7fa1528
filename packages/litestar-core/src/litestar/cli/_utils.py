"""Names third-party CLI extensions import from here, as they did from litestar 2.17.

``advanced-alchemy`` (the SQLAlchemy integration) builds its ``database`` command group
on ``LitestarGroup`` and prints through ``console``.
"""

from __future__ import annotations

from typing import Any

from litestar.cli._click import rich_available
from litestar.cli.main import LitestarGroup

__all__ = ("LitestarGroup", "console")


def _console() -> Any:
    if rich_available:
        from rich.console import Console

        return Console()
    import click

    class _Echo:
        """Prints like ``rich.console.Console.print`` when rich is missing."""

        def print(self, *objects: Any, **_: Any) -> None:
            click.echo(" ".join(str(o) for o in objects))

        def rule(self, title: str = "", **_: Any) -> None:
            click.echo(title)

    return _Echo()


console = _console()
"""Where CLI extensions print (a ``rich`` console when rich is installed)."""
