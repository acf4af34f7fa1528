"""Flash messages over a session, read back in templates of each engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, Request, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.contrib.mako import MakoTemplateEngine
from litestar.contrib.minijinja import MiniJinjaTemplateEngine
from litestar.exceptions import ImproperlyConfiguredException
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.plugins.flash import FlashConfig, FlashPlugin, flash
from litestar.response import Template
from litestar.template import TemplateConfig
from litestar.testing import TestClient

SOURCES = {
    JinjaTemplateEngine: (
        "f.html",
        "{% for f in get_flashes() %}[{{ f.category }}:{{ f.message }}]{% endfor %}",
    ),
    MakoTemplateEngine: (
        "f.mako",
        "% for f in get_flashes():\n[${f['category']}:${f['message']}]\\\n% endfor\n",
    ),
    MiniJinjaTemplateEngine: (
        "f.html",
        "{% for f in get_flashes() %}[{{ f.category }}:{{ f.message }}]{% endfor %}",
    ),
}


SESSIONS = {
    "cookie": lambda: CookieBackendConfig(secret=b"0123456789abcdef").middleware,
    "server-side": lambda: ServerSideSessionConfig().middleware,
}


@pytest.mark.parametrize("session", sorted(SESSIONS))
@pytest.mark.parametrize("engine", list(SOURCES), ids=lambda e: e.__name__)
def test_flashes_are_shown_once(engine: Any, session: str, tmp_path: Path) -> None:
    name, source = SOURCES[engine]
    (tmp_path / name).write_text(source)

    @get("/set")
    async def set_messages(request: Request[Any, Any, Any]) -> str:
        flash(request, "hello", category="info")
        flash(request, "careful", category="warn")
        return "ok"

    @get("/show")
    async def show() -> Template:
        return Template(name)

    config = TemplateConfig(directory=tmp_path, engine=engine)
    app = Litestar(
        [set_messages, show],
        middleware=[SESSIONS[session]()],
        plugins=[FlashPlugin(FlashConfig(template_config=config))],
        template_config=config,
    )
    with TestClient(app) as client:
        assert client.get("/show").text.strip() == ""
        assert client.get("/set").text == "ok"
        assert client.get("/show").text.strip() == "[info:hello][warn:careful]"
        assert client.get("/show").text.strip() == ""


def test_flash_requires_a_session_middleware(tmp_path: Path) -> None:
    config = TemplateConfig(directory=tmp_path, engine=JinjaTemplateEngine)
    with pytest.raises(ImproperlyConfiguredException, match="Flash messages require a session middleware"):
        Litestar(plugins=[FlashPlugin(FlashConfig(template_config=config))], template_config=config)
