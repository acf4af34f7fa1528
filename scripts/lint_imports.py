"""Check the ``[tool.importlinter]`` contracts against the installed layout of ``litestar``.

Usage::

    uv run python scripts/lint_imports.py [lint-imports options...]

Why not plain ``lint-imports``: in the editable workspace each distribution keeps its
portion of ``litestar`` in its own ``packages/<member>/src/litestar`` tree, and the import
graph builder only scans the directory of core's regular package, so ``litestar.di`` or
``litestar.testing`` would look missing. This script first merges every member's tree into
one temporary ``litestar/`` directory, exactly as installing the wheels does, then runs
``lint-imports`` with the root pyproject's configuration on that merged copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ("main", "merge_sources", "run_lint_imports")

REPO = Path(__file__).resolve().parents[1]


def merge_sources(repo: Path, target: Path) -> Path:
    """Copy every ``packages/*/src/litestar`` tree into ``target/litestar``; return it.

    Raises:
        SystemExit: If two members ship the same file, or core's ``__init__.py`` is missing.
    """
    merged = target / "litestar"
    seen: dict[Path, Path] = {}
    for tree in sorted(repo.glob("packages/*/src/litestar")):
        for source in sorted(tree.rglob("*.py")):
            if "__pycache__" in source.parts:
                continue
            rel = source.relative_to(tree)
            if rel in seen:
                raise SystemExit(f"{rel} is shipped by both {seen[rel]} and {tree}")
            seen[rel] = tree
            destination = merged / rel
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
    if Path("__init__.py") not in seen:
        raise SystemExit("no member ships litestar/__init__.py (litestar-core must)")
    return merged


def _lint_imports_executable() -> str:
    bindir = Path(sys.executable).parent
    found = shutil.which("lint-imports", path=str(bindir)) or shutil.which("lint-imports")
    if not found:
        raise SystemExit("lint-imports not found: install the dev group (`uv sync`)")
    return found


def run_lint_imports(
    args: list[str], *, repo: Path = REPO, prepare: Callable[[Path], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on a merged copy of the sources; capture its output.

    Args:
        args: Extra ``lint-imports`` arguments.
        repo: The checkout whose sources and pyproject are used.
        prepare: Called with the merged ``litestar/`` directory before the check (tests
            use it to plant a violation).
    """
    with tempfile.TemporaryDirectory(prefix="lint-imports-") as tmp:
        root = Path(tmp)
        merged = merge_sources(repo, root)
        if prepare is not None:
            prepare(merged)
        env = {**os.environ, "PYTHONPATH": str(root)}
        command = [_lint_imports_executable(), "--config", str(repo / "pyproject.toml"), "--no-cache", *args]
        return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns lint-imports' exit status."""
    result = run_lint_imports(sys.argv[1:] if argv is None else argv)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
