"""The built wheels hold exactly their own portion of the ``litestar`` package."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

PORTIONS = {
    "litestar_core": "litestar/",
    "litestar_di": "litestar/di/",
    "litestar_dto": "litestar/dto/",
    "litestar_testing": "litestar/testing/",
}


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def _wheel(wheelhouse: Path, stem: str) -> Path:
    (wheel,) = wheelhouse.glob(f"{stem}-*.whl")
    return wheel


@pytest.mark.parametrize("stem", sorted(PORTIONS))
def test_member_wheel_ships_its_portion_with_py_typed(wheelhouse: Path, stem: str) -> None:
    """Each member wheel has its own subpackage, an ``__init__`` and a ``py.typed`` in it."""
    names = _names(_wheel(wheelhouse, stem))
    portion = PORTIONS[stem]
    code = [name for name in names if not name.startswith(f"{stem}-") and not name.endswith("/")]
    assert f"{portion}__init__.py" in code
    assert f"{portion}py.typed" in code
    assert all(name.startswith(portion) for name in code)


@pytest.mark.parametrize("stem", ["litestar_di", "litestar_dto", "litestar_testing"])
def test_only_core_owns_the_top_level_init(wheelhouse: Path, stem: str) -> None:
    """No member other than core ships ``litestar/__init__.py``."""
    assert "litestar/__init__.py" not in _names(_wheel(wheelhouse, stem))


@pytest.mark.parametrize(
    ("stem", "entry"), [("litestar_di", "di"), ("litestar_dto", "dto"), ("litestar_testing", "testing")]
)
def test_members_advertise_their_plugin_entry_point(wheelhouse: Path, stem: str, entry: str) -> None:
    """Members declare ``<area> = litestar.<area>:...`` in the ``litestar.plugins`` group."""
    wheel = _wheel(wheelhouse, stem)
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [name for name in archive.namelist() if name.endswith(".dist-info/entry_points.txt")]
        text = archive.read(path).decode()
    assert "[litestar.plugins]" in text
    assert f"{entry} = litestar.{entry}:" in text


def test_meta_wheel_ships_no_code(wheelhouse: Path) -> None:
    """The meta-package wheel holds only its metadata."""
    names = _names(_wheel(wheelhouse, "litestar"))
    assert names
    assert all(".dist-info/" in name for name in names)
