"""``TemplateConfig`` and the template callables of ``litestar.template.base``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, get
from litestar.exceptions import ImproperlyConfiguredException
from litestar.response import Template
from litestar.template import TemplateConfig, TemplateEngineProtocol, TemplateProtocol
from litestar.template.base import csrf_token, url_for, url_for_static_asset
from litestar.testing import TestClient


class _Template:
    def __init__(self, source: str, engine: FormatEngine) -> None:
        self.source = source
        self.engine = engine

    def render(self, *args: Any, **kwargs: Any) -> str:
        return self.engine.render_string(self.source, kwargs)


class FormatEngine:
    """A tiny engine: ``str.format`` templates, callables applied to the context."""

    def __init__(
        self, directory: Path | list[Path] | None = None, engine_instance: Any | None = None
    ) -> None:
        self.directory = directory
        self.callables: dict[str, Any] = {}

    def get_template(self, template_name: str) -> _Template:
        assert isinstance(self.directory, Path)
        return _Template((self.directory / template_name).read_text(), self)

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        values = {key: fn(context) for key, fn in self.callables.items()}
        return template_string.format(**{**context, **values})

    def register_template_callable(self, key: str, template_callable: Any) -> None:
        self.callables[key] = template_callable


def test_engine_class_needs_a_directory() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="directory is a required kwarg"):
        TemplateConfig(engine=FormatEngine)


def test_directory_and_instance_exclude_each_other() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="directory cannot be set if instance is"):
        TemplateConfig(directory="x", instance=FormatEngine())


def test_engine_class_is_built_once_and_passed_to_the_callback(tmp_path: Path) -> None:
    seen: list[Any] = []
    config = TemplateConfig(engine=FormatEngine, directory=tmp_path, engine_callback=seen.append)
    engine = config.engine_instance
    assert isinstance(engine, FormatEngine)
    assert engine.directory == tmp_path
    assert config.engine_instance is engine
    assert seen == [engine]


def test_instance_and_engine_instance_are_used_as_given() -> None:
    instance = FormatEngine()
    seen: list[Any] = []
    assert TemplateConfig(instance=instance, engine_callback=seen.append).engine_instance is instance
    assert TemplateConfig(engine=instance).engine_instance is instance
    assert seen == [instance]
    assert TemplateConfig().engine_instance is None


def test_engine_satisfies_the_protocols(tmp_path: Path) -> None:
    engine = FormatEngine(tmp_path)
    (tmp_path / "t.txt").write_text("x")
    assert isinstance(engine, TemplateEngineProtocol)
    assert isinstance(engine.get_template("t.txt"), TemplateProtocol)


def test_template_callables_read_the_request(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{name} {link} [{token}]")

    def register(engine: FormatEngine) -> None:
        engine.register_template_callable("link", lambda ctx: url_for(ctx, "item", item_id=3))
        engine.register_template_callable("token", csrf_token)

    @get("/items/{item_id:int}", name="item")
    async def item(item_id: int) -> Template:
        return Template("page.html", context={"name": "n"})

    config = TemplateConfig(engine=FormatEngine, directory=tmp_path, engine_callback=register)
    with TestClient(Litestar([item], template_config=config)) as client:
        response = client.get("/items/1")
        assert response.text == "n /items/3 []"
        assert response.headers["content-type"] == "text/html; charset=utf-8"


def test_callables_need_a_request_in_the_context() -> None:
    with pytest.raises(ValueError, match="request could not be extracted"):
        url_for({}, "x")
    with pytest.raises(ValueError, match="request could not be extracted"):
        url_for_static_asset({}, "x", "y")
