"""Building an app: on_app_init, init plugins, from_config, options and missing pieces."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar, Router, _discovery, get
from litestar.config.app import AppConfig
from litestar.exceptions import MissingDependencyException
from litestar.plugins import InitPlugin
from litestar.testing import TestClient


@get("/")
async def index() -> str:
    return "index"


@get("/extra")
async def extra() -> str:
    return "extra"


def test_on_app_init_hooks_run_in_order_then_plugins() -> None:
    seen: list[str] = []

    def first(config: AppConfig) -> AppConfig:
        seen.append("first")
        config.route_handlers.append(extra)
        return config

    def second(config: AppConfig) -> AppConfig:
        seen.append("second")
        config.opt["second"] = True
        return config

    class Plugin(InitPlugin):
        def on_app_init(self, app_config: AppConfig) -> AppConfig:
            seen.append(f"plugin {app_config.opt}")
            app_config.debug = True
            return app_config

    app = Litestar([index], on_app_init=[first, second], plugins=[Plugin()])
    assert seen == ["first", "second", "plugin {'second': True}"]
    assert app.debug is True
    assert app.opt == {"second": True}
    with TestClient(app) as client:
        assert client.get("/extra").text == "extra"


def test_plugins_without_on_app_init_are_kept() -> None:
    class CliPlugin:
        def on_cli_init(self, cli: Any) -> None:
            pass

    class SchemaPlugin:
        def to_openapi_schema(self) -> None:
            pass

    class SerializationPlugin:
        def supports_type(self, field_definition: Any) -> bool:
            return False

        def create_dto_for_type(self, field_definition: Any) -> None:
            pass

    plugins = [CliPlugin(), SchemaPlugin(), SerializationPlugin()]
    app = Litestar([index], plugins=plugins)
    # The default plugins of imported model libraries (pydantic, attrs) follow the user's.
    assert list(app.plugins)[:3] == plugins
    assert app.cli_plugins == [plugins[0]]
    assert [p for p in app.openapi_schema_plugins if p in plugins] == [plugins[1]]
    assert app.serialization_plugins == [plugins[2]]


def test_from_config_builds_an_app() -> None:
    config = AppConfig(route_handlers=[index], path="/api", debug=True, opt={"a": 1})
    app = Litestar.from_config(config)
    assert isinstance(app, Litestar)
    assert app.debug is True
    assert app.opt == {"a": 1}
    with TestClient(app) as client:
        assert client.get("/api").text == "index"


def test_options_are_exposed_as_attributes() -> None:
    app = Litestar(
        [index], multipart_form_part_limit=3, experimental_features=[], tags=["t"], openapi_config=None
    )
    assert app.multipart_form_part_limit == 3
    assert app.experimental_features == []
    assert app.asgi_router is app
    assert app.asgi_handler is app
    assert app.route_map is not None
    assert app.static_files_config == []
    assert app.openapi_config is None
    assert app.template_engine is None
    assert repr(app) == "<Litestar path='' routes=1>"
    app.debug = True
    assert app.debug is True


def test_debug_setter_updates_configured_logging() -> None:
    import logging

    app = Litestar([index])
    logger = app.logger
    assert logger.getEffectiveLevel() == logging.INFO
    app.debug = True
    assert logger.getEffectiveLevel() == logging.DEBUG
    app.debug = False
    assert logger.getEffectiveLevel() == logging.INFO


def test_path_option_prefixes_every_route() -> None:
    app = Litestar([index, Router("/r", route_handlers=[extra])], path="/v1")
    with TestClient(app) as client:
        assert client.get("/v1").text == "index"
        assert client.get("/v1/r/extra").text == "extra"
        assert client.get("/").status_code == 404


@pytest.fixture
def no_pieces(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pretend only litestar-core is installed."""
    monkeypatch.setattr(_discovery, "_entry_points", dict)
    monkeypatch.setattr(_discovery, "_FIRST_PARTY_OBJECTS", {})
    _discovery.load_piece.cache_clear()
    yield
    _discovery.load_piece.cache_clear()


@pytest.mark.parametrize(
    ("option", "distribution"),
    [
        ("cors_config", "litestar-middleware"),
        ("csrf_config", "litestar-middleware"),
        ("compression_config", "litestar-middleware"),
        ("allowed_hosts", "litestar-middleware"),
        ("response_cache_config", "litestar-middleware"),
        ("openapi_config", "litestar-openapi"),
    ],
)
def test_option_needing_a_missing_distribution_fails_naming_it(
    no_pieces: None, option: str, distribution: str
) -> None:
    value: Any = ["example.com"] if option == "allowed_hosts" else object()
    with pytest.raises(
        MissingDependencyException, match=f"`{option}=` needs the {distribution} distribution"
    ) as info:
        Litestar([index], **{option: value})
    assert f"pip install {distribution}" in str(info.value)


def test_dependencies_without_litestar_di_fail_naming_it(no_pieces: None) -> None:
    @get("/dep")
    async def needs(value: int) -> int:
        return value

    with pytest.raises(MissingDependencyException, match="pip install litestar-di"):
        Litestar([needs], dependencies={"value": object()})


def test_openapi_schema_needs_litestar_openapi(no_pieces: None) -> None:
    app = Litestar([index])
    with pytest.raises(MissingDependencyException, match="litestar-openapi"):
        app.openapi_schema  # noqa: B018
    with pytest.raises(MissingDependencyException, match="litestar-openapi"):
        app.update_openapi_schema()


def test_openapi_config_none_and_default_need_nothing(no_pieces: None) -> None:
    assert Litestar([index], openapi_config=None).openapi_config is None
    assert Litestar([index]).openapi_config is None


def test_url_for_static_asset_is_not_found() -> None:
    from litestar.exceptions import NoRouteMatchFoundException

    app = Litestar([index])
    with (
        pytest.warns(DeprecationWarning, match="url_for_static_asset"),
        pytest.raises(NoRouteMatchFoundException, match="Static handler assets can not be found"),
    ):
        app.url_for_static_asset("assets", "a.css")


async def test_emit_reaches_listeners() -> None:
    from litestar.events import listener

    received: list[Any] = []

    @listener("evt")
    async def on_event(value: Any) -> None:
        received.append(value)

    app = Litestar([index], listeners=[on_event])
    async with app.lifespan():
        app.emit("evt", 42)
    assert received == [42]


def test_before_send_hooks_see_every_message() -> None:
    seen: list[tuple[str, str]] = []

    async def hook(message: Any, scope: Any) -> None:
        seen.append((message["type"], scope["path"]))
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), (b"x-hooked", b"1")]

    def sync_hook(message: Any, scope: Any) -> None:
        seen.append(("sync", message["type"]))

    with TestClient(Litestar([index], before_send=[hook, sync_hook])) as client:
        response = client.get("/")
        missing = client.get("/missing")
    assert response.headers["x-hooked"] == "1"
    assert missing.headers["x-hooked"] == "1"
    assert seen[:4] == [
        ("http.response.start", "/"),
        ("sync", "http.response.start"),
        ("http.response.body", "/"),
        ("sync", "http.response.body"),
    ]


def test_app_dependencies_without_handlers_using_them_still_need_litestar_di(no_pieces: None) -> None:
    """`dependencies=` alone (no handler asks for it) already names the missing distribution."""
    with pytest.raises(
        MissingDependencyException, match="`dependencies=` needs the litestar-di distribution"
    ):
        Litestar([], dependencies={"value": lambda: 1})
