"""Templates rendered by the jinja engine: named and string templates, helpers, media types, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar import Litestar, MediaType, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.template import TemplateConfig

HERE = Path(__file__).resolve().parent


def shout(context: Any, value: str) -> str:
    return f"{str(value).upper()}!"


@get("/greet/{name:str}", name="greet")
async def greet(name: str) -> Template:
    return Template("page.html.j2", context={"name": name})


@get("/string")
async def string() -> Template:
    return Template(template_str="{{ name }}|{{ shout(name) }}", context={"name": "<b>bold</b>"})


@get("/string-text", media_type=MediaType.TEXT)
async def string_text() -> Template:
    return Template(template_str="{{ name }}|{{ shout(name) }}", context={"name": "a&b"})


@get("/note")
async def note() -> Template:
    return Template("note.txt", context={"name": "n"})


@get("/list")
async def items() -> Template:
    return Template("list.html", context={"items": ["a", "<b>"], "name": "l"}, headers={"x-kind": "list"})


@get("/status")
async def status() -> Template:
    return Template("note.txt", context={"name": "s"}, status_code=202, media_type="text/x-custom")


@get("/missing")
async def missing() -> Template:
    return Template("does-not-exist.html")


def create_app() -> Litestar:
    config = TemplateConfig(
        directory=HERE / "_templates",
        engine=JinjaTemplateEngine,
        engine_callback=lambda engine: engine.register_template_callable("shout", shout),
    )
    return Litestar([greet, string, string_text, note, items, status, missing], template_config=config)


REQUESTS = [
    {"method": "GET", "url": "/greet/world", "name": "named template"},
    {"method": "GET", "url": "/greet/%3Cscript%3E", "name": "escaped value"},
    {"method": "GET", "url": "/string", "name": "string template"},
    {"method": "GET", "url": "/string-text", "name": "string template as text"},
    {"method": "GET", "url": "/note", "name": "text template"},
    {"method": "GET", "url": "/list", "name": "loop"},
    {"method": "GET", "url": "/status", "name": "status and media type"},
    {"method": "GET", "url": "/missing", "name": "missing template"},
]
