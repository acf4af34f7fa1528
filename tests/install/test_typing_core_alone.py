"""``mypy --strict`` over a user's app passes in a venv holding litestar-core alone.

Core names no module of another distribution, not even for typing: annotations that
stand for another piece's objects use core's own Protocols. If core named, say,
``litestar.di.Provide`` under ``TYPE_CHECKING``, mypy would report an unresolvable
import inside the installed package as soon as the user's file used that annotation.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest
from _import_file import import_file

pytestmark = pytest.mark.install

USER_APP = Path(__file__).resolve().parent / "typing" / "core_user_app.py"
OTHER_PIECES: tuple[str, ...] = import_file(
    "import_graph_script", Path(__file__).resolve().parents[2] / "scripts" / "import_graph.py"
).OTHER_PIECES
"""Modules of other distributions (spec/MODULES.md): core alone must never need them.

The same list ``scripts/import_graph.py`` checks core's imports against."""


def test_mypy_strict_passes_over_a_user_app_with_core_alone(
    make_venv: Callable[..., Path], tmp_path: Path
) -> None:
    """The user app type-checks, and the installed core reports no error of its own."""
    python = make_venv("litestar-core")
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv is not None
    # The workspace's mypy version: the installer finds it in its cache.
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), f"mypy=={version('mypy')}"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    target = tmp_path / "app.py"
    target.write_text(USER_APP.read_text())
    result = subprocess.run(
        [str(python), "-m", "mypy", "--strict", "--no-incremental", str(target)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout
    # mypy keeps quiet about errors inside installed packages, so check core itself too:
    # an import of another piece's module would be reported here as not found.
    config = tmp_path / "mypy.ini"
    config.write_text(_CORE_CONFIG)
    result = subprocess.run(
        [str(python), "-m", "mypy", "--config-file", str(config), "--no-incremental", "-p", "litestar"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert _unexpected(errors) == [], result.stdout


_CORE_CONFIG = """\
[mypy]
strict = True
# Optional third-party libraries (redis, click, rich, uvicorn...) are absent on purpose:
# their imports, and what follows from their types being unknown, are not core's errors.
ignore_missing_imports = True
disallow_untyped_decorators = False
disallow_subclassing_any = False
warn_unused_ignores = False

# ...but a missing litestar module is: core alone must resolve every module it names.
[mypy-litestar.*]
ignore_missing_imports = False
"""


def _unexpected(errors: list[str]) -> list[str]:
    """The errors that are not about an optional third-party library being absent.

    Core's optional integrations (redis channels, the click CLI) import libraries that
    this venv lacks on purpose, and some libraries ship no type information; those
    imports, and the ``type: ignore`` comments that are unused without the library, are
    expected. Any other error, and above all a missing
    ``litestar.*`` module of another distribution, is not.
    """
    unexpected = []
    for line in errors:
        missing = re.search(r'module named "([\w.]+)"', line)
        if "[import-not-found]" in line and missing and not missing.group(1).startswith(OTHER_PIECES):
            continue
        if "[unused-ignore]" in line or "[import-untyped]" in line:
            continue
        unexpected.append(line)
    return unexpected
