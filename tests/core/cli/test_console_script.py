"""The ``litestar`` console script as a user runs it: a subprocess in the project directory.

``test_commands.py`` covers each command's options in-process; this file proves the
installed script prints the same, and that installed packages and app plugins add their
command groups to it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_LITESTAR = str(Path(sys.executable).with_name("litestar"))

_APP = textwrap.dedent(
    """
    import functools
    from typing import Any
    import click
    from litestar import Controller, Litestar, Router, get, post, websocket
    from litestar.connection import ASGIConnection, WebSocket
    from litestar.plugins import CLIPluginProtocol

    def staff_only(connection: ASGIConnection, handler: Any) -> None:
        pass

    def has_role(connection: ASGIConnection, handler: Any, role: str) -> None:
        pass

    class RateGuard:
        def __call__(self, connection: ASGIConnection, handler: Any) -> None:
            pass

    @get("/")
    async def index() -> str:
        return "hi"

    class Orders(Controller):
        path = "/orders"
        guards = [staff_only]

        @get("/{order_id:int}", guards=[functools.partial(has_role, role="clerk")])
        async def get_order(self, order_id: int) -> dict:
            return {"id": order_id}

        @post("/", guards=[RateGuard()], sync_to_thread=False)
        def create_order(self, data: dict) -> dict:
            return data

    @websocket("/live")
    async def live(socket: WebSocket) -> None:
        await socket.accept()

    class ReportsPlugin(CLIPluginProtocol):
        def on_cli_init(self, cli: click.Group) -> None:
            @cli.group(name="reports")
            def reports() -> None:
                "Reports about the app."

            @reports.command(name="count")
            @click.pass_obj
            def count(env) -> None:
                click.echo(" ".join(sorted(r.path for r in env.app.routes if r.path.startswith("/orders"))))

    app = Litestar(
        [index, Orders, live, Router("/admin", route_handlers=[index], guards=[staff_only])],
        plugins=[ReportsPlugin()],
    )
    """
)

_ENTRY_POINT_COMMAND = textwrap.dedent(
    """
    import click

    @click.group(name="jobs")
    def jobs() -> None:
        "Background jobs."

    @jobs.command(name="list")
    def list_jobs() -> None:
        click.echo("no jobs")
    """
)


def _litestar(project: Path, *args: str, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LITESTAR_")}
    env["COLUMNS"] = "120"
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_path), env.get("PYTHONPATH")]))
    return subprocess.run(
        [_LITESTAR, *args], cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    directory = tmp_path / "project"
    directory.mkdir()
    (directory / "app.py").write_text(_APP)
    return directory


def test_routes_prints_methods_handlers_and_layered_guards(project: Path) -> None:
    result = _litestar(project, "routes")
    assert result.returncode == 0, result.stderr
    assert result.stdout == textwrap.dedent(
        """\
        / (HTTP)
        ├── index async GET
        └── options_handler sync OPTIONS
        /admin (HTTP)
        ├── index async GET guards: staff_only
        └── options_handler sync OPTIONS
        /live (WS)
        └── live async
        /orders (HTTP)
        ├── create_order sync POST guards: staff_only, RateGuard
        └── options_handler sync OPTIONS
        /orders/{order_id:int} (HTTP)
        ├── get_order async GET guards: staff_only, has_role(role='clerk')
        └── options_handler sync OPTIONS
        """
    )
    excluded = _litestar(project, "routes", "--exclude", "^/orders", "--exclude", "admin")
    assert [line for line in excluded.stdout.splitlines() if line[0] not in "├└"] == [
        "/ (HTTP)",
        "/live (WS)",
    ]


def test_info_and_version(project: Path) -> None:
    info = _litestar(project, "info")
    assert info.returncode == 0, info.stderr
    words = " ".join(info.stdout.replace("│", " ").split())
    assert "Litestar version 2.17.0" in words
    assert "Debug mode Disabled" in words
    assert _litestar(project, "version").stdout == "2.17.0final0\n"
    assert _litestar(project, "version", "--short").stdout == "2.17.0\n"


@pytest.mark.parametrize("output", ["openapi.json", "openapi.yaml"])
def test_schema_openapi_writes_the_document(project: Path, output: str) -> None:
    result = _litestar(project, "schema", "openapi", "--output", output)
    assert result.returncode == 0, result.stderr
    text = (project / output).read_text()
    if output.endswith(".json"):
        document = json.loads(text)
    else:
        import yaml

        document = yaml.safe_load(text)
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {"/", "/admin", "/orders", "/orders/{order_id}"}


def test_an_app_plugin_adds_a_command_group(project: Path) -> None:
    result = _litestar(project, "reports", "count")
    assert (result.returncode, result.stdout) == (0, "/orders /orders/{order_id:int}\n"), result.stderr
    assert "reports" in _litestar(project, "--help").stdout


def test_an_installed_package_adds_a_command_group(project: Path, tmp_path: Path) -> None:
    """A distribution registering a click group in the ``litestar.commands`` entry points."""
    site = tmp_path / "site"
    (site / "jobs_cli-1.0.dist-info").mkdir(parents=True)
    (site / "jobs_cli.py").write_text(_ENTRY_POINT_COMMAND)
    (site / "jobs_cli-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jobs-cli\nVersion: 1.0\n"
    )
    (site / "jobs_cli-1.0.dist-info" / "entry_points.txt").write_text(
        "[litestar.commands]\njobs = jobs_cli:jobs\n"
    )
    result = _litestar(project, "jobs", "list", extra_path=site)
    assert (result.returncode, result.stdout) == (0, "no jobs\n"), result.stderr
    assert "jobs" in _litestar(project, "--help", extra_path=site).stdout
    missing = _litestar(project, "jobs", "list")
    assert missing.returncode == 2
    assert "No such command" in missing.stderr
