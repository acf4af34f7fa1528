"""Version consistency of the workspace distributions, and the bump script that keeps it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _import_file import import_file
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
META = "litestar"
CORE = "litestar-core"


def _projects(root: Path) -> dict[str, dict[str, Any]]:
    projects = {}
    for pyproject in sorted(root.glob("packages/*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text())["project"]
        project["_dir"] = pyproject.parent
        projects[project["name"]] = project
    return projects


def _meta_requirements(meta: dict[str, Any]) -> list[Requirement]:
    lines = list(meta.get("dependencies", []))
    for extra in meta.get("optional-dependencies", {}).values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


def check_versions(root: Path) -> list[str]:
    """Return every inconsistency between member versions and the meta-package pins."""
    projects = _projects(root)
    problems = []
    if META not in projects:
        return [f"no meta-package {META!r} under {root}/packages"]
    members = {name: p["version"] for name, p in projects.items() if name != META}
    requirements = _meta_requirements(projects[META])
    for req in requirements:
        if req.name not in members:
            problems.append(f"{META} requires {req} which is not a workspace member")
        elif str(req.specifier) != f"=={members[req.name]}":
            problems.append(f"{META} requires {req}, but {req.name} is {members[req.name]}")
    pinned = {req.name for req in requirements if req.marker is None}
    problems.extend(f"{META} does not pin {name}" for name in sorted(set(members) - pinned))
    if len({p["version"] for p in projects.values()}) != 1:
        problems.append(f"versions are not in lockstep: { {n: p['version'] for n, p in projects.items()} }")
    return problems


def test_meta_package_pins_every_member_at_its_version() -> None:
    """The meta's requirement on each member is ``=={member version}``, and none is missing."""
    assert check_versions(REPO) == []


def test_meta_package_pins_cover_the_workspace() -> None:
    """The meta's main dependencies name exactly the other members."""
    projects = _projects(REPO)
    deps = {Requirement(line).name for line in projects[META]["dependencies"]}
    assert deps == set(projects) - {META}


def test_members_depend_on_a_compatible_core_range() -> None:
    """Every non-core member requires a ``litestar-core`` range that admits core's version."""
    projects = _projects(REPO)
    core_version = projects[CORE]["version"]
    for name, project in projects.items():
        if name in (META, CORE):
            continue
        (core_req,) = [Requirement(r) for r in project["dependencies"] if Requirement(r).name == CORE]
        assert core_req.specifier.contains(core_version), (name, str(core_req))
        assert not str(core_req.specifier).startswith("=="), f"{name} should use a range, not a pin"


@pytest.mark.parametrize(
    "member",
    ["litestar-authentication", "litestar-core", "litestar-di", "litestar-openapi", "litestar-testing"],
)
def test_member_ships_py_typed_in_its_own_subpackage(member: str) -> None:
    """Each member has a ``py.typed`` next to its own subpackage's ``__init__.py``."""
    module = _projects(REPO)[member]
    src = module["_dir"] / "src"
    module_name = tomllib.loads((module["_dir"] / "pyproject.toml").read_text())["tool"]["uv"][
        "build-backend"
    ]["module-name"]
    for name in [module_name] if isinstance(module_name, str) else module_name:
        package = src.joinpath(*name.split("."))
        assert (package / "__init__.py").is_file()
        assert (package / "py.typed").is_file()


def test_only_core_owns_litestar_init() -> None:
    """No member except core has ``src/litestar/__init__.py`` (it would shadow core's)."""
    owners = sorted(
        p.relative_to(REPO / "packages").parts[0] for p in REPO.glob("packages/*/src/litestar/__init__.py")
    )
    assert owners == [CORE]


def test_meta_package_ships_no_code() -> None:
    """The meta-package has no ``src`` tree."""
    assert not (_projects(REPO)[META]["_dir"] / "src").exists()


# --- scripts/bump_version.py -------------------------------------------------------------


def _load_bump_script() -> ModuleType:
    return import_file("bump_version", REPO / "scripts" / "bump_version.py")


@pytest.fixture
def workspace_copy(tmp_path: Path) -> Path:
    """A temporary checkout holding copies of every package's pyproject.toml."""
    for pyproject in REPO.glob("packages/*/pyproject.toml"):
        target = tmp_path / pyproject.relative_to(REPO)
        target.parent.mkdir(parents=True)
        shutil.copyfile(pyproject, target)
    return tmp_path


