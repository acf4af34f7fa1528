"""Commands of third-party packages: replacing built-ins, receiving ``app`` and ``ctx``.

litestar-granian's ``run`` replaces the built-in one and reads ``ctx.obj`` like 2.17's
``LitestarEnv``; litestar-saq's ``workers run`` and litestar-vite's ``assets`` commands
are plain callbacks taking ``app``. Observed on litestar 2.17.0: root commands and the
commands of a ``LitestarGroup`` get ``app``/``ctx``, those of a plain click group do not.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from litestar.cli import litestar_group

_APP = textwrap.dedent(
    """
    import click
    from litestar import Litestar, get
    from litestar.cli._utils import LitestarGroup
    from litestar.plugins import CLIPluginProtocol


    @click.command(name="run")
    @click.option("--port", default=1)
    def run(app, ctx, port):
        env = ctx.obj() if callable(ctx.obj) else ctx.obj
        click.echo(f"plugin run {port} {type(app).__name__} {env.app is app} {env.app_path} {env.is_app_factory}")
        click.echo(f"cwd={env.cwd.name} host={env.host} port={env.port}")


    @click.group(cls=LitestarGroup, name="workers")
    def workers():
        "Manage workers."


    @workers.command(name="status")
    def status(app):
        click.echo(f"status of {type(app).__name__} serving {[r.path for r in app.routes][0]}")


    @workers.command(name="ctx")
    @click.pass_context
    def with_context(ctx, app):
        click.echo(f"ctx {isinstance(ctx, click.Context)} {type(app).__name__}")


    @click.group(name="plain")
    def plain():
        "A plain click group."


    @plain.command(name="sub")
    def sub(app):
        click.echo("unreachable")


    class Plugin(CLIPluginProtocol):
        def on_cli_init(self, cli):
            cli.add_command(run)
            cli.add_command(workers)
            cli.add_command(plain)


    @get("/")
    async def index() -> str:
        return "x"


    app = Litestar([index], plugins=[Plugin()])


    def create_app() -> Litestar:
        return app
    """
)


@pytest.fixture
def plugin_app(app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (app_dir / "plugged.py").write_text(_APP)
    monkeypatch.delenv("LITESTAR_HOST", raising=False)
    monkeypatch.delenv("LITESTAR_PORT", raising=False)
    return app_dir


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(litestar_group, list(args), catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return 1, f"{type(result.exception).__name__}: {result.exception}"
    return result.exit_code, result.output


def test_a_plugin_command_replaces_the_built_in_one(plugin_app: Path) -> None:
    code, output = _invoke("--app", "plugged:app", "run", "--port", "7")
    assert code == 0, output
    assert output.splitlines() == [
        "plugin run 7 Litestar True plugged:app False",
        f"cwd={plugin_app.name} host=None port=None",
    ]


def test_ctx_obj_names_a_factory_and_the_exported_host_and_port(
    plugin_app: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LITESTAR_HOST", "10.1.2.3")
    monkeypatch.setenv("LITESTAR_PORT", "9000")
    code, output = _invoke("--app", "plugged:create_app", "run")
    assert code == 0, output
    assert output.splitlines() == [
        "plugin run 1 Litestar True plugged:create_app True",
        f"cwd={plugin_app.name} host=10.1.2.3 port=9000",
    ]


def test_commands_of_a_litestar_group_receive_the_app(plugin_app: Path) -> None:
    assert _invoke("--app", "plugged:app", "workers", "status") == (0, "status of Litestar serving /\n")


def test_pass_context_commands_get_the_context_once(plugin_app: Path) -> None:
    assert _invoke("--app", "plugged:app", "workers", "ctx") == (0, "ctx True Litestar\n")


def test_commands_of_a_plain_click_group_get_nothing(plugin_app: Path) -> None:
    code, output = _invoke("--app", "plugged:app", "plain", "sub")
    assert code == 1
    assert "missing 1 required positional argument: 'app'" in output


def test_version_works_with_plugins_and_without_an_app(app_dir: Path) -> None:
    code, output = _invoke("version")
    assert code == 0
    assert output.strip()
