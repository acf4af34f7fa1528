"""In the editable workspace, ``litestar.__path__`` spans the members' source trees."""

from __future__ import annotations

from pathlib import Path

import litestar
import pytest

pytestmark = pytest.mark.install

PACKAGES = Path(__file__).resolve().parents[2] / "packages"


def test_package_path_spans_every_member() -> None:
    """Core comes first, and each member's ``src/litestar`` is on ``litestar.__path__``."""
    paths = [Path(p).resolve() for p in litestar.__path__]
    assert paths[0] == PACKAGES / "litestar-core" / "src" / "litestar"
    for member in ("litestar-di", "litestar-dto", "litestar-plugins", "litestar-testing"):
        assert PACKAGES / member / "src" / "litestar" in paths


def test_member_subpackages_import_from_their_own_trees() -> None:
    """``litestar.di`` and ``litestar.testing`` load from their members' sources."""
    import litestar.di
    import litestar.testing

    assert Path(litestar.di.__file__).resolve().is_relative_to(PACKAGES / "litestar-di" / "src")
    assert Path(litestar.testing.__file__).resolve().is_relative_to(PACKAGES / "litestar-testing" / "src")
    assert Path(litestar.__file__).resolve().is_relative_to(PACKAGES / "litestar-core" / "src")
