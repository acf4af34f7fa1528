"""The import-linter contracts of the root pyproject hold, and they do catch violations."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from _import_file import import_file

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lint() -> ModuleType:
    """``scripts/lint_imports.py``, which runs lint-imports on the merged package layout."""
    return import_file("lint_imports_script", REPO / "scripts" / "lint_imports.py")


def _contract_ids() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
    return [contract["id"] for contract in config["contracts"]]


def test_all_contracts_are_kept(lint: ModuleType) -> None:
    """``lint-imports`` succeeds and reports every contract kept."""
    result = lint.run_lint_imports(["--no-logo"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(_contract_ids())} kept, 0 broken." in result.stdout


def test_merged_layout_matches_an_install(lint: ModuleType, tmp_path: Path) -> None:
    """The merged tree holds core's ``__init__`` and each member's subpackage."""
    merged = lint.merge_sources(REPO, tmp_path)
    assert (merged / "__init__.py").read_text() == (
        REPO / "packages" / "litestar-core" / "src" / "litestar" / "__init__.py"
    ).read_text()
    assert (merged / "di" / "__init__.py").is_file()
    assert (merged / "testing" / "__init__.py").is_file()


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("types/_planted.py", "import litestar.di\n", "core-independent"),
        ("exceptions/_planted.py", "from litestar.testing import TestClient\n", "core-independent"),
        ("di/_planted.py", "import litestar.testing\n", "pieces-independent"),
        ("types/_planted.py", "import litestar.app\n", "core-layers"),
        # Annotation-only imports count too: the bottom floor may not even name the app.
        (
            "types/_planted.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from litestar.app import Litestar\n",
            "core-layers",
        ),
    ],
)
def test_a_planted_violation_breaks_its_contract(
    lint: ModuleType, module: str, source: str, contract: str
) -> None:
    """Adding a forbidden or upward import makes lint-imports fail on that contract."""
    assert contract in _contract_ids()

    def plant(merged: Path) -> None:
        (merged / module).write_text(source)

    result = lint.run_lint_imports(["--no-logo", "--contract", contract], prepare=plant)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    assert "_planted" in result.stdout
