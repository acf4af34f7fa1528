"""Every example app's and every OpenAPI oracle case's document is valid OpenAPI 3.1."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _import_file import import_file
from litestar import Litestar
from litestar.testing import TestClient
from openapi_spec_validator import validate

REPO = Path(__file__).resolve().parents[2]
APPS = [
    *sorted((REPO / "examples").glob("*.py")),
    *sorted((REPO / "examples").glob("*/app.py")),
    *sorted((REPO / "tests" / "oracle" / "cases").glob("openapi_*.py")),
    *sorted((REPO / "tests" / "openapi" / "reference").glob("*.py")),
]


def _load(path: Path) -> ModuleType:
    return import_file(f"openapi_validation_{path.parent.name}_{path.stem}", path)


@pytest.mark.parametrize("path", APPS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_document_validates_as_openapi_3_1(path: Path) -> None:
    try:
        module = _load(path)
    except ModuleNotFoundError as exc:
        pytest.skip(f"{path.name} needs {exc.name}, a piece not installed here")
    app: Litestar = module.create_app() if hasattr(module, "create_app") else module.app
    with TestClient(app) as client:
        response = client.get("/schema/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    assert document["openapi"] == "3.1.0"
    assert document["paths"]
    validate(document)
