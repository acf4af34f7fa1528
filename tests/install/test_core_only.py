"""With only ``litestar-core`` installed, a full JSON API is served through plain ASGI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


@pytest.fixture
def result(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> dict[str, Any]:
    """Observations of scripts/core_only.py run in a venv with litestar-core alone."""
    return run_script(make_venv("litestar-core"), "core_only.py")


def test_only_core_is_installed(result: dict[str, Any]) -> None:
    """The venv holds litestar-core and no other litestar distribution."""
    assert result["distributions"] == ["litestar-core"]


def test_path_and_query_parameters(result: dict[str, Any]) -> None:
    """GET with a path and query parameters gives 200 JSON; a missing query param gives 400."""
    assert result["get"] == {
        "status": 200,
        "content_type": "application/json",
        "body": {"item_id": 7, "q": "shoe", "limit": 3},
    }
    assert result["get_default"]["body"] == {"item_id": 8, "q": "hat", "limit": 10}
    assert result["get_missing_query"] == 400


def test_dataclass_body(result: dict[str, Any]) -> None:
    """POST of a dataclass body gives 201; a wrongly typed field gives a 400 naming it."""
    assert result["post"] == {
        "status": 201,
        "content_type": "application/json",
        "body": {"name": "PEN", "price": 3.0},
    }
    wrong = result["post_wrong_type"]
    assert wrong["status"] == 400
    assert wrong["content_type"] == "application/json"
    assert wrong["body"]["status_code"] == 400
    assert wrong["body"]["detail"] == "Validation failed for POST /items"
    assert [e["key"] for e in wrong["body"]["extra"]] == ["price"]


def test_unknown_path(result: dict[str, Any]) -> None:
    """An unknown path gives the 404 JSON error."""
    assert result["unknown_path"] == {
        "status": 404,
        "content_type": "application/json",
        "body": {"status_code": 404, "detail": "Not Found"},
    }


def test_other_pieces_are_not_importable(result: dict[str, Any]) -> None:
    """``litestar.di`` and ``litestar.testing`` are missing modules, not broken ones."""
    assert result["import_di"] == {"ok": False, "type": "ModuleNotFoundError", "name": "litestar.di"}
    assert result["import_testing"] == {
        "ok": False,
        "type": "ModuleNotFoundError",
        "name": "litestar.testing",
    }


def test_dependencies_without_di_fail_at_construction(result: dict[str, Any]) -> None:
    """``Litestar(dependencies=...)`` raises a library error that names litestar-di."""
    outcome = result["dependencies"]
    assert outcome["raised"] is True
    assert "litestar-di" in outcome["message"]
    assert "LitestarException" in outcome["mro"]


def test_core_alone_serves_no_schema(result: dict[str, Any]) -> None:
    """Without litestar-openapi there is no /schema, and asking for the schema names the piece."""
    assert result["schema_path"] == {"status": 404}
    assert result["openapi_schema"]["type"] == "MissingDependencyException"
    assert "pip install litestar-openapi" in result["openapi_schema"]["message"]


def test_middleware_options_without_the_piece_fail_at_construction(result: dict[str, Any]) -> None:
    """Each built-in middleware option names litestar-middleware when it is not installed."""
    for option, message in result["middleware_options"].items():
        assert (
            message
            == f"`{option}=` needs the litestar-middleware distribution: pip install litestar-middleware"
        )
