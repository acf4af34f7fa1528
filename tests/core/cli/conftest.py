"""Fixtures of the CLI tests: app directories on a clean import state."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def app_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty working directory; modules imported from it are forgotten afterwards."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LITESTAR_APP", raising=False)
    monkeypatch.delenv("LITESTAR_APP_DIR", raising=False)
    before = set(sys.modules)
    path_before = list(sys.path)
    yield tmp_path
    for name in set(sys.modules) - before:
        module = sys.modules[name]
        if str(getattr(module, "__file__", "") or "").startswith(str(tmp_path)):
            del sys.modules[name]
    sys.path[:] = path_before


@pytest.fixture(autouse=True)
def _restore_cli_commands() -> Iterator[None]:
    """Plugins add (or replace) commands of the one global group: undo that after each test."""
    from litestar.cli.main import litestar_group

    before = dict(litestar_group.commands)
    yield
    litestar_group.commands.clear()
    litestar_group.commands.update(before)
