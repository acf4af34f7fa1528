"""Files and pages from wheels: core alone serves static files; engines need plugins + their library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.install

Runner = Callable[[Path, str], dict[str, Any]]


def test_core_alone_serves_static_files_file_ranges_and_templates(
    make_venv: Callable[..., Path], run_script: Runner
) -> None:
    """litestar-core by itself: static files (html mode), 206 ranges, a protocol-only template engine."""
    result = run_script(make_venv("litestar-core"), "core_files.py")
    assert result["distributions"] == ["litestar-core"]
    assert result["css"] == {"status": 200, "content_type": "text/css; charset=utf-8", "body": "body{}"}
    assert result["index"]["body"] == "<h1>home</h1>"
    assert result["missing"] == 404
    assert result["traversal"] == 404
    assert result["range"] == {"status": 206, "content_range": "bytes 10-19/100", "body": list(range(10, 20))}
    assert result["page"]["body"] == "hello core"
    assert result["import_jinja"] == {
        "ok": False,
        "type": "ModuleNotFoundError",
        "name": "litestar.contrib.jinja",
    }


def test_plugins_without_engine_libraries_name_the_extra(
    make_venv: Callable[..., Path], run_script: Runner
) -> None:
    """litestar-plugins alone: each engine import fails naming ``pip install 'litestar[<extra>]'``."""
    result = run_script(make_venv("litestar-core", "litestar-plugins"), "plugins_engines.py")
    for module, extra in (
        ("litestar.contrib.jinja", "jinja"),
        ("litestar.contrib.mako", "mako"),
        ("litestar.contrib.minijinja", "minijinja"),
    ):
        assert result[module]["ok"] is False
        assert result[module]["type"] == "MissingDependencyException"
        assert f"litestar[{extra}]" in result[module]["message"]
    assert result["htmx"] == {"ok": True}


def test_jinja_extra_renders_pages(make_venv: Callable[..., Path], run_script: Runner) -> None:
    """``litestar-plugins[jinja]`` brings Jinja2: templates render with ``url_for`` and escaping."""
    result = run_script(make_venv("litestar-core", "litestar-plugins[jinja]"), "plugins_engines.py")
    assert result["litestar.contrib.jinja"] == {"ok": True}
    assert result["litestar.contrib.mako"]["ok"] is False
    assert result["jinja_render"]["page"] == {
        "status": 200,
        "content_type": "text/html; charset=utf-8",
        "body": "Hello &lt;you&gt; /page",
    }
