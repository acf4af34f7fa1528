"""What the ``--reload`` forkserver inherits: installed code only, never the project's own."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import litestar
import pytest
from litestar.cli._reload import PRELOAD_ENV, preloadable_modules


def _import_from(directory: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (directory / f"{name}.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(directory))
    importlib.import_module(name)
    monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, name, importlib.import_module(name))


def test_installed_and_framework_modules_are_preloaded(tmp_path: Path) -> None:
    names = preloadable_modules([tmp_path])
    assert json.__name__ in names  # standard library
    assert "pytest" in names  # site-packages
    assert "litestar" in names  # the framework, installed or editable
    # What a server process imports on start, although the command did not import it.
    assert "litestar.cli._serve" in names
    assert "uvicorn.protocols.http.auto" in names
    assert "__main__" not in names


def test_project_modules_are_not_preloaded(
    tmp_path: Path, app_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _import_from(app_dir, "watched_module", monkeypatch)
    _import_from(elsewhere, "project_library", monkeypatch)
    names = preloadable_modules([app_dir])
    # Under a watched directory, or neither installed nor part of the framework.
    assert "watched_module" not in names
    assert "project_library" not in names


def test_framework_modules_under_a_watched_directory_are_not_preloaded() -> None:
    source = Path(litestar.__file__).parent
    names = preloadable_modules([source])
    assert "litestar.app" in sys.modules
    assert "litestar.app" not in names
    assert "litestar.cli._serve" not in names
    under_source = [
        name
        for name in names
        if name in sys.modules
        and Path(getattr(sys.modules[name], "__file__", None) or "/")
        .resolve()
        .is_relative_to(source.resolve())
    ]
    assert under_source == []


def test_preload_imports_the_listed_modules_and_survives_a_broken_one(tmp_path: Path) -> None:
    (tmp_path / "broken_module.py").write_text("raise RuntimeError('broken at import')\n")
    (tmp_path / "fine_module.py").write_text("VALUE = 1\n")
    script = (
        "import os, sys\n"
        "import litestar.cli._preload\n"
        "print('fine_module' in sys.modules, 'broken_module' in sys.modules, "
        f"{PRELOAD_ENV!r} in os.environ)\n"
    )
    env = {
        **os.environ,
        PRELOAD_ENV: "broken_module\nmissing_module\nfine_module",
        "PYTHONPATH": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    # The variable is consumed, so the server processes forked afterwards do not see it.
    assert result.stdout.split() == ["True", "False", "False"]
