"""``litestar-plugins`` adds subpackages to folders owned by core, never their ``__init__``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

CORE_OWNED_INITS = ("litestar/__init__.py", "litestar/plugins/__init__.py", "litestar/contrib/__init__.py")


def _names(wheelhouse: Path, stem: str) -> list[str]:
    (wheel,) = wheelhouse.glob(f"{stem}-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_plugins_wheel_ships_no_core_owned_init(wheelhouse: Path) -> None:
    """The shared folders' ``__init__.py`` files come from core alone."""
    plugins = _names(wheelhouse, "litestar_plugins")
    core = _names(wheelhouse, "litestar_core")
    for init in CORE_OWNED_INITS:
        assert init not in plugins
        assert init in core


def test_plugins_wheel_files_do_not_overlap_core(wheelhouse: Path) -> None:
    """Every module of the plugins wheel belongs to it alone."""
    plugins = {
        n for n in _names(wheelhouse, "litestar_plugins") if n.startswith("litestar/") and not n.endswith("/")
    }
    core = set(_names(wheelhouse, "litestar_core"))
    assert plugins
    assert not plugins & core


def test_plugins_wheel_advertises_its_entry_point(wheelhouse: Path) -> None:
    """The entry point ``plugins`` in the ``litestar.plugins`` group names the piece object."""
    (wheel,) = wheelhouse.glob("litestar_plugins-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(path).decode()
    assert "[litestar.plugins]" in text
    assert "plugins = litestar.plugins._defaults:PluginsPiece" in text
