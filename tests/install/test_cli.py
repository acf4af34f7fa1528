"""The ``litestar`` console script from wheels: with the ``cli`` extra, and without click."""

from __future__ import annotations

import os
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

_APP = textwrap.dedent(
    """
    from litestar import Litestar, get

    @get("/hello")
    async def hello() -> str:
        return "hi"

    app = Litestar([hello])
    """
)


def _litestar(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python.with_name("litestar")), *args],
        cwd=cwd,
        env={
            **{k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")},
            "COLUMNS": "120",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_extra_gives_the_litestar_command(make_venv: Callable[..., Path], tmp_path: Path) -> None:
    """``pip install 'litestar-core[cli]'``: version, routes and info work on a discovered app."""
    python = make_venv("litestar-core[cli]")
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text(_APP)
    assert _litestar(python, project, "version").stdout == "2.17.0final0\n"
    routes = _litestar(python, project, "routes")
    assert routes.returncode == 0, routes.stderr
    assert routes.stdout.splitlines()[:2] == ["/hello (HTTP)", "├── hello async GET"]
    info = _litestar(python, project, "info")
    assert "Litestar version" in info.stdout
    run = _litestar(python, project, "run", "--help")
    assert "--reload" in run.stdout


def test_core_alone_names_the_cli_extra(make_venv: Callable[..., Path], tmp_path: Path) -> None:
    """Without click the command exits with the install line instead of a traceback."""
    python = make_venv("litestar-core")
    result = _litestar(python, tmp_path, "version")
    assert result.returncode == 1
    assert "pip install 'litestar[cli]'" in result.stderr
    assert "Traceback" not in result.stderr
