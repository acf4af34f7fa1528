"""``litestar._openapi``: 2.17's private OpenAPI paths, kept for litestar-vite.

litestar-vite builds an ``OpenAPIContext`` and a ``SchemaCreator`` from the app, asks
``create_parameters_for_handler`` for each route's parameters and looks for the
``OpenAPIPlugin`` among ``app.plugins``. Keys and messages were observed on 2.17.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Generic, Literal, Optional, TypeVar, Union
from uuid import UUID

import pytest
from litestar import Litestar, get
from litestar._openapi.datastructures import OpenAPIContext, _get_normalized_schema_key
from litestar._openapi.parameters import create_parameters_for_handler
from litestar._openapi.plugin import OpenAPIPlugin
from litestar._openapi.schema_generation import SchemaCreator
from litestar.exceptions import ImproperlyConfiguredException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Reference
from litestar.params import Parameter
from litestar.routes import HTTPRoute
from litestar.typing import FieldDefinition

T = TypeVar("T")


@dataclass
class Pet:
    name: str


@dataclass
class Page(Generic[T]):
    items: list[T]


def _inner() -> type:
    class Inner:
        pass

    return Inner


_HERE = tuple(__name__.split("."))


@pytest.mark.parametrize(
    ("annotation", "key"),
    [
        (int, ("builtins", "int")),
        (Pet, (*_HERE, "Pet")),
        (list[Pet], ("builtins", "list")),
        (dict[str, int], ("builtins", "dict")),
        (Optional[Pet], ("typing", f"Optional_{__name__}.Pet_")),  # noqa: UP045 - the 2.17 spelling is the point
        (Union[Pet, int], ("typing", f"Union_{__name__}.Pet_int_")),  # noqa: UP007
        (Page[int], (*_HERE, "Page_int_")),
        (Page[dict[str, int]], (*_HERE, "Page_dict_str_int_")),
        (Page[Page[Pet]], (*_HERE, f"Page_{__name__}.Page_{__name__}.Pet_")),
        (Literal["a", "b"], ("typing", "Literal_a_b_")),
        (_inner(), (*_HERE, "_inner.Inner")),
    ],
)
def test_normalized_schema_key(annotation: object, key: tuple[str, ...]) -> None:
    assert _get_normalized_schema_key(FieldDefinition.from_annotation(annotation)) == key


def test_operation_ids_must_be_unique() -> None:
    context = OpenAPIContext(OpenAPIConfig(title="t", version="1"), [])
    context.add_operation_id("a")
    with pytest.raises(
        ImproperlyConfiguredException, match="operation_ids must be unique, please ensure the value"
    ):
        context.add_operation_id("a")


def test_schema_creator_registers_models_in_the_context() -> None:
    app = Litestar()
    context = OpenAPIContext(openapi_config=app.openapi_config, plugins=app.plugins.openapi)
    creator = SchemaCreator.from_openapi_context(context)
    assert creator.schema_registry is context.schema_registry
    schema = creator.for_field_definition(FieldDefinition.from_annotation(list[Pet]))
    items = schema.items  # type: ignore[union-attr]
    assert isinstance(items, Reference)
    assert items.ref == f"#/components/schemas/{'_'.join(_HERE)}_Pet"  # the full key until named
    components = context.schema_registry.generate_components_schemas()
    assert list(components) == ["Pet"]
    assert items.ref == "#/components/schemas/Pet"
    assert components["Pet"].to_schema()["properties"] == {"name": {"type": "string"}}


@get("/pets/{pet_id:uuid}")
async def get_pet(
    pet_id: UUID,
    verbose: bool = False,
    limit: Annotated[int, Parameter(ge=1, le=100)] = 10,
    token: Annotated[str, Parameter(header="X-Token")] = "",
) -> Pet:
    raise NotImplementedError


def test_parameters_for_a_handler_are_those_of_the_served_document() -> None:
    app = Litestar([get_pet])
    route = next(r for r in app.routes if isinstance(r, HTTPRoute) and r.path.startswith("/pets"))
    context = OpenAPIContext(openapi_config=app.openapi_config, plugins=app.plugins.openapi)
    params = create_parameters_for_handler(context, get_pet, route.path_parameters)
    served = app.openapi_schema.to_schema()["paths"]["/pets/{pet_id}"]["get"]["parameters"]
    assert [p.to_schema() for p in params] == served
    assert [(p.name, p.param_in, p.required) for p in params] == [
        ("pet_id", "path", True),
        ("verbose", "query", False),
        ("limit", "query", False),
        ("X-Token", "header", False),
    ]


def test_the_openapi_plugin_is_listed_among_the_app_plugins() -> None:
    app = Litestar()
    plugin = app.plugins.get(OpenAPIPlugin)
    assert plugin in list(app.plugins)
    assert plugin._openapi_config is app.openapi_config
    assert plugin not in app.plugins.init
    assert OpenAPIPlugin not in {type(p) for p in Litestar(openapi_config=None).plugins}
