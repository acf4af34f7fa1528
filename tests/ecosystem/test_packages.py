"""Each third-party package's app runs on litestar 2.17.0 and on ours, unchanged.

An app is a script under ``apps/`` that drives its package's main feature through the
test client (or a real server) and prints ``OK``. Running it against the published
release proves the app tests the package; running it against our wheels is the test.
Packages that do not run on ours yet are expected failures naming what is missing, so
the day one starts passing the strict xfail says so.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from _child_processes import clean_env
from _ecosystem import APPS, PACKAGES

pytestmark = pytest.mark.ecosystem

APP_TIMEOUT = 180

NOT_YET_ON_OURS: dict[str, str] = {}
"""Package -> what ours still lacks for its app (each an expected failure on ours)."""


def _app_path(package: str) -> Path:
    return APPS / f"{package.replace('-', '_')}_app.py"


TESTED = sorted(package for package in PACKAGES if _app_path(package).exists())


def _run_app(python: Path, package: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), str(_app_path(package))],
        cwd=workdir,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=APP_TIMEOUT,
        check=False,
    )


def _last_lines(text: str, count: int = 3) -> str:
    return "\n".join(text.strip().splitlines()[-count:])


def _reference_pass_marker(package: str, reference_python: Path) -> Path:
    """Where a pass of this exact app on this exact reference venv is remembered.

    The reference side is a fixed oracle: the same app on the same venv gives the same
    answer, so a pass is recorded and the app is rerun only when it (or its helpers) change.
    """
    app = _app_path(package)
    digest = hashlib.sha256(app.read_bytes() + (APPS / "_server.py").read_bytes()).hexdigest()[:16]
    return reference_python.parents[1] / "passed" / f"{app.stem}-{digest}"


@pytest.mark.parametrize("package", TESTED)
def test_app_passes_on_litestar_2_17(package: str, reference_python: Path, tmp_path: Path) -> None:
    """The app passes on the published litestar 2.17.0, so it checks real package behaviour."""
    marker = _reference_pass_marker(package, reference_python)
    if marker.exists():
        return
    result = _run_app(reference_python, package, tmp_path)
    # Only the last line of the reference side is shown: it names the failed check.
    assert result.returncode == 0, _last_lines(result.stderr, 1)
    assert result.stdout.strip().splitlines()[-1].startswith("OK")
    marker.parent.mkdir(exist_ok=True)
    marker.touch()


@pytest.mark.parametrize(
    "package",
    [
        pytest.param(package, marks=pytest.mark.xfail(reason=NOT_YET_ON_OURS[package], strict=True))
        if package in NOT_YET_ON_OURS
        else package
        for package in TESTED
    ],
)
def test_app_passes_on_ours(package: str, ours_python: Path, tmp_path: Path) -> None:
    """The same app passes with our wheels installed in place of litestar 2.17.0."""
    result = _run_app(ours_python, package, tmp_path)
    assert result.returncode == 0, _last_lines(result.stderr, 15)
    assert result.stdout.strip().splitlines()[-1].startswith("OK")


def test_every_package_has_an_app() -> None:
    """Every pinned package is exercised by an app (none is listed without a test)."""
    assert sorted(PACKAGES) == TESTED
