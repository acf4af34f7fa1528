"""Bump the version of every workspace distribution and the meta-package pins together.

Usage::

    python scripts/bump_version.py 2.18.0            # an explicit new version
    python scripts/bump_version.py --bump patch      # or major / minor / patch
    python scripts/bump_version.py --bump minor --dry-run
    python scripts/bump_version.py 2.18.0 --root /path/to/checkout

All members move in lockstep: each ``packages/*/pyproject.toml`` gets the new
``version``, the meta-package's ``==`` pins (including those in its extras) follow, and a
member's ``litestar-core>=X.Y,<N`` range is widened only if the new version falls outside
it. Files are edited in place, line by line, so formatting and comments survive. Run
``uv lock`` afterwards to refresh the lock file.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ("Member", "bump", "load_members", "main", "next_version", "plan")

META = "litestar"
CORE = "litestar-core"
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_VERSION_LINE = re.compile(r'^(version\s*=\s*")([^"]*)(")', re.MULTILINE)
_CORE_RANGE = re.compile(r"(\"litestar-core(?:\[[^\]]*\])?)>=(\d+)\.(\d+)(?:\.\d+)?,\s*<(\d+)(\")")


@dataclass(frozen=True, slots=True)
class Member:
    """One distribution of the workspace."""

    name: str
    """The distribution name, e.g. ``litestar-di``."""
    version: str
    """Its current version."""
    pyproject: Path
    """Its ``pyproject.toml``."""


def load_members(root: Path) -> list[Member]:
    """Read every ``packages/*/pyproject.toml`` under ``root``.

    Raises:
        SystemExit: If no distribution is found.
    """
    members = []
    for pyproject in sorted(root.glob("packages/*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text())["project"]
        members.append(Member(project["name"], project["version"], pyproject))
    if not members:
        raise SystemExit(f"no packages/*/pyproject.toml under {root}")
    return members


def next_version(current: str, part: str) -> str:
    """Return ``current`` with its ``major``, ``minor`` or ``patch`` part incremented."""
    major, minor, patch = (int(x) for x in current.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown part {part!r}: use major, minor or patch")


def _in_range(version: str, low_major: int, low_minor: int, high_major: int) -> bool:
    major, minor, _ = (int(x) for x in version.split("."))
    return (major, minor) >= (low_major, low_minor) and major < high_major


def _rewrite(text: str, member: Member, names: set[str], new: str) -> str:
    text, count = _VERSION_LINE.subn(lambda m: f"{m[1]}{new}{m[3]}", text, count=1)
    if count != 1:
        raise SystemExit(f'{member.pyproject}: no version = "..." line')
    if member.name == META:
        for name in sorted(names - {META}):
            pin = re.compile(rf"(\"{re.escape(name)}(?:\[[^\]]*\])?)==[^\"]*(\")")
            text, pins = pin.subn(rf"\g<1>=={new}\g<2>", text)
            if pins == 0:
                raise SystemExit(f"{member.pyproject}: {name} is not pinned with ==")

    def widen(m: re.Match[str]) -> str:
        if _in_range(new, int(m[2]), int(m[3]), int(m[4])):
            return m[0]
        major, minor, _ = new.split(".")
        return f"{m[1]}>={major}.{minor},<{int(major) + 1}{m[5]}"

    return _CORE_RANGE.sub(widen, text)


def plan(root: Path, new: str) -> dict[Path, tuple[str, str]]:
    """Return ``{pyproject: (old text, new text)}`` for bumping everything to ``new``.

    Raises:
        SystemExit: If ``new`` is not ``X.Y.Z`` or a pyproject cannot be rewritten.
    """
    if not _VERSION.match(new):
        raise SystemExit(f"not an X.Y.Z version: {new!r}")
    members = load_members(root)
    names = {member.name for member in members}
    changes = {}
    for member in members:
        old_text = member.pyproject.read_text()
        new_text = _rewrite(old_text, member, names, new)
        if tomllib.loads(new_text)["project"]["version"] != new:
            raise SystemExit(f"{member.pyproject}: the first version line is not [project].version")
        changes[member.pyproject] = (old_text, new_text)
    return changes


def bump(root: Path, new: str, *, dry_run: bool = False) -> str:
    """Bump every member and the meta pins to ``new``; return a unified diff of the edits."""
    diff: list[str] = []
    for path, (old_text, new_text) in plan(root, new).items():
        rel = path.relative_to(root)
        diff.extend(
            difflib.unified_diff(
                old_text.splitlines(keepends=True), new_text.splitlines(keepends=True), f"a/{rel}", f"b/{rel}"
            )
        )
        if not dry_run and new_text != old_text:
            path.write_text(new_text)
    return "".join(diff)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("version", nargs="?", help="the new version, X.Y.Z")
    target.add_argument("--bump", choices=("major", "minor", "patch"), help="increment a part instead")
    parser.add_argument("--dry-run", action="store_true", help="print the diff without writing")
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parents[1],
        help="the checkout (default: this one)",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    members = load_members(root)
    current = {member.version for member in members}
    if args.bump:
        if len(current) != 1:
            raise SystemExit(f"members are not in lockstep ({sorted(current)}); give an explicit version")
        new = next_version(current.pop(), args.bump)
    else:
        new = args.version
    diff = bump(root, new, dry_run=args.dry_run)
    sys.stdout.write(diff)
    verb = "would bump" if args.dry_run else "bumped"
    print(f"{verb} {len(members)} distributions to {new}" + ("" if args.dry_run else "; now run `uv lock`"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
