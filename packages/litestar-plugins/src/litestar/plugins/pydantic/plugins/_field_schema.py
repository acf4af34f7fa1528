"""What a pydantic field says about its OpenAPI schema: constraints, title, examples.

A ``Field(ge=0, max_length=5, pattern=...)``, a constrained type (``conint``, ``constr``,
``conlist``) or ``Annotated[..., Field(...)]`` leaves its constraints in the field's
metadata; they become a :class:`~litestar.params.KwargDefinition` on the property's field
definition, which the schema creator applies as it does ``Parameter(...)``. A field with a
``default_factory`` is documented as nullable, as Litestar 2.17 documents it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from litestar.params import KwargDefinition
from litestar.typing import FieldDefinition

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ("schema_field_definitions",)

_CONSTRAINTS = ("gt", "ge", "lt", "le", "multiple_of", "min_length", "max_length", "pattern")
_V1_NAMES = {"regex": "pattern", "min_items": "min_items", "max_items": "max_items"}


def _v2_constraints(metadata: Iterable[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in metadata:
        if type(item).__name__ == "_PydanticGeneralMetadata":
            # ``Field(pattern=..., max_digits=...)``: 2.17 documents none of these
            # (``constr(pattern=...)`` and the annotated-types bounds it does).
            continue
        for name in _CONSTRAINTS:
            value = getattr(item, name, None)
            if value is not None:
                found[name] = getattr(value, "pattern", value)  # a compiled pattern
    return found


def _v1_constraints(field_info: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in (*_CONSTRAINTS, *_V1_NAMES):
        value = getattr(field_info, name, None)
        if value is not None:
            found[_V1_NAMES.get(name, name)] = getattr(value, "pattern", value)
    return found


def _kwarg_definition(field: Any) -> KwargDefinition | None:
    v1_info = getattr(field, "field_info", None)  # pydantic.v1 ``ModelField``
    if v1_info is not None:
        values = _v1_constraints(v1_info)
        extra = getattr(v1_info, "extra", None) or {}
        examples = extra.get("examples")
    else:
        values = _v2_constraints(getattr(field, "metadata", ()))
        examples = getattr(field, "examples", None)
        v1_info = field
    title = getattr(v1_info, "title", None)
    description = getattr(v1_info, "description", None)
    if title is not None:
        values["title"] = title
    if description is not None:
        values["description"] = description
    if examples:
        values["schema_extra"] = {"examples": list(examples)}
    return KwargDefinition(**values) if values else None


def _has_default_factory(field: Any) -> bool:
    return getattr(field, "default_factory", None) is not None


def schema_field_definitions(
    definitions: Mapping[str, FieldDefinition], model_fields: Mapping[str, Any], prefer_alias: bool
) -> dict[str, FieldDefinition]:
    """The model's property definitions, carrying what each pydantic field documents.

    Args:
        definitions: Property name -> definition, as ``get_model_info`` parsed them.
        model_fields: Field name -> pydantic field info.
        prefer_alias: Whether the property names are aliases.

    Returns:
        Property name -> definition with its ``kwarg_definition`` (and nullability).
    """
    by_key = {
        ((getattr(info, "alias", None) or name) if prefer_alias else name): info
        for name, info in model_fields.items()
    }
    result: dict[str, FieldDefinition] = {}
    for key, definition in definitions.items():
        info = by_key.get(key)
        if info is None:
            result[key] = definition
            continue
        annotation = definition.raw
        if _has_default_factory(info) and not definition.is_optional:
            annotation = Optional[annotation]  # noqa: UP045 - a runtime union of any annotation
        result[key] = FieldDefinition.from_kwarg(
            annotation=annotation,
            name=key,
            default=definition.default,
            kwarg_definition=_kwarg_definition(info),
        )
    return result
