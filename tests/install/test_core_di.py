"""With ``litestar-core`` and ``litestar-di`` installed, dependencies are injected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_dependencies_resolve_across_layers(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """App, router and handler dependencies resolve, including one built from a path param."""
    result = run_script(make_venv("litestar-core", "litestar-di"), "core_di.py")
    assert result["distributions"] == ["litestar-core", "litestar-di"]
    assert result["first"] == {
        "status": 200,
        "content_type": "application/json",
        "body": {"item_id": 1, "label": "item-1", "call": 1},
    }
    assert result["second"]["body"] == {"item_id": 2, "label": "item-2", "call": 2}
    assert result["import_testing"] == {"ok": False, "name": "litestar.testing"}
