"""The ``litestar`` command group.

Commands that need the app find it lazily (``litestar version`` and ``--help`` work
anywhere). Before a command is looked up, plugins of the app that implement
:class:`~litestar.plugins.CLIPluginProtocol` add their commands (replacing a built-in
one of the same name, as litestar-granian's ``run`` does), and so do packages
registering a click command in the ``litestar.commands`` entry point group. Commands
added to a :class:`LitestarGroup` receive ``app`` and ``ctx`` when their callback names
them (:mod:`litestar.cli._inject`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar.cli._click import Group, click
from litestar.cli._context import CLIContext
from litestar.cli._inject import inject_app_and_context
from litestar.cli.commands.core import info_command, routes_command, run_command, version_command
from litestar.cli.commands.schema import schema_group
from litestar.cli.commands.sessions import sessions_group

__all__ = ("LitestarGroup", "litestar_group")

_HELP = """Litestar CLI.

The application is discovered automatically if it is in one of these canonical paths:
'app.py', 'asgi.py', 'application.py' or 'app/__init__.py'. When auto-discovering application
factories, functions with the name 'create_app' are considered, or functions that are annotated
as returning a 'Litestar' instance.

Alternatively, the application can be specified explicitly via the '--app' option
('litestar --app=<module name>.<submodule>:<app instance or factory>') or the 'LITESTAR_APP'
environment variable of the same name.
"""


class LitestarGroup(Group):  # type: ignore[misc]
    """A group that lets the app's CLI plugins and installed packages add commands."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Add a command, handing it ``app``/``ctx`` if its callback names them."""
        super().add_command(inject_app_and_context(cmd), name)

    def _extend(self, ctx: click.Context, *, quiet: bool) -> None:
        meta = ctx.meta
        if meta.get("litestar.extended"):
            return
        meta["litestar.extended"] = True
        _add_entry_point_commands(self)
        obj = ctx.find_object(CLIContext)
        if obj is None:
            # Commands are looked up before the group's callback runs.
            obj = ctx.obj = CLIContext(ctx.params.get("app_path"), ctx.params.get("app_dir"))
        try:
            app = obj.app
        except click.ClickException:
            if quiet:
                return
            raise
        for plugin in app.plugins:
            on_cli_init = getattr(plugin, "on_cli_init", None)
            if on_cli_init is not None:
                on_cli_init(self)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Find a command once the app's plugins have added theirs (they may replace one)."""
        if not ctx.resilient_parsing:
            self._extend(ctx, quiet=super().get_command(ctx, cmd_name) is not None)
        return super().get_command(ctx, cmd_name)  # type: ignore[no-any-return]

    def list_commands(self, ctx: click.Context) -> list[str]:
        """List the commands, with those of plugins when an app is found."""
        self._extend(ctx, quiet=True)
        return super().list_commands(ctx)  # type: ignore[no-any-return]


def _add_entry_point_commands(group: click.Group) -> None:
    from importlib.metadata import entry_points

    for entry_point in entry_points(group="litestar.commands"):
        command = entry_point.load()
        if isinstance(command, click.Command) and command.name not in group.commands:
            group.add_command(command, entry_point.name)


@click.group(
    cls=LitestarGroup, name="litestar", help=_HELP, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option("--app", "app_path", help="Module path to a Litestar application")
@click.option(
    "--app-dir",
    help="Look for APP in the specified directory, by adding this to the PYTHONPATH. Defaults to the current "
    "working directory.",
    default=None,
    type=click.Path(dir_okay=True, file_okay=False, path_type=Path),
    show_default=False,
)
@click.pass_context
def litestar_group(ctx: click.Context, app_path: str | None, app_dir: Path | None = None) -> None:
    """Litestar CLI."""
    if ctx.obj is None:
        ctx.obj = CLIContext(app_path, app_dir)


litestar_group.add_command(info_command)
litestar_group.add_command(routes_command)
litestar_group.add_command(run_command)
litestar_group.add_command(version_command)
litestar_group.add_command(schema_group)
litestar_group.add_command(sessions_group)


def run_cli(args: Any = None) -> None:
    """Run the ``litestar`` command (the console script's entry point).

    Args:
        args: Command line arguments; ``sys.argv[1:]`` by default.
    """
    litestar_group(args=args)
