"""The public API type-checks under ``mypy --strict`` and reveals the documented types.

This checks the *usage* file only. mypy does not report errors inside installed
packages (the workspace installs the distributions editable), so an error planted in,
say, ``litestar/app.py`` would not show here: the packages themselves are checked by
``scripts/typecheck_merged.sh`` (``mypy --strict`` over every distribution merged
into one tree, as wheels install them) in ``scripts/check``, which CI (``.ci/run``) runs before
the tests, and by tests/install/test_typing_core_alone.py in a venv with core alone.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
_REVEALED = re.compile(r"reveal_type\(.*\)\s+# revealed: (?P<expected>.+)$")


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    cache = tmp_path_factory.mktemp("mypy-cache")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            "--hide-error-context",
            "--no-error-summary",
            # Imports are followed (their types are used), but errors inside the installed
            # packages are not reported: scripts/check covers those.
            str(HERE / "public_api.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def test_usage_file_has_no_type_errors(mypy_output: str) -> None:
    """mypy --strict reports no error in the usage file (the packages: see the module docstring)."""
    errors = [line for line in mypy_output.splitlines() if ": error:" in line]
    assert errors == []


def test_revealed_types_match(mypy_output: str) -> None:
    """Every reveal_type in the usage file shows the type written next to it."""
    notes = {}
    for line in mypy_output.splitlines():
        match = re.match(r".*public_api\.py:(\d+): note: Revealed type is \"(.+)\"$", line)
        if match:
            notes[int(match.group(1))] = match.group(2)
    expected = {}
    for number, line in enumerate((HERE / "public_api.py").read_text().splitlines(), 1):
        found = _REVEALED.search(line)
        if found:
            expected[number] = found.group("expected").strip()
    assert expected, "the usage file has no reveal_type lines"
    assert {n: notes.get(n) for n in expected} == expected
