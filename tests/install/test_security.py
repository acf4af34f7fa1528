"""litestar-authentication from its wheel: JWT auth on core alone, and clear errors when absent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_jwt_auth_serves_with_core_and_authentication(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """With core + litestar-authentication[jwt], login issues a token that authenticates /me."""
    result = run_script(make_venv("litestar-core", "litestar-authentication[jwt]"), "security.py")
    assert result["distributions"] == ["litestar-authentication", "litestar-core"]
    assert result["login"] == {"status": 201, "content_type": "application/json", "body": {"ok": True}}
    assert result["me"]["body"] == {"user": {"name": "alice"}, "sub": "alice"}
    assert result["anonymous"] == {
        "status": 401,
        "content_type": "application/json",
        "body": {"status_code": 401, "detail": "No JWT token found in request header"},
    }
    assert result["base_class"] == "litestar.middleware.authentication._middleware"


def test_missing_pyjwt_names_the_extra(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """Without PyJWT, importing the JWT backends names `litestar[jwt]` and `pyjwt`."""
    result = run_script(make_venv("litestar-core", "litestar-authentication"), "security_missing.py")
    assert result["jwt"]["type"] == "MissingDependencyException"
    assert "litestar[jwt]" in result["jwt"]["message"]
    assert "pip install pyjwt" in result["jwt"]["message"]
    assert result["base"] == {"type": None}


def test_missing_distribution_is_named(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """With core alone, asking for the authentication middleware names litestar-authentication."""
    result = run_script(make_venv("litestar-core"), "security_missing.py")
    assert result["jwt"]["type"] == "ModuleNotFoundError"
    assert result["base"]["type"] == "AttributeError"
    assert "pip install litestar-authentication" in result["base"]["message"]


def test_session_auth_with_core_middleware_and_authentication(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """With core + litestar-middleware + litestar-authentication, a session login authenticates /me."""
    result = run_script(
        make_venv("litestar-core", "litestar-middleware", "litestar-authentication"), "security_sessions.py"
    )
    assert result["distributions"] == ["litestar-authentication", "litestar-core", "litestar-middleware"]
    assert result["anonymous"]["status"] == 401
    assert result["anonymous"]["body"] == {"status_code": 401, "detail": "no session data found"}
    assert result["login"] == 201
    assert result["me"]["body"] == {"name": "alice"}
