"""``AttrsSchemaPlugin``: describe attrs classes in the OpenAPI schema."""

from __future__ import annotations

from typing import Any, TypeGuard, get_type_hints

from litestar.plugins import OpenAPISchemaPlugin
from litestar.typing import FieldDefinition

import attrs

__all__ = ("AttrsSchemaPlugin", "is_attrs_class")


def is_attrs_class(annotation: Any) -> TypeGuard[type[attrs.AttrsInstance]]:
    """Tell whether ``annotation`` is an attrs class.

    Args:
        annotation: A value.

    Returns:
        ``True`` for an attrs class.
    """
    return isinstance(annotation, type) and attrs.has(annotation)


class AttrsSchemaPlugin(OpenAPISchemaPlugin):
    """Builds the object schema of an attrs class through the OpenAPI piece's schema creator."""

    __slots__ = ()

    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        """Tell whether ``value`` is an attrs class.

        Args:
            value: A type.

        Returns:
            ``True`` for an attrs class.
        """
        return is_attrs_class(value)

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: Any) -> Any:
        """Describe the attrs class of ``field_definition``: one property per attribute.

        Args:
            field_definition: The annotation.
            schema_creator: The OpenAPI piece's schema creator (its ``create_component_schema``).

        Returns:
            The schema.
        """
        cls = field_definition.origin or field_definition.annotation
        hints = get_type_hints(cls, include_extras=True)
        properties: dict[str, FieldDefinition] = {}
        required: list[str] = []
        for attribute in attrs.fields(cls):
            has_default = attribute.default is not attrs.NOTHING
            # Defaults are not documented for attrs classes, as in Litestar 2.17.
            properties[attribute.name] = FieldDefinition.from_kwarg(
                annotation=hints.get(attribute.name, Any), name=attribute.name
            )
            if not has_default:
                required.append(attribute.name)
        return schema_creator.create_component_schema(
            field_definition, required=sorted(required), property_fields=properties
        )
