"""``litestar-middleware`` installs and serves with only ``litestar-core``; without it, its options fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install


def test_middleware_serves_with_only_core(
    make_venv: Callable[..., Path], run_script: Callable[[Path, str], dict[str, Any]]
) -> None:
    """CORS, CSRF, hosts, gzip, sessions, cache and rate limits work; optional backends name their package."""
    result = run_script(make_venv("litestar-core", "litestar-middleware"), "middleware.py")
    assert result["distributions"] == ["litestar-core", "litestar-middleware"]
    assert result["status"] == [200, 429]
    assert result["encoding"] == "gzip"
    assert result["vary"] == "Accept-Encoding, Origin"
    assert result["cors"] == "https://a.org"
    assert result["set_cookie"] is True
    assert result["body"] == "yyy"
    cookie = result["litestar.middleware.session.client_side"]
    assert cookie["type"] == "MissingDependencyException"
    assert "pip install cryptography" in cookie["message"]
    brotli = result["litestar.middleware.compression.brotli_facade"]
    assert "pip install brotli" in brotli["message"]
