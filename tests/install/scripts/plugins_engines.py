"""Run inside a venv holding litestar-plugins: which engines import, and what a missing one says."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, get
from litestar.response import Template
from litestar.template import TemplateConfig

ROOT = Path(tempfile.mkdtemp())
(ROOT / "page.html").write_text("Hello {{ name }} {{ url_for('page') }}")


def engine(module: str, name: str) -> tuple[Any, dict[str, Any]]:
    try:
        imported = __import__(module, fromlist=[name])
    except ImportError as exc:
        return None, {"ok": False, "type": type(exc).__name__, "message": str(exc)}
    return getattr(imported, name), {"ok": True}


@get("/page", name="page")
async def page() -> Template:
    return Template("page.html", context={"name": "<you>"})


async def session(client: Any) -> dict[str, Any]:
    return {"page": (await client.request("GET", "/page")).summary()}


result: dict[str, Any] = {}
for module, name in (
    ("litestar.contrib.jinja", "JinjaTemplateEngine"),
    ("litestar.contrib.mako", "MakoTemplateEngine"),
    ("litestar.contrib.minijinja", "MiniJinjaTemplateEngine"),
):
    engine_class, result[module] = engine(module, name)
    if module.endswith("jinja") and not module.endswith("minijinja") and engine_class is not None:
        app = Litestar([page], template_config=TemplateConfig(engine=engine_class, directory=ROOT))
        result["jinja_render"] = run(app, session)
result["htmx"] = engine("litestar.plugins.htmx", "HTMXPlugin")[1]
print(json.dumps(result))
