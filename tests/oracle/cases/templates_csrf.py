"""csrf_token() and csrf_input in templates under CSRFConfig; posts without the token are refused."""

from __future__ import annotations

import re
from pathlib import Path

from litestar import Litestar, get, post
from litestar.config.csrf import CSRFConfig
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.template import TemplateConfig

HERE = Path(__file__).resolve().parent


@get("/form")
async def form() -> Template:
    return Template("csrf_form.html")


@post("/submit")
async def submit() -> str:
    return "accepted"


def create_app() -> Litestar:
    return Litestar(
        [form, submit],
        csrf_config=CSRFConfig(secret="oracle secret"),
        template_config=TemplateConfig(directory=HERE / "_templates", engine=JinjaTemplateEngine),
    )


REQUESTS = [
    {"method": "GET", "url": "/form", "name": "form with token"},
    {"method": "POST", "url": "/submit", "name": "post without token"},
    {"method": "POST", "url": "/submit", "data": {"x": "1"}, "name": "form post without token"},
]


def NORMALISE(resp: dict) -> dict:
    """Tokens are random: check their shape, and that the input and the call agree."""
    body = resp.get("body")
    if isinstance(body, str) and "_csrf_token" in body:
        tokens = re.findall(r"[0-9a-f]{64,}", body)
        same = len(tokens) == 2 and tokens[0] == tokens[1]
        resp["body"] = re.sub(r"[0-9a-f]{64,}", "<token>", body) + f"same={same}"
    cookies = resp.get("headers", {}).get("set-cookie")
    if isinstance(cookies, list):
        resp["headers"]["set-cookie"] = [re.sub(r"=[0-9a-f]{64,}", "=<token>", c) for c in cookies]
    return resp
