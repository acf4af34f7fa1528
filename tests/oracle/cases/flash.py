"""Flash messages: stored in a server-side session by one request, shown once by a template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar import Litestar, Request, get, post
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.plugins.flash import FlashConfig, FlashPlugin, flash
from litestar.response import Redirect, Template
from litestar.template import TemplateConfig

HERE = Path(__file__).resolve().parent


@post("/save")
async def save(request: Request[Any, Any, Any]) -> Redirect:
    flash(request, "Saved.", category="success")
    flash(request, "Check <your> inbox", category="info")
    return Redirect("/")


@get("/")
async def index() -> Template:
    return Template("flashes.html")


@get("/raw")
async def raw(request: Request[Any, Any, Any]) -> dict[str, Any]:
    flash(request, {"n": 1}, category="data")
    return dict(request.session)


def create_app() -> Litestar:
    templates = TemplateConfig(directory=HERE / "_templates", engine=JinjaTemplateEngine)
    return Litestar(
        [save, index, raw],
        middleware=[ServerSideSessionConfig().middleware],
        plugins=[FlashPlugin(FlashConfig(template_config=templates))],
        template_config=templates,
    )


REQUESTS = [
    {"method": "GET", "url": "/", "name": "nothing flashed"},
    {"method": "POST", "url": "/save", "follow_redirects": True, "name": "flash then show"},
    {"method": "GET", "url": "/", "name": "shown once"},
    {"method": "GET", "url": "/raw", "name": "session layout"},
]


def NORMALISE(resp: dict) -> dict:
    """Session ids are random: keep the cookie's attributes only."""
    cookies = resp.get("headers", {}).get("set-cookie")
    if isinstance(cookies, list):
        resp["headers"]["set-cookie"] = [c.split(";", 1)[1] if "=" in c else c for c in cookies]
    return resp
