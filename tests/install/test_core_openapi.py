"""With ``litestar-core`` and ``litestar-openapi`` installed (no PyYAML), every app has a schema."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_schema_is_served_with_only_core_and_openapi(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """The default config serves JSON and the UI pages; the YAML page needs the ``yaml`` extra."""
    result = run_script(make_venv("litestar-core", "litestar-openapi"), "core_openapi.py")
    assert result["distributions"] == ["litestar-core", "litestar-openapi"]
    assert result["json_status"] == 200
    assert result["json_type"] == "application/vnd.oai.openapi+json"
    assert result["paths"] == ["/items", "/items/{item_id}"]
    assert result["components"] == ["Item"]
    assert result["yaml_status"] == 404
    assert result["swagger_status"] == 200
    assert result["swagger_has_ui"] is True
    assert result["operation_ids"] == ["ItemsCreateItem", "ItemsItemIdReadItem"]
    assert result["no_schema"] is True
