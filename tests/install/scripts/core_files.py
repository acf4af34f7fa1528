"""Run inside a venv holding only litestar-core: static files, File ranges, a custom template engine."""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, get
from litestar.response import File, Template
from litestar.static_files import create_static_files_router
from litestar.template import TemplateConfig

ROOT = Path(tempfile.mkdtemp())
(ROOT / "index.html").write_text("<h1>home</h1>")
(ROOT / "app.css").write_text("body{}")
(ROOT / "data.bin").write_bytes(bytes(range(100)))


class FormatTemplate:
    def __init__(self, source: str) -> None:
        self.source = source

    def render(self, *args: Any, **kwargs: Any) -> str:
        return self.source.format(**kwargs)


class FormatEngine:
    """A template engine built from the core protocols alone (``str.format`` templates)."""

    def __init__(self, directory: Any = None, engine_instance: Any = None) -> None:
        self.directory = Path(directory)

    def get_template(self, template_name: str) -> FormatTemplate:
        return FormatTemplate((self.directory / template_name).read_text())

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        return template_string.format(**context)

    def register_template_callable(self, key: str, template_callable: Any) -> None:
        return None


(ROOT / "page.txt").write_text("hello {name}")


@get("/file")
async def file() -> File:
    return File(ROOT / "data.bin", filename="data.bin")


@get("/page")
async def page() -> Template:
    return Template("page.txt", context={"name": "core"})


async def session(client: Any) -> dict[str, Any]:
    ranged = await client.request("GET", "/file", headers=[("range", "bytes=10-19")])
    return {
        "css": (await client.request("GET", "/static/app.css")).summary(),
        "index": (await client.request("GET", "/static/")).summary(),
        "missing": (await client.request("GET", "/static/nope")).status,
        "traversal": (await client.request("GET", "/static/%2e%2e/etc/passwd")).status,
        "range": {
            "status": ranged.status,
            "content_range": ranged.headers.get("content-range"),
            "body": list(ranged.body),
        },
        "page": (await client.request("GET", "/page")).summary(),
    }


def engine_import(name: str) -> dict[str, Any]:
    try:
        __import__(name)
    except ImportError as exc:
        return {"ok": False, "type": type(exc).__name__, "name": exc.name}
    return {"ok": True}


app = Litestar(
    [file, page, create_static_files_router("/static", [ROOT], html_mode=True)],
    template_config=TemplateConfig(engine=FormatEngine, directory=ROOT),
)
result = run(app, session)
result["import_jinja"] = engine_import("litestar.contrib.jinja")
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
print(json.dumps(result))
