"""Names third-party CLI extensions import from here, as they did from litestar 2.17.

Kept for third-party packages: advanced-alchemy and litestar-users build command groups
on ``LitestarGroup``; litestar-granian's ``run`` takes ``LitestarEnv`` from the context,
calls ``create_ssl_files``, ``isatty`` and ``show_app_info``; litestar-saq prints its
worker table with ``_format_is_enabled``; litestar-vite raises ``LitestarCLIException``;
all of them print through ``console``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from litestar.cli._click import rich_available
from litestar.cli._env import LitestarEnv
from litestar.cli._errors import LitestarCLIException
from litestar.cli._render import print_table
from litestar.cli._ssl import create_ssl_files
from litestar.cli.commands.core import _info_rows
from litestar.cli.main import LitestarGroup

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = (
    "LitestarCLIException",
    "LitestarEnv",
    "LitestarGroup",
    "_format_is_enabled",
    "console",
    "create_ssl_files",
    "isatty",
    "show_app_info",
)


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


def isatty() -> bool:
    """Whether standard output is a terminal (banners and tables are shown only then)."""
    return sys.stdout.isatty()


def _format_is_enabled(value: Any) -> str:
    """``Enabled`` in green for a truthy value, ``Disabled`` in red otherwise (rich markup)."""
    return "[green]Enabled[/]" if value else "[red]Disabled[/]"


def show_app_info(app: Litestar) -> None:
    """Print the table ``litestar info`` prints for ``app``.

    Args:
        app: The app.
    """
    print_table(_info_rows(app))
