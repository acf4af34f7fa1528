"""Create the benchmark venvs, one per framework, outside the repository.

Each framework gets its own minimal venv (same interpreter for all of them, or the ratios
would compare Pythons) holding the framework, its serialisation library and the HTTP server
stack (uvicorn, uvloop, httptools). "ours" installs every ``packages/*`` member of this
workspace: editable by default, so source edits count without reinstalling, or as built
wheels with ``--wheels`` (what users get).

Usage::

    python scripts/bench/setup_venvs.py                       # all, into /tmp/bench-venvs
    python scripts/bench/setup_venvs.py --only ours --wheels  # rebuild ours from wheels
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ("DEFAULT_ROOT", "FRAMEWORKS", "REPO", "SERVER_PINS", "create_venv", "main", "venv_python")

REPO = Path(__file__).resolve().parents[2]
"""Root of the workspace (holds ``packages/``)."""

DEFAULT_ROOT = Path(os.environ.get("BENCH_VENV_ROOT", "/tmp/bench-venvs"))
"""Where the venvs go unless ``--root`` says otherwise."""

SERVER_PINS = ("uvicorn==0.54.0", "uvloop==0.23.0", "httptools==0.9.0")
"""The HTTP server stack, identical in every venv."""

MSGSPEC = "msgspec==0.22.0"
PYJWT = "pyjwt==2.15.1"
"""For scenario (l): litestar's JWT backends need PyJWT."""
PYDANTIC = "pydantic==2.14.3"
JINJA = "jinja2==3.1.6"

FRAMEWORKS: dict[str, tuple[str, ...]] = {
    "ours": (MSGSPEC, JINJA),
    "litestar": ("litestar==2.17.0", "sniffio", MSGSPEC, PYJWT, JINJA),
    "fastapi": ("fastapi==0.165.0", PYDANTIC, "starlette==1.10.0"),
    "starlette": ("starlette==1.10.0", MSGSPEC),
    "blacksheep": ("blacksheep==2.6.4", PYDANTIC),
    "raw": (MSGSPEC,),
}
"""Pinned requirements per venv (the server stack is added to each)."""


def venv_python(root: Path, name: str) -> Path:
    """Return the interpreter path of the venv ``name`` under ``root``."""
    return root / name / "bin" / "python"


def _run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def _member_dirs() -> list[Path]:
    return sorted(p for p in (REPO / "packages").iterdir() if (p / "pyproject.toml").is_file())


def _our_requirements(wheels: bool) -> list[str]:
    members = _member_dirs()
    if not wheels:
        args: list[str] = []
        for member in members:
            args += ["-e", str(member)]
        return args
    out = Path(tempfile.mkdtemp(prefix="bench-wheels-"))
    for member in members:
        _run(["uv", "build", "--wheel", "--out-dir", str(out), str(member)])
    return [str(p) for p in sorted(out.glob("*.whl"))]


def create_venv(root: Path, name: str, *, python: str, wheels: bool = False, recreate: bool = False) -> Path:
    """Create (or refresh) the venv for ``name`` and return its interpreter.

    Args:
        root: Directory holding all benchmark venvs.
        name: A key of ``FRAMEWORKS``.
        python: Interpreter request passed to ``uv venv --python``.
        wheels: For "ours", install built wheels instead of editable members.
        recreate: Delete an existing venv first.

    Returns:
        The path of the venv's ``python``.
    """
    target = root / name
    if recreate and target.exists():
        shutil.rmtree(target)
    if not venv_python(root, name).exists():
        _run(["uv", "venv", "--quiet", "--python", python, str(target)])
    reqs = list(FRAMEWORKS[name]) + list(SERVER_PINS)
    if name == "ours":
        reqs += [PYJWT, *_our_requirements(wheels)]
    # Bytecode is compiled at install, as pip does by default (uv does not): otherwise the
    # first worker of a run imports from source, and its import time and RSS measure that.
    _run(
        [
            "uv",
            "pip",
            "install",
            "--quiet",
            "--compile-bytecode",
            "--python",
            str(venv_python(root, name)),
            *reqs,
        ]
    )
    return venv_python(root, name)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="venv directory (default %(default)s)"
    )
    parser.add_argument("--only", default=",".join(FRAMEWORKS), help="comma separated subset of venvs")
    parser.add_argument(
        "--python",
        default=f"{sys.version_info[0]}.{sys.version_info[1]}",
        help="interpreter for every venv (default: this one's version)",
    )
    parser.add_argument("--wheels", action="store_true", help="install ours from built wheels, not editable")
    parser.add_argument("--recreate", action="store_true", help="delete and recreate the venvs")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = sorted(set(names) - set(FRAMEWORKS))
    if unknown:
        parser.error(f"unknown venv(s) {unknown}; choose from {sorted(FRAMEWORKS)}")
    args.root.mkdir(parents=True, exist_ok=True)
    for name in names:
        create_venv(args.root, name, python=args.python, wheels=args.wheels, recreate=args.recreate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
