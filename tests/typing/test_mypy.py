"""The public API type-checks under ``mypy --strict`` and reveals the documented types."""

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
            # Imports are followed, so every litestar module the file uses is checked too.
            str(HERE / "public_api.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def test_packages_and_usage_have_no_type_errors(mypy_output: str) -> None:
    """mypy --strict reports no error in any distribution nor in the usage file."""
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
