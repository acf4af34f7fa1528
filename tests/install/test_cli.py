"""The ``litestar`` console script from wheels: with the ``cli`` extra, and without click."""

from __future__ import annotations

import os
import statistics
import subprocess
import textwrap
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from _child_processes import logged_server, server_port

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


def _body(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bytes(response.read())
    except OSError:
        return b""


def _wait_for(url: str, expected: bytes, timeout: float = 60) -> float:
    started = time.monotonic()
    while _body(url) != expected:
        assert time.monotonic() - started < timeout, f"no {expected!r} after {timeout} s"
        time.sleep(0.01)
    return time.monotonic() - started


def test_run_reload_from_wheels(make_venv: Callable[..., Path], tmp_path: Path) -> None:
    """``litestar[cli]``: ``run --reload`` serves, and restarts within 2 s of a change (median)."""
    python = make_venv("litestar-core[cli,standard]")
    project = tmp_path / "project"
    project.mkdir()
    source = _APP.replace("/hello", "/").replace('"hi"', '"V0"')
    (project / "app.py").write_text(source)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    log = tmp_path / "server.log"
    command = [str(python.with_name("litestar")), "run", "--reload", "--port", "0"]
    with logged_server(command, cwd=project, env=env, log=log):
        url = f"http://127.0.0.1:{server_port(log, timeout=60)}/"
        _wait_for(url, b"V0")
        # The watcher starts shortly after the first server process: write until it reacts.
        deadline = time.monotonic() + 30
        while _body(url) != b"V1":
            assert time.monotonic() < deadline
            (project / "app.py").write_text(source.replace('"V0"', '"V1"'))
            time.sleep(1)
        took = []
        for number in range(2, 5):
            time.sleep(0.5)
            (project / "app.py").write_text(source.replace('"V0"', f'"V{number}"'))
            took.append(_wait_for(url, f"V{number}".encode()))
        assert statistics.median(took) <= 2.0, took
