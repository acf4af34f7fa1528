"""The plugin protocols and the registry sorting plugins by kind."""

from __future__ import annotations

import dataclasses
from inspect import Parameter
from typing import Any

import msgspec
import pytest
from litestar.config.app import AppConfig
from litestar.plugins import (
    CLIPlugin,
    DIPlugin,
    InitPlugin,
    InitPluginProtocol,
    OpenAPISchemaPlugin,
    PluginRegistry,
    ReceiveRoutePlugin,
    SerializationPlugin,
    SerializationPluginProtocol,
)
from litestar.plugins.core import MsgspecDIPlugin


class _Init(InitPlugin):
    pass


class _InitByShape:
    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        return app_config


class _Serialization(SerializationPlugin):
    def supports_type(self, field_definition: Any) -> bool:
        return False

    def create_dto_for_type(self, field_definition: Any) -> Any:
        return None


class _Schema(OpenAPISchemaPlugin):
    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        return value is int


class _CLI(CLIPlugin):
    def on_cli_init(self, cli: Any) -> None:
        pass


class _Route(ReceiveRoutePlugin):
    pass


class _DI(DIPlugin):
    def has_typed_init(self, type_: Any) -> bool:
        return False

    def get_typed_init(self, type_: Any) -> Any:
        return None


class _Nothing:
    pass


@pytest.fixture
def plugins() -> dict[str, Any]:
    return {
        "init": _Init(),
        "shape": _InitByShape(),
        "serialization": _Serialization(),
        "schema": _Schema(),
        "cli": _CLI(),
        "route": _Route(),
        "di": _DI(),
    }


def test_registry_sorts_plugins_by_protocol(plugins: dict[str, Any]) -> None:
    registry = PluginRegistry(list(plugins.values()))
    assert registry.init == (plugins["init"], plugins["shape"])
    assert registry.serialization == (plugins["serialization"],)
    assert registry.openapi == (plugins["schema"],)
    assert registry.cli == (plugins["cli"],)
    assert registry.receive_route == (plugins["route"],)
    assert registry.di == (plugins["di"],)
    assert list(registry) == list(plugins.values())
    assert plugins["cli"] in registry
    assert _Nothing() not in registry


def test_registry_get_by_class_name_or_qualified_name(plugins: dict[str, Any]) -> None:
    registry = PluginRegistry(list(plugins.values()))
    assert registry.get(_Init) is plugins["init"]
    assert registry.get("_Init") is plugins["init"]
    assert registry.get(f"{__name__}._Init") is plugins["init"]


@pytest.mark.parametrize("key", [InitPlugin, InitPluginProtocol, _Nothing, "_Nothing", "nope._Init"])
def test_registry_get_unknown_raises_key_error(plugins: dict[str, Any], key: Any) -> None:
    registry = PluginRegistry(list(plugins.values()))
    name = key if isinstance(key, str) else key.__name__
    with pytest.raises(KeyError, match=f"No plugin of type '{name}' registered"):
        registry.get(key)


def test_registry_keeps_distinct_instances_and_drops_repeats() -> None:
    first, second = _Init(), _Init()
    registry = PluginRegistry([first, second, first])
    assert list(registry) == [first, second]
    assert registry.get(_Init) is first
    assert list(PluginRegistry([_Nothing()])) != []


def test_unhashable_plugins_are_accepted() -> None:
    @dataclasses.dataclass
    class Unhashable(InitPlugin):
        value: int = 0

    plugin = Unhashable()
    assert PluginRegistry([plugin]).init == (plugin,)


def test_base_class_defaults() -> None:
    config = AppConfig()
    assert _Init().on_app_init(config) is config
    with _CLI().server_lifespan(None) as value:  # type: ignore[arg-type]
        assert value is None
    assert _Route().receive_route(None) is None  # type: ignore[func-returns-value, arg-type]
    assert _Schema.is_undefined_sentinel(None) is False
    assert _Schema.is_constrained_field(None) is False  # type: ignore[arg-type]


def test_schema_plugin_field_support_follows_the_annotation() -> None:
    @dataclasses.dataclass
    class Field:
        annotation: Any

    assert _Schema().is_plugin_supported_field(Field(int)) is True  # type: ignore[arg-type]
    assert _Schema().is_plugin_supported_field(Field(str)) is False  # type: ignore[arg-type]


def test_abstract_plugins_cannot_be_instantiated() -> None:
    with pytest.raises(TypeError):
        SerializationPlugin()  # type: ignore[abstract]
    with pytest.raises(TypeError):
        DIPlugin()  # type: ignore[abstract]


def test_runtime_protocols_check_the_shape() -> None:
    assert isinstance(_Serialization(), SerializationPluginProtocol)
    assert isinstance(_InitByShape(), InitPluginProtocol)
    assert not isinstance(_CLI(), InitPluginProtocol)


class _Struct(msgspec.Struct, kw_only=False):
    a: int
    c: list[int] = msgspec.field(default_factory=list)
    b: str = "x"


def test_msgspec_di_plugin_describes_structs() -> None:
    plugin = MsgspecDIPlugin()
    assert plugin.has_typed_init(_Struct) is True
    assert plugin.has_typed_init(int) is False
    assert plugin.has_typed_init("x") is False
    signature, hints = plugin.get_typed_init(_Struct)
    assert [(p.name, p.kind, p.default) for p in signature.parameters.values()] == [
        ("a", Parameter.KEYWORD_ONLY, msgspec.NODEFAULT),
        ("c", Parameter.KEYWORD_ONLY, msgspec.NODEFAULT),
        ("b", Parameter.KEYWORD_ONLY, "x"),
    ]
    assert hints == {"a": int, "c": list[int], "b": str}


def test_msgspec_di_plugin_rejects_other_types() -> None:
    with pytest.raises(TypeError, match="struct type"):
        MsgspecDIPlugin().get_typed_init(int)
