"""The import graph, counting every import as written, keeps its goals; plants prove it.

``scripts/import_graph.py`` counts module-level, ``TYPE_CHECKING`` and function-local
imports alike. The goals (docs/internals.md): no cycle spans more than 3 files, none
crosses distributions, litestar-core names no module of another distribution, and at
most 8 % of core's internal imports point from a lower layer to a higher one.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest
from _import_file import import_file

REPO = Path(__file__).resolve().parents[1]
CORE = Path("litestar-core/src/litestar")


@pytest.fixture(scope="module")
def graph_script() -> ModuleType:
    """``scripts/import_graph.py`` loaded as a module."""
    return import_file("import_graph_script", REPO / "scripts" / "import_graph.py")


@pytest.fixture
def packages_copy(tmp_path: Path) -> Path:
    """A copy of every distribution's Python sources, to plant violations in."""
    target = tmp_path / "packages"
    for source in (REPO / "packages").glob("*/src/**/*.py"):
        destination = target / source.relative_to(REPO / "packages")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    return target


def _report(graph_script: ModuleType, packages: Path) -> dict[str, object]:
    layers = graph_script._layers(REPO / "pyproject.toml")
    result: dict[str, object] = graph_script.report(graph_script.build_graph(packages), layers)
    return result


def test_the_repository_meets_every_goal(graph_script: ModuleType) -> None:
    """No cycle over 3 files, none across pieces, core names no piece, <= 8 % upward."""
    result = _report(graph_script, REPO / "packages")
    assert result["largest_cycle"] <= graph_script.MAX_CYCLE, result["cycles"]  # type: ignore[operator]
    assert result["crossing_cycles"] == []
    assert result["core_names_other_pieces"] == []
    assert result["core_upward_share"] <= graph_script.MAX_UPWARD  # type: ignore[operator]
    assert graph_script.main(["--check"]) == 0


def test_a_cycle_through_type_checking_and_local_imports_is_found(
    graph_script: ModuleType, packages_copy: Path
) -> None:
    """Four modules that import each other only for typing or inside functions are a cycle."""
    core = packages_copy / CORE
    (core / "_plant_a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import litestar._plant_b\n"
    )
    (core / "_plant_b.py").write_text("def f() -> None:\n    from litestar import _plant_c\n")
    (core / "_plant_c.py").write_text("from litestar._plant_d import x\n")
    (core / "_plant_d.py").write_text("x = 1\ndef g() -> None:\n    import litestar._plant_a\n")
    result = _report(graph_script, packages_copy)
    planted = [c for c in result["cycles"]["litestar-core"] if "litestar._plant_a" in c]  # type: ignore[index]
    assert planted == [["litestar._plant_a", "litestar._plant_b", "litestar._plant_c", "litestar._plant_d"]]
    assert graph_script.main(["--check", "--root", str(packages_copy.parent)]) == 1


def test_core_naming_another_piece_for_typing_is_found(graph_script: ModuleType, packages_copy: Path) -> None:
    """A ``TYPE_CHECKING`` import of litestar-di (or of a piece not written yet) is reported."""
    core = packages_copy / CORE
    (core / "_plant.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from litestar.di import Provide\n    from litestar.security.not_written_yet import Scheme\n"
    )
    result = _report(graph_script, packages_copy)
    assert result["core_names_other_pieces"] == [
        "litestar._plant -> litestar.di",
        "litestar._plant -> litestar.security.not_written_yet (not in this repository)",
    ]


def test_upward_imports_are_counted_by_layer(graph_script: ModuleType, packages_copy: Path) -> None:
    """An import from the bottom floor to the app is counted as pointing upward."""
    before = _report(graph_script, packages_copy)
    (packages_copy / CORE / "types" / "_plant.py").write_text("def f() -> None:\n    import litestar.app\n")
    after = _report(graph_script, packages_copy)
    assert after["core_upward_imports"] == before["core_upward_imports"] + 1  # type: ignore[operator]
    assert ("litestar.types._plant", "litestar.app", 1) in after["core_upward_edges"]  # type: ignore[operator]
