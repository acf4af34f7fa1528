"""The third-party packages under test, and the cached venvs they are installed into.

Each package is pinned to the newest release that works on the published litestar
2.17.0 (found by resolving it next to ``litestar==2.17.0`` and importing it). Two venvs
hold all of them: one with our wheels, one with litestar 2.17.0 from the index, so every
app under ``apps/`` is run against both and checks the package, not a guess about it.
The venvs are cached under ``~/.cache/litestar-ecosystem`` keyed by what went into them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from _child_processes import clean_env, uv_path

__all__ = (
    "APPS",
    "PACKAGES",
    "REFERENCE_LITESTAR",
    "ours_venv",
    "reference_venv",
)

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "litestar-ecosystem"
TIMEOUT = 900

EXTRAS = "standard,jwt,sqlalchemy,cli,pydantic,attrs"
"""The meta-package extras installed on both sides, as an application would ask for them."""

REFERENCE_LITESTAR = f"litestar[{EXTRAS}]==2.17.0"
"""The published release the apps are proven against (``sniffio`` is one of its needs)."""

PACKAGES: dict[str, tuple[str, ...]] = {
    "dishka": ("dishka==1.10.1",),
    "litestar-granian": ("litestar-granian==0.15.0",),
    "advanced-alchemy": ("advanced-alchemy==1.9.3", "aiosqlite"),
    "litestar-saq": ("litestar-saq==0.7.1", "redis"),
    "litestar-htmx": ("litestar-htmx==0.5.0",),
    "litestar-vite": ("litestar-vite==0.23.4",),
    "litestar-asyncpg": ("litestar-asyncpg==0.5.0",),
    "modern-di-litestar": ("modern-di-litestar==2.8.0",),
    "litestar-users": ("litestar-users==1.7.0",),
    "litestar-api-auth": ("litestar-api-auth==0.1.0",),
    "litestar-flags": ("litestar-flags==0.2.2",),
    "apitally": ("apitally[litestar]==0.25.1",),
    "sentry-sdk": ("sentry-sdk[litestar]==2.76.0",),
    "strawberry-graphql": ("strawberry-graphql[litestar]==0.341.2",),
    "taskiq-litestar": ("taskiq-litestar==0.1.1",),
    "litestar-mcp": ("litestar-mcp==0.5.1",),
}
"""Package -> what to install for it (the newest release that runs on litestar 2.17.0)."""


def _run(args: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(
        args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"command failed ({result.returncode}): {' '.join(args)}\n{result.stderr[-4000:]}")


def _requirements() -> list[str]:
    return sorted({req for reqs in PACKAGES.values() for req in reqs})


def _digest(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _sources_digest() -> str:
    """A digest of every file that goes into our wheels."""
    files = sorted(
        path
        for path in (REPO / "packages").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )
    return _digest(*(part for path in files for part in (str(path.relative_to(REPO)), path.read_bytes())))


@contextmanager
def _locked(name: str) -> Iterator[None]:
    """Serialise venv creation between pytest-xdist workers and concurrent runs."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


STALE_AFTER = 2 * 3600
"""Seconds a cached venv may go unused before it is removed."""


def _remove_stale(name: str) -> None:
    """Remove the venvs ``name-*`` nobody used lately.

    Several checkouts of the repository (worktrees) share the cache, each with its own
    sources and so its own venv: removing every other venv would pull one from under a
    test run of another checkout.
    """
    now = time.time()
    for stale in CACHE.glob(f"{name}-*"):
        if not stale.is_dir():
            continue
        marker = stale / ".complete"
        used = marker.stat().st_mtime if marker.exists() else stale.stat().st_mtime
        if now - used > STALE_AFTER:
            shutil.rmtree(stale, ignore_errors=True)


def _venv(name: str, key: str, install: Callable[[Path], list[str]]) -> Path:
    """Return the python of the cached venv ``name-key``, creating it if needed.

    ``install`` gets a scratch folder and returns what to install into the new venv.
    """
    target = CACHE / f"{name}-{key}"
    python = target / "bin" / "python"
    with _locked(name):
        if (target / ".complete").exists():
            (target / ".complete").touch()  # marks it in use (see _remove_stale)
            return python
        _remove_stale(name)
        _run([uv_path(), "venv", "--quiet", "--python", sys.executable, str(target)])
        with tempfile.TemporaryDirectory() as scratch:
            _run([uv_path(), "pip", "install", "--quiet", "--python", str(python), *install(Path(scratch))])
        (target / ".complete").touch()
    return python


def ours_venv() -> Path:
    """A venv holding our wheels (every distribution) and every package under test."""

    def wheels_and_packages(scratch: Path) -> list[str]:
        _run(
            [uv_path(), "build", "--quiet", "--all-packages", "--no-sources", "--wheel", "-o", str(scratch)],
            REPO,
        )
        wheels = sorted(scratch.glob("*.whl"))
        meta = [
            f"litestar[{EXTRAS}] @ {path.as_uri()}" for path in wheels if path.name.startswith("litestar-")
        ]
        pieces = [str(path) for path in wheels if not path.name.startswith("litestar-")]
        return [*meta, *pieces, *_requirements()]

    return _venv("ours", _digest(_sources_digest(), *_requirements()), wheels_and_packages)


def reference_venv() -> Path:
    """A venv holding the published litestar 2.17.0 and every package under test."""
    install = [REFERENCE_LITESTAR, "sniffio", *_requirements()]
    return _venv("reference", _digest(*install), lambda _scratch: install)
