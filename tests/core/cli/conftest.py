"""Fixtures of the CLI tests: app directories on a clean import state and environment."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def restore_environment() -> Iterator[None]:
    """Undo what a command exports for the processes it starts (``LITESTAR_APP``, ``LITESTAR_DEBUG``, ...).

    ``litestar run`` sets them in ``os.environ`` of the test process; left there, they
    reach every later test of the same worker, and the child processes those start
    (an app run with ``LITESTAR_DEBUG=1`` answers differently).
    """
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


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
