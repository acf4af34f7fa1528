"""Fixtures for the install tests: wheels built once per session, fresh venvs per subset."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _child_processes import clean_env, uv_path

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).resolve().parent / "scripts"
TIMEOUT = 600


def _run(args: list[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise AssertionError(
            f"command failed ({result.returncode}): {' '.join(args)}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
        )
    return result


def _member_versions() -> dict[str, str]:
    """Map every distribution name under packages/ to its version."""
    versions = {}
    for pyproject in sorted(REPO.glob("packages/*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text())["project"]
        versions[project["name"]] = project["version"]
    return versions


@pytest.fixture(scope="session")
def member_versions() -> dict[str, str]:
    """Every workspace distribution name mapped to its version."""
    return _member_versions()


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build every workspace distribution's wheel once, outside the workspace sources."""
    out = tmp_path_factory.mktemp("wheelhouse")
    _run([uv_path(), "build", "--all-packages", "--no-sources", "--wheel", "-o", str(out)], cwd=REPO)
    wheels = sorted(path.name for path in out.glob("*.whl"))
    expected = sorted(
        f"{name.replace('-', '_')}-{version}-py3-none-any.whl" for name, version in _member_versions().items()
    )
    assert wheels == expected
    return out


VenvFactory = Callable[..., Path]


@pytest.fixture
def make_venv(wheelhouse: Path, tmp_path: Path) -> VenvFactory:
    """Return a factory: ``make_venv("litestar-core", "x[extra]", ...)`` gives a fresh venv's python.

    Each name is pinned to its workspace version, so the installer takes the wheel just
    built (found through ``--find-links``) and never a published one of the same name.
    """
    versions = _member_versions()

    def factory(*names: str) -> Path:
        venv = tmp_path / "venv"
        _run([uv_path(), "venv", "--quiet", "--python", sys.executable, str(venv)])
        python = venv / "bin" / "python"
        # A name may carry extras (``litestar-plugins[jinja]``): pin the distribution part.
        pins = [f"{name}=={versions[name.partition('[')[0]]}" for name in names]
        _run(
            [
                uv_path(),
                "pip",
                "install",
                "--quiet",
                "--python",
                str(python),
                "--find-links",
                str(wheelhouse),
                *pins,
            ]
        )
        return python

    return factory


ScriptRunner = Callable[[Path, str], dict[str, Any]]


@pytest.fixture
def run_script(tmp_path: Path) -> ScriptRunner:
    """Return a runner: ``run_script(python, "x.py")`` runs ``scripts/x.py`` isolated.

    The script runs with ``python -I`` from an empty directory, so nothing from the
    checkout can leak onto its ``sys.path``; it prints one JSON object, which is returned.
    """
    workdir = tmp_path / "run"
    workdir.mkdir()

    def runner(python: Path, script: str) -> dict[str, Any]:
        result = _run([str(python), "-I", str(SCRIPTS / script)], cwd=workdir)
        try:
            output: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
        except (json.JSONDecodeError, IndexError):
            raise AssertionError(f"{script} printed no JSON\n{result.stdout}\n{result.stderr}") from None
        return output

    return runner
