"""attrs classes: served by core through msgspec, described by the attrs schema plugin."""

from __future__ import annotations

from typing import Any

import attrs
from litestar import Litestar, post
from litestar.plugins.attrs import AttrsSchemaPlugin, is_attrs_class
from litestar.testing import create_test_client
from litestar.typing import FieldDefinition


@attrs.define
class Point:
    x: int
    label: str | None = None


@post("/points")
async def create_point(data: Point) -> Point:
    return data


def test_attrs_schema_plugin_is_a_default_plugin() -> None:
    """Importing attrs is enough for the app to list the schema plugin."""
    assert any(isinstance(p, AttrsSchemaPlugin) for p in Litestar([create_point]).plugins)
    assert (
        sum(isinstance(p, AttrsSchemaPlugin) for p in Litestar([], plugins=[AttrsSchemaPlugin()]).plugins)
        == 1
    )


def test_attrs_bodies_round_trip() -> None:
    """An attrs body validates and encodes back."""
    with create_test_client([create_point]) as client:
        assert client.post("/points", json={"x": 1}).json() == {"x": 1, "label": None}
        assert client.post("/points", json={"x": "a"}).status_code == 400


def test_attrs_schema_plugin_describes_attributes() -> None:
    """Every attribute is a property; those without a default are required."""
    calls: list[dict[str, Any]] = []

    class Creator:
        def create_component_schema(self, field_definition: Any, **kwargs: Any) -> str:
            calls.append(kwargs)
            return "schema"

    plugin = AttrsSchemaPlugin()
    assert plugin.is_plugin_supported_type(Point)
    assert is_attrs_class(Point)
    assert not is_attrs_class(int)
    assert plugin.to_openapi_schema(FieldDefinition.from_annotation(Point), Creator()) == "schema"
    assert calls[0]["required"] == ["x"]
    assert sorted(calls[0]["property_fields"]) == ["label", "x"]


def test_contrib_attrs_paths() -> None:
    """The 2.17 ``litestar.contrib.attrs`` paths re-export the plugin."""
    from litestar.contrib.attrs import AttrsSchemaPlugin as Contrib
    from litestar.contrib.attrs.attrs_schema_plugin import is_attrs_class as contrib_is_attrs

    assert Contrib is AttrsSchemaPlugin
    assert contrib_is_attrs is is_attrs_class
