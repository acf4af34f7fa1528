"""Fixtures for the ecosystem tests: the two cached venvs, created once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from _ecosystem import ours_venv, reference_venv


@pytest.fixture(scope="session")
def ours_python() -> Path:
    """The python of a venv with our wheels and every third-party package under test."""
    return ours_venv()


@pytest.fixture(scope="session")
def reference_python() -> Path:
    """The python of a venv with litestar 2.17.0 and every third-party package under test."""
    return reference_venv()
