"""Plugins may read and change the default OpenAPI configuration before the app exists."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from litestar import Litestar, get
from litestar.app import DEFAULT_OPENAPI_CONFIG
from litestar.config.app import AppConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.plugins import InitPluginProtocol
from litestar.testing import TestClient


class ApiKeySchemePlugin(InitPluginProtocol):
    """Adds a security scheme to whatever OpenAPI configuration the app will serve."""

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        scheme = SecurityScheme(type="apiKey", name="X-API-Key", security_scheme_in="header")
        app_config.openapi_config.components = Components(security_schemes={"ApiKey": scheme})
        return app_config


@get("/items")
async def items() -> list[int]:
    return [1]


@pytest.fixture
def restore_default_components() -> Iterator[None]:
    """The default configuration is shared by every app, as in 2.17: undo the change."""
    original = DEFAULT_OPENAPI_CONFIG.components
    yield
    DEFAULT_OPENAPI_CONFIG.components = original


@pytest.mark.usefixtures("restore_default_components")
def test_a_plugin_changes_the_default_config_that_the_app_serves() -> None:
    """A change made through the default config's attributes shows in the served document."""
    app = Litestar([items], plugins=[ApiKeySchemePlugin()])
    assert app.openapi_config is not None
    assert app.openapi_config.title == "Litestar API"
    with TestClient(app) as client:
        document = client.get("/schema/openapi.json").json()
    assert document["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "name": "X-API-Key",
        "in": "header",
    }


def test_the_default_config_reads_like_an_openapi_config() -> None:
    """Attributes of the marker are those of 2.17's default configuration; a copy is a real config."""
    assert DEFAULT_OPENAPI_CONFIG.title == "Litestar API"
    assert DEFAULT_OPENAPI_CONFIG.version == "1.0.0"
    assert hasattr(DEFAULT_OPENAPI_CONFIG, "path")
    assert not hasattr(DEFAULT_OPENAPI_CONFIG, "__len__")
    copied = copy.copy(DEFAULT_OPENAPI_CONFIG)
    assert isinstance(copied, OpenAPIConfig)
    copied.title = "Changed"
    assert DEFAULT_OPENAPI_CONFIG.title == "Litestar API"
