"""litestar-dto and litestar-plugins installed from wheels into fresh venvs."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_core_and_dto_serve_dtos_without_model_libraries(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """core + litestar-dto: a dataclass DTO renames, hides write-only fields and validates."""
    result = run_script(make_venv("litestar-core", "litestar-dto"), "core_dto.py")
    assert result["distributions"] == ["litestar-core", "litestar-dto"]
    assert not result["pydantic_installed"]
    assert not result["attrs_installed"]
    assert result["created"]["status"] == 201
    assert result["created"]["body"] == {"name": "a", "id": 1}
    assert result["invalid"] == 400


def test_dto_without_litestar_dto_fails_naming_it(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """core alone: ``dto=`` fails at construction with ``pip install litestar-dto``."""
    outcome = run_script(make_venv("litestar-core"), "core_dto_missing.py")
    assert outcome["raised"]
    assert "pip install litestar-dto" in outcome["message"]


def test_plugins_switch_pydantic_and_attrs_on(
    make_venv: Callable[..., Path],
    run_script: Callable[[Path, str], dict[str, Any]],
    wheelhouse: Path,
) -> None:
    """core + litestar-plugins[pydantic,attrs]: models validate (400 listing fields) and encode."""
    python = make_venv("litestar-core", "litestar-plugins")
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv
    subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(python),
            "--find-links",
            str(wheelhouse),
            "litestar-plugins[pydantic,attrs]==2.17.0",
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    result = run_script(python, "plugins_pydantic.py")
    assert result["item"]["status"] == 201
    assert result["item"]["body"] == {"name": "pen", "price": 1.5}
    assert result["invalid"]["status"] == 400
    assert [e["key"] for e in result["invalid"]["body"]["extra"]] == ["name", "price"]
    assert result["point"]["body"] == {"x": 1, "y": 0}
    assert "PydanticInitPlugin" in result["plugins"]
    assert "AttrsSchemaPlugin" in result["plugins"]


def test_piccolo_path_without_piccolo_names_the_extra(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """core + litestar-plugins without piccolo: ``litestar.contrib.piccolo`` says what to install."""
    outcome = run_script(
        make_venv("litestar-core", "litestar-dto", "litestar-plugins"), "plugins_piccolo_missing.py"
    )
    assert outcome["raised"]
    assert outcome["type"] == "MissingDependencyException"
    assert outcome["is_import_error"]
    assert "'piccolo'" in outcome["message"]
    assert "litestar[piccolo]" in outcome["message"]
