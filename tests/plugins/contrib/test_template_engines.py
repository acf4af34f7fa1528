"""The Jinja2, Mako and MiniJinja engines behind ``TemplateConfig``, through real requests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.contrib.mako import MakoTemplate, MakoTemplateEngine
from litestar.contrib.minijinja import MiniJinjaTemplateEngine
from litestar.exceptions import ImproperlyConfiguredException, TemplateNotFoundException
from litestar.response import Template
from litestar.static_files import StaticFilesConfig
from litestar.template import TemplateConfig
from litestar.testing import TestClient

# Per engine: (class, page file name, page source, string template using a custom callable).
ENGINES: dict[str, tuple[Any, str, str, str]] = {
    "jinja": (
        JinjaTemplateEngine,
        "page.html",
        'Hi {{ name }} {{ url_for("item", item_id=2) }} [{{ csrf_token() }}] {{ request.url.path }}',
        "{{ name }}|{{ shout(3) }}",
    ),
    "mako": (
        MakoTemplateEngine,
        "page.mako",
        'Hi ${name} ${url_for("item", item_id=2)} [${csrf_token()}] ${request.url.path}',
        "${name}",
    ),
    "minijinja": (
        MiniJinjaTemplateEngine,
        "page.html",
        'Hi {{ name }} {{ url_for("item", item_id=2) }} [{{ csrf_token() }}] {{ request.url.path }}',
        "{{ name }}|{{ shout(3) }}",
    ),
}


def shout(context: Any, n: int) -> str:
    return f"{n}!"


@pytest.fixture(params=sorted(ENGINES))
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(engine_name: str, tmp_path: Path) -> Iterator[TestClient[Litestar]]:
    engine_class, page_name, page_source, string_source = ENGINES[engine_name]
    (tmp_path / page_name).write_text(page_source)

    @get("/items/{item_id:int}", name="item")
    async def item(item_id: int) -> Template:
        return Template(page_name, context={"name": "<b>"})

    @get("/string")
    async def string() -> Template:
        return Template(template_str=string_source, context={"name": "<b>"})

    @get("/missing")
    async def missing() -> Template:
        return Template("nope.html")

    config = TemplateConfig(
        engine=engine_class,
        directory=tmp_path,
        engine_callback=lambda engine: engine.register_template_callable("shout", shout),
    )
    with TestClient(Litestar([item, string, missing], template_config=config)) as client:
        yield client


def test_named_template_renders_escaped_with_helpers(client: TestClient[Litestar], engine_name: str) -> None:
    response = client.get("/items/1")
    assert response.status_code == 200
    slash = "&#x2f;" if engine_name == "minijinja" else "/"
    assert response.text == f"Hi &lt;b&gt; {slash}items{slash}2 [] {slash}items{slash}1"
    expected_type = "text/plain" if engine_name == "mako" else "text/html"
    assert response.headers["content-type"] == f"{expected_type}; charset=utf-8"


def test_string_template_with_custom_callable(client: TestClient[Litestar], engine_name: str) -> None:
    response = client.get("/string")
    assert response.status_code == 200
    expected = {"jinja": "&lt;b&gt;|3!", "mako": "<b>", "minijinja": "<b>|3!"}[engine_name]
    assert response.text == expected


def test_missing_template_is_a_500(client: TestClient[Litestar]) -> None:
    response = client.get("/missing")
    assert response.status_code == 500


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_get_template_raises_template_not_found(name: str, tmp_path: Path) -> None:
    engine = ENGINES[name][0](directory=tmp_path)
    with pytest.raises(TemplateNotFoundException, match=r"Template nope\.html not found"):
        engine.get_template("nope.html")


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_engine_needs_exactly_one_source(name: str, tmp_path: Path) -> None:
    engine_class = ENGINES[name][0]
    with pytest.raises(ImproperlyConfiguredException, match="You must provide either a directory"):
        engine_class()
    native = engine_class(directory=tmp_path).engine
    with pytest.raises(ImproperlyConfiguredException):
        engine_class(directory=tmp_path, engine_instance=native)


def test_from_native_engines(tmp_path: Path) -> None:
    import jinja2
    import minijinja
    from mako.lookup import TemplateLookup

    jinja_env = jinja2.Environment(autoescape=True)
    assert JinjaTemplateEngine.from_environment(jinja_env).engine is jinja_env
    lookup = TemplateLookup(directories=[str(tmp_path)])
    assert MakoTemplateEngine.from_template_lookup(lookup).engine is lookup
    mini_env = minijinja.Environment()
    mini = MiniJinjaTemplateEngine.from_environment(mini_env)
    assert mini.engine is mini_env
    mini_env.add_template("t.txt", "x{{ a }}")
    assert mini.get_template("t.txt").render(a=1) == "x1"
    assert mini.render_string("{{ a }}", {"a": 2}) == "2"


def test_mako_template_binds_callables_to_the_context(tmp_path: Path) -> None:
    (tmp_path / "t.mako").write_text("${greet()}")
    engine = MakoTemplateEngine(directory=[tmp_path])
    engine.register_template_callable("greet", lambda context: f"hello {context['who']}")
    template = engine.get_template("t.mako")
    assert isinstance(template, MakoTemplate)
    assert template.render(who="you") == "hello you"


def test_minijinja_loader_stays_inside_the_directories(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    (tmp_path / "secret.html").write_text("secret")
    engine = MiniJinjaTemplateEngine(directory=inner)
    with pytest.raises(TemplateNotFoundException):
        engine.get_template("../secret.html")


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_url_for_static_asset_in_templates(name: str, tmp_path: Path) -> None:
    engine_class = ENGINES[name][0]
    source = (
        '${url_for_static_asset("assets", "a.css")}'
        if name == "mako"
        else ('{{ url_for_static_asset("assets", "a.css") }}')
    )
    (tmp_path / "t.txt").write_text(source)

    @get("/")
    async def index() -> Template:
        return Template("t.txt")

    with pytest.warns(DeprecationWarning, match="StaticFilesConfig"):
        static = StaticFilesConfig(path="/static", directories=[tmp_path], name="assets")
    with pytest.warns(DeprecationWarning, match="copy_scope"):
        app = Litestar(
            [index],
            static_files_config=[static],
            template_config=TemplateConfig(engine=engine_class, directory=tmp_path),
        )
    with TestClient(app) as client, pytest.warns(DeprecationWarning, match="url_for_static_asset"):
        assert client.get("/").text.replace("&#x2f;", "/") == "/static/a.css"
