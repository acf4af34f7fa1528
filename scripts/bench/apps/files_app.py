"""The files-and-pages scenarios, written once against Litestar's public API.

Runs on the published litestar 2.17 and on this project's packages. The directory holding
the static files and the templates comes from ``BENCH_FILES_DIR`` (``files.py`` fills it):
``static/big.bin`` (10 MB) and ``templates/page.html`` (a Jinja2 page with a loop, a
filter, ``url_for`` and an inherited layout) and ``templates/small.html`` (two variables).
"""

from __future__ import annotations

import os
from pathlib import Path

from litestar import Litestar, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.static_files import create_static_files_router
from litestar.template import TemplateConfig

__all__ = ("ITEMS", "app")

ROOT = Path(os.environ.get("BENCH_FILES_DIR", "."))
ITEMS = [{"id": i, "name": f"item <{i}>", "price": i * 1.25} for i in range(20)]


@get("/items/{item_id:int}", name="item")
async def item(item_id: int) -> dict[str, int]:
    """The target of the page's links."""
    return {"id": item_id}


@get("/page")
async def page() -> Template:
    """A rendered Jinja2 page."""
    return Template("page.html", context={"title": "Catalogue", "items": ITEMS})


@get("/small")
async def small() -> Template:
    """A small rendered Jinja2 page: a heading and a paragraph."""
    return Template("small.html", context={"title": "Hello", "message": "A short <page>."})


app = Litestar(
    [item, page, small, create_static_files_router("/static", [ROOT / "static"])],
    template_config=TemplateConfig(directory=ROOT / "templates", engine=JinjaTemplateEngine),
)
