"""Wrong calls of the typed public API fail under mypy --strict and pyright (issue: typed decorators)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TARGET = HERE / "wrong_calls.py"


def _expected_lines() -> set[int]:
    lines = TARGET.read_text().splitlines()
    return {number for number, line in enumerate(lines, 1) if line.rstrip().endswith("# expect-error")}


def test_mypy_rejects_exactly_the_marked_calls(tmp_path: Path) -> None:
    """mypy --strict reports an error on every marked line and on no other line."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path),
            "--no-error-summary",
            str(TARGET),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found = {
        int(match.group(1))
        for match in re.finditer(r"wrong_calls\.py:(\d+): error:", result.stdout + result.stderr)
    }
    assert found == _expected_lines()


def _pyright() -> list[str]:
    executable = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if executable is None:
        pytest.skip("pyright is not installed in this environment (dev dependency group)")
    return [executable]


def test_pyright_rejects_exactly_the_marked_calls() -> None:
    """pyright reports an error on every marked line and on no other line."""
    result = subprocess.run(
        [*_pyright(), "--outputjson", "--pythonpath", sys.executable, str(TARGET)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    found = {
        diagnostic["range"]["start"]["line"] + 1
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    }
    assert found == _expected_lines()