def _versions(root: Path) -> dict[str, str]:
    return {name: p["version"] for name, p in _projects(root).items()}


def _run_bump(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "bump_version.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_bump_moves_every_member_and_the_meta_pins(workspace_copy: Path) -> None:
    """A bump rewrites all versions and pins together, so the copy stays consistent."""
    result = _run_bump("2.99.1", "--root", str(workspace_copy))
    assert result.returncode == 0, result.stderr
    assert set(_versions(workspace_copy).values()) == {"2.99.1"}
    assert check_versions(workspace_copy) == []
    meta = _projects(workspace_copy)[META]
    assert "litestar-core[standard]==2.99.1" in meta["optional-dependencies"]["standard"]
    assert "litestar-plugins[pydantic]==2.99.1" in meta["optional-dependencies"]["pydantic"]
    assert f"bumped {len(_versions(workspace_copy))} distributions to 2.99.1" in result.stdout


def test_bump_dry_run_prints_the_diff_and_writes_nothing(workspace_copy: Path) -> None:
    """``--dry-run`` shows the edits but leaves every file as it was."""
    before = {p: p.read_text() for p in workspace_copy.rglob("pyproject.toml")}
    result = _run_bump("--bump", "patch", "--dry-run", "--root", str(workspace_copy))
    assert result.returncode == 0, result.stderr
    assert {p: p.read_text() for p in before} == before
    current = _versions(REPO)[CORE]
    bumped = _load_bump_script().next_version(current, "patch")
    assert f'+version = "{bumped}"' in result.stdout
    assert f'+    "litestar-di=={bumped}",' in result.stdout
    assert "would bump" in result.stdout


def test_bump_major_widens_the_members_core_range(workspace_copy: Path) -> None:
    """A new major version moves members' ``litestar-core`` range so it still admits core."""
    result = _run_bump("--bump", "major", "--root", str(workspace_copy))
    assert result.returncode == 0, result.stderr
    projects = _projects(workspace_copy)
    new = projects[CORE]["version"]
    assert new.endswith(".0.0")
    for name in ("litestar-di", "litestar-openapi", "litestar-testing"):
        (core_req,) = [Requirement(r) for r in projects[name]["dependencies"] if Requirement(r).name == CORE]
        assert core_req.specifier.contains(new)
    assert check_versions(workspace_copy) == []


def test_bump_minor_keeps_a_range_that_still_admits_core(workspace_copy: Path) -> None:
    """A minor bump leaves members' ``litestar-core`` ranges untouched."""
    before = [Requirement(r) for r in _projects(workspace_copy)["litestar-di"]["dependencies"]]
    assert _run_bump("--bump", "minor", "--root", str(workspace_copy)).returncode == 0
    assert [Requirement(r) for r in _projects(workspace_copy)["litestar-di"]["dependencies"]] == before


def test_bump_rejects_a_malformed_version(workspace_copy: Path) -> None:
    """A version that is not ``X.Y.Z`` is refused and nothing changes."""
    before = _versions(workspace_copy)
    result = _run_bump("2.18", "--root", str(workspace_copy))
    assert result.returncode != 0
    assert "not an X.Y.Z version" in result.stderr
    assert _versions(workspace_copy) == before


def test_version_check_catches_a_member_bumped_without_the_meta(workspace_copy: Path) -> None:
    """Bumping one member alone is reported as a pin mismatch."""
    pyproject = workspace_copy / "packages" / "litestar-di" / "pyproject.toml"
    text = pyproject.read_text()
    current = _versions(workspace_copy)["litestar-di"]
    pyproject.write_text(text.replace(f'version = "{current}"', 'version = "9.9.9"', 1))
    problems = check_versions(workspace_copy)
    assert any("litestar-di" in p and "9.9.9" in p for p in problems)


@pytest.mark.parametrize(
    ("current", "part", "expected"),
    [("2.17.0", "patch", "2.17.1"), ("2.17.3", "minor", "2.18.0"), ("2.17.3", "major", "3.0.0")],
)
def test_next_version(current: str, part: str, expected: str) -> None:
    """``next_version`` increments one part and resets the lower ones."""
    assert _load_bump_script().next_version(current, part) == expected
