"""The package folders shared by several distributions find their parts as pkgutil would."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from litestar._split_package import extend_path

_SHARED_PACKAGES = (
    "litestar",
    "litestar.config",
    "litestar.contrib",
    "litestar.middleware",
    "litestar.plugins",
)


@pytest.mark.parametrize("name", _SHARED_PACKAGES)
def test_workspace_packages_extend_like_pkgutil(name: str) -> None:
    own_folder = importlib.import_module(name).__path__[0]
    extended = extend_path([own_folder], name)
    assert extended == pkgutil.extend_path([own_folder], name)
    assert extended[0] == own_folder


def test_folders_on_other_entries_are_appended_once_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for tree in ("a", "b", "c"):
        (tmp_path / tree / "splitpkg").mkdir(parents=True)
    (tmp_path / "d").mkdir()  # an entry without the package
    (tmp_path / "e" / "splitpkg.py").parent.mkdir()
    (tmp_path / "e" / "splitpkg.py").write_text("")  # a module of that name is no portion
    monkeypatch.chdir(tmp_path / "c")
    entries = [
        str(tmp_path / "a"),
        str(tmp_path / "d"),
        str(tmp_path / "b"),
        "",
        str(tmp_path / "e"),
        str(tmp_path / "a"),
    ]
    monkeypatch.setattr(sys, "path", entries)
    own = [str(tmp_path / "a" / "splitpkg")]
    assert extend_path(own, "splitpkg") == [
        str(tmp_path / "a" / "splitpkg"),
        str(tmp_path / "b" / "splitpkg"),
        str(tmp_path / "c" / "splitpkg"),
    ]
    assert extend_path(own, "splitpkg") == pkgutil.extend_path(own, "splitpkg")


def test_importing_the_framework_does_not_import_pkgutil() -> None:

    code = "import sys, litestar, litestar.middleware, litestar.plugins; print('pkgutil' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
