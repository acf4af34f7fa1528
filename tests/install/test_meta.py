"""The meta-package installs every piece from the built wheels, merged into one package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_meta_package_serves_through_test_client(
    make_venv: Callable[..., Path],
    run_script: Callable[[Path, str], dict[str, Any]],
    member_versions: dict[str, str],
) -> None:
    """``pip install litestar`` gives TestClient, DI and core, all in one directory."""
    result = run_script(make_venv("litestar"), "meta.py")
    assert result["distributions"] == sorted(member_versions)
    # NOTE: the meta wheel is ours (no code), not the published litestar of that version.
    assert result["meta_files"] == []
    assert result["created"] == [201, {"count": 1}]
    assert result["listed"] == [200, ["hello world"]]
    assert result["bad"] == 400
    assert result["missing"] == 404
    assert result["path"] == [result["package_dir"]]
    assert result["di_dir"] == result["package_dir"]
