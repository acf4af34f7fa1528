"""Where and how the document is served: default pages, render plugins, caching, the app API."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, Router, get
from litestar.exceptions import ImproperlyConfiguredException
from litestar.openapi import OpenAPIConfig, OpenAPIController
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    RapidocRenderPlugin,
    RedocRenderPlugin,
    ScalarRenderPlugin,
    StoplightRenderPlugin,
    SwaggerRenderPlugin,
    YamlRenderPlugin,
)
from litestar.openapi.spec import OpenAPI
from litestar.testing import TestClient


@get("/items", sync_to_thread=False)
def list_items() -> list[int]:
    return [1]


@get("/later", sync_to_thread=False)
def later() -> int:
    return 1


def test_default_config_serves_every_page() -> None:
    app = Litestar([list_items])
    assert app.openapi_config is not None
    assert (app.openapi_config.title, app.openapi_config.version) == ("Litestar API", "1.0.0")
    with TestClient(app) as client:
        expected = {
            "/schema": "text/html; charset=utf-8",
            "/schema/": "text/html; charset=utf-8",
            "/schema/redoc": "text/html; charset=utf-8",
            "/schema/swagger": "text/html; charset=utf-8",
            "/schema/elements": "text/html; charset=utf-8",
            "/schema/rapidoc": "text/html; charset=utf-8",
            "/schema/oauth2-redirect.html": "text/html; charset=utf-8",
            "/schema/openapi.json": "application/vnd.oai.openapi+json",
            "/schema/openapi.yaml": "application/vnd.oai.openapi",
            "/schema/openapi.yml": "application/vnd.oai.openapi",
        }
        for path, content_type in expected.items():
            response = client.get(path)
            assert (path, response.status_code, response.headers["content-type"]) == (path, 200, content_type)
        assert "Redoc.init(" in client.get("/schema").text
        assert "swaggerUIRedirectOauth2" in client.get("/schema/oauth2-redirect.html").text
        assert "openapi: 3.1.0" in client.get("/schema/openapi.yaml").text
        missing = client.get("/schema/nope")
        assert (missing.status_code, missing.headers["content-type"]) == (404, "text/html; charset=utf-8")
        assert "Error 404" in missing.text
        assert client.get("/schema/scalar").status_code == 404


def test_no_schema_when_config_is_none() -> None:
    app = Litestar([list_items], openapi_config=None)
    assert app.openapi_config is None
    with pytest.raises(ImproperlyConfiguredException, match="OpenAPIConfig not initialized"):
        app.openapi_schema  # noqa: B018
    with pytest.raises(ImproperlyConfiguredException):
        app.update_openapi_schema()
    with TestClient(app) as client:
        assert client.get("/schema/openapi.json").status_code == 404


def test_render_plugins_at_a_custom_path() -> None:
    config = OpenAPIConfig(
        title="Shop",
        version="2",
        path="/docs/",
        render_plugins=[
            ScalarRenderPlugin(options={"theme": "moon"}, js_url="/s.js"),
            SwaggerRenderPlugin(path=["/sw", "/swagger"], init_oauth=b'{"clientId": "x"}'),
            RapidocRenderPlugin(),
            StoplightRenderPlugin(),
            RedocRenderPlugin(google_fonts=False),
            YamlRenderPlugin(),
        ],
    )
    app = Litestar([list_items], openapi_config=config)
    assert config.path == "/docs"
    with TestClient(app) as client:
        root = client.get("/docs")
        assert root.status_code == 200
        assert 'data-url="/docs/openapi.json"' in root.text
        assert "data-configuration='{&quot;theme&quot;:&quot;moon&quot;}'" in root.text
        assert '<script src="/s.js" crossorigin>' in root.text
        assert client.get("/docs/scalar").text == root.text
        assert 'ui.initOAuth({"clientId": "x"});' in client.get("/docs/sw").text
        assert client.get("/docs/swagger").status_code == 200
        assert 'spec-url="/docs/openapi.json"' in client.get("/docs/rapidoc").text
        assert 'apiDescriptionUrl="/docs/openapi.json"' in client.get("/docs/elements").text
        assert "fonts.googleapis" not in client.get("/docs/redoc").text
        assert client.get("/docs/openapi.json").json()["info"] == {"title": "Shop", "version": "2"}
        assert client.get("/docs/openapi.yml").status_code == 200
        assert client.get("/schema/openapi.json").status_code == 404


def test_a_plugin_at_the_root_path_answers_it() -> None:
    config = OpenAPIConfig("T", "1", render_plugins=[JsonRenderPlugin(), SwaggerRenderPlugin(path="/")])
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        assert "SwaggerUIBundle" in client.get("/schema").text
        assert client.get("/schema/openapi.json").status_code == 200


def test_root_path_prefixes_the_json_url() -> None:
    config = OpenAPIConfig("T", "1", render_plugins=[ScalarRenderPlugin()])
    app = Litestar([list_items], openapi_config=config)
    with TestClient(app, root_path="/api") as client:
        assert 'data-url="/api/schema/openapi.json"' in client.get("/schema").text


def test_custom_render_plugin_renders_on_every_request() -> None:
    calls: list[str] = []

    class Counting(JsonRenderPlugin):
        def render(self, request: Any, openapi_schema: dict[str, Any]) -> bytes:
            calls.append(request.url.path)
            return super().render(request, openapi_schema)

    config = OpenAPIConfig("T", "1", render_plugins=[Counting()])
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        client.get("/schema/openapi.json")
        client.get("/schema/openapi.json")
    assert calls == ["/schema/openapi.json", "/schema/openapi.json"]


def test_document_is_built_once_and_rebuilt_after_new_routes() -> None:
    app = Litestar([list_items])
    first = app.openapi_schema
    assert isinstance(first, OpenAPI)
    assert app.openapi_schema is first
    app.register(later)
    assert "/later" in app.openapi_schema.paths  # type: ignore[operator]
    again = app.openapi_schema
    app.update_openapi_schema()
    assert app.openapi_schema is not again
    with TestClient(app) as client:
        body = client.get("/schema/openapi.json").content
        assert client.get("/schema/openapi.json").content == body
        assert sorted(client.get("/schema/openapi.json").json()["paths"]) == ["/items", "/later"]


def test_openapi_router_and_invalid_config() -> None:
    router = Router("/api-docs", route_handlers=[])
    config = OpenAPIConfig("T", "1", openapi_router=router, render_plugins=[JsonRenderPlugin()])
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        assert client.get("/api-docs/openapi.json").status_code == 200
    with pytest.raises(ImproperlyConfiguredException, match="OpenAPIConfig"):
        Litestar([list_items], openapi_config={"title": "x"})  # type: ignore[arg-type]


def test_components_and_metadata_from_the_config() -> None:
    from litestar.openapi.spec import Components, Contact, License, Schema, SecurityScheme, Server, Tag

    config = OpenAPIConfig(
        "T",
        "1",
        description="d",
        summary="s",
        contact=Contact(name="me"),
        license=License(name="MIT"),
        servers=[Server(url="https://api.example.com")],
        tags=[Tag(name="items", description="Items")],
        security=[{"key": []}],
        components=[
            Components(schemas={"Extra": Schema(description="x")}),
            Components(
                security_schemes={"key": SecurityScheme(type="apiKey", name="k", security_scheme_in="header")}
            ),
        ],
    )
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        document = client.get("/schema/openapi.json").json()
    assert document["info"] == {
        "title": "T",
        "version": "1",
        "summary": "s",
        "description": "d",
        "contact": {"name": "me"},
        "license": {"name": "MIT"},
    }
    assert document["servers"] == [{"url": "https://api.example.com"}]
    assert document["tags"] == [{"name": "items", "description": "Items"}]
    assert document["security"] == [{"key": []}]
    assert document["components"]["schemas"] == {"Extra": {"description": "x"}}
    assert document["components"]["securitySchemes"]["key"]["in"] == "header"


class DocsController(OpenAPIController):
    path = "/old-docs"
    favicon_url = "/favicon.ico"


def test_openapi_controller_compatibility() -> None:
    config = OpenAPIConfig(
        "T", "1", openapi_controller=DocsController, enabled_endpoints={"swagger", "openapi.json"}
    )
    app = Litestar([list_items], openapi_config=config)
    with TestClient(app) as client:
        assert client.get("/old-docs/openapi.json").json()["info"]["title"] == "T"
        swagger = client.get("/old-docs/swagger")
        assert swagger.status_code == 200
        assert "href='/favicon.ico'" in swagger.text
        assert "Redoc.init(" in client.get("/old-docs").text
        assert client.get("/old-docs/rapidoc").status_code == 404
        assert client.get("/old-docs/elements").status_code == 404
        assert client.get("/old-docs/redoc").status_code == 404
        assert client.get("/old-docs/openapi.yaml").status_code == 404
        assert client.get("/old-docs/oauth2-redirect.html").status_code == 404


def test_openapi_controller_serves_every_enabled_page() -> None:
    config = OpenAPIConfig("T", "1", openapi_controller=OpenAPIController, path="/c")
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        for page in ("swagger", "elements", "rapidoc", "redoc", "oauth2-redirect.html", "openapi.yaml"):
            assert client.get(f"/c/{page}").status_code == 200, page


def test_served_pages_follow_a_rebuilt_document() -> None:
    app = Litestar([list_items])
    with TestClient(app) as client:
        assert sorted(client.get("/schema/openapi.json").json()["paths"]) == ["/items"]
        assert "/later" not in client.get("/schema/swagger").text
        app.register(later)
        assert sorted(client.get("/schema/openapi.json").json()["paths"]) == ["/items", "/later"]
        assert "/later" in client.get("/schema/swagger").text


@pytest.mark.parametrize("plugin", [JsonRenderPlugin, SwaggerRenderPlugin])
def test_built_in_pages_are_rendered_once_and_served_as_bytes(
    plugin: type[JsonRenderPlugin | SwaggerRenderPlugin], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A built-in page is encoded on the first request only; later ones reuse the bytes."""
    calls: list[int] = []
    render = plugin.render

    def counting(self: Any, request: Any, openapi_schema: dict[str, Any]) -> bytes:
        calls.append(1)
        return render(self, request, openapi_schema)

    monkeypatch.setattr(plugin, "render", counting)
    config = OpenAPIConfig("T", "1", render_plugins=[plugin()])
    path = "/schema/openapi.json" if plugin is JsonRenderPlugin else "/schema/swagger"
    with TestClient(Litestar([list_items], openapi_config=config)) as client:
        first = client.get(path)
        second = client.get(path)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert second.headers["content-length"] == str(len(first.content))
    assert calls == [1]
