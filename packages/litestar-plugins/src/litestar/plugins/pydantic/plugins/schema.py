"""``PydanticSchemaPlugin``: describe pydantic models in the OpenAPI schema."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.plugins import OpenAPISchemaPlugin
from litestar.plugins.pydantic.plugins._field_schema import schema_field_definitions
from litestar.plugins.pydantic.utils import (
    create_field_definitions_for_computed_fields,
    get_model_info,
    is_pydantic_constrained_field,
    is_pydantic_model_class,
    is_pydantic_undefined,
)

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition

__all__ = ("PydanticSchemaPlugin",)


class PydanticSchemaPlugin(OpenAPISchemaPlugin):
    """Builds the object schema of a pydantic model through the OpenAPI piece's schema creator."""

    __slots__ = ("prefer_alias",)

    def __init__(self, prefer_alias: bool = False) -> None:
        """Configure the property names.

        Args:
            prefer_alias: Name properties by field alias.
        """
        self.prefer_alias = prefer_alias

    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        """Tell whether ``value`` is a pydantic model class.

        Args:
            value: A type.

        Returns:
            ``True`` for a model class.
        """
        return is_pydantic_model_class(value)

    @staticmethod
    def is_undefined_sentinel(value: Any) -> bool:
        """Tell whether ``value`` is pydantic's "no default" marker.

        Args:
            value: A default.

        Returns:
            ``True`` for the marker.
        """
        return is_pydantic_undefined(value)

    @staticmethod
    def is_constrained_field(field_definition: FieldDefinition) -> bool:
        """Tell whether the field is a pydantic constrained type.

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a constrained type.
        """
        return is_pydantic_constrained_field(field_definition.annotation)

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: Any) -> Any:
        """Describe the model of ``field_definition``.

        Args:
            field_definition: The annotation.
            schema_creator: The OpenAPI piece's schema creator.

        Returns:
            The object schema.
        """
        # Request bodies are described by alias (the creator prefers them there), as in 2.17.
        prefer_alias = self.prefer_alias or bool(getattr(schema_creator, "prefer_alias", False))
        return self.for_pydantic_model(field_definition, schema_creator, prefer_alias=prefer_alias)

    @classmethod
    def for_pydantic_model(
        cls, field_definition: FieldDefinition, schema_creator: Any, prefer_alias: bool = False
    ) -> Any:
        """Build the object schema of a model: one property per field, computed fields read-only.

        Args:
            field_definition: The annotation.
            schema_creator: The OpenAPI piece's schema creator (its ``create_component_schema``).
            prefer_alias: Name properties by field alias.

        Returns:
            The schema.
        """
        info = get_model_info(field_definition.annotation, prefer_alias=prefer_alias)
        definitions = {
            **schema_field_definitions(info.field_definitions, info.model_fields, prefer_alias),
            **create_field_definitions_for_computed_fields(field_definition.annotation, prefer_alias),
        }
        required = sorted(
            ((getattr(field_info, "alias", None) or name) if prefer_alias else name)
            for name, field_info in info.model_fields.items()
            if _is_required(field_info)
        )
        return schema_creator.create_component_schema(
            field_definition,
            required=required,
            property_fields=definitions,
            title=info.title,
            examples=None if info.example is None else [info.example],
        )


def _is_required(field_info: Any) -> bool:
    if field_info is None:
        return False
    is_required = getattr(field_info, "is_required", None)
    if callable(is_required):
        return bool(is_required())
    return bool(getattr(field_info, "required", False))
