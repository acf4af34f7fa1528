"""Questions about pydantic (v2 and ``pydantic.v1``) models and types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeGuard, get_origin

from litestar.typing import FieldDefinition
from pydantic_core import PydanticUndefined

import pydantic as pydantic_v2
from pydantic import v1 as pydantic_v1

if TYPE_CHECKING:
    from types import ModuleType

__all__ = (
    "PydanticModelInfo",
    "create_field_definitions_for_computed_fields",
    "get_model_info",
    "is_pydantic_2_model",
    "is_pydantic_constrained_field",
    "is_pydantic_model_class",
    "is_pydantic_model_instance",
    "is_pydantic_undefined",
    "is_pydantic_v2",
    "pydantic_get_type_hints_with_generics_resolved",
    "pydantic_get_unwrapped_annotation_and_type_hints",
    "pydantic_unwrap_and_get_origin",
)

_MODEL_BASES = (pydantic_v2.BaseModel, pydantic_v1.BaseModel)


def is_pydantic_model_class(
    annotation: Any,
) -> TypeGuard[type[pydantic_v1.BaseModel | pydantic_v2.BaseModel]]:
    """Tell whether ``annotation`` is a pydantic model class (v2 or v1).

    Args:
        annotation: A value.

    Returns:
        ``True`` for a model class.
    """
    return isinstance(annotation, type) and issubclass(annotation, _MODEL_BASES)


def is_pydantic_model_instance(annotation: Any) -> TypeGuard[pydantic_v1.BaseModel | pydantic_v2.BaseModel]:
    """Tell whether ``annotation`` is a pydantic model instance.

    Args:
        annotation: A value.

    Returns:
        ``True`` for an instance.
    """
    return isinstance(annotation, _MODEL_BASES)


def is_pydantic_2_model(
    obj: type[pydantic_v1.BaseModel | pydantic_v2.BaseModel],
) -> TypeGuard[pydantic_v2.BaseModel]:
    """Tell whether a model class is a pydantic v2 model.

    Args:
        obj: A model class.

    Returns:
        ``True`` for v2.
    """
    return isinstance(obj, type) and issubclass(obj, pydantic_v2.BaseModel)


def is_pydantic_v2(module: ModuleType) -> bool:
    """Tell whether a pydantic module is version 2.

    Args:
        module: The ``pydantic`` module.

    Returns:
        ``True`` for version 2.
    """
    return str(getattr(module, "VERSION", "1")).startswith("2")


def is_pydantic_undefined(value: Any) -> bool:
    """Tell whether ``value`` is pydantic's "no default" marker.

    Args:
        value: A default value.

    Returns:
        ``True`` for the marker.
    """
    return value is PydanticUndefined or value is pydantic_v1.fields.Undefined


def is_pydantic_constrained_field(annotation: Any) -> bool:
    """Tell whether ``annotation`` is a pydantic v1 constrained type (``conint()`` ...).

    Args:
        annotation: A type.

    Returns:
        ``True`` for a constrained type.
    """
    constrained = (
        pydantic_v1.ConstrainedBytes,
        pydantic_v1.ConstrainedDate,
        pydantic_v1.ConstrainedDecimal,
        pydantic_v1.ConstrainedFloat,
        pydantic_v1.ConstrainedFrozenSet,
        pydantic_v1.ConstrainedInt,
        pydantic_v1.ConstrainedList,
        pydantic_v1.ConstrainedSet,
        pydantic_v1.ConstrainedStr,
    )
    return isinstance(annotation, type) and issubclass(annotation, constrained)


def pydantic_unwrap_and_get_origin(annotation: Any) -> Any | None:
    """Return the origin of a (possibly parametrised) pydantic generic model.

    Args:
        annotation: A type.

    Returns:
        The origin class, or ``None``.
    """
    metadata = getattr(annotation, "__pydantic_generic_metadata__", None)
    if metadata is not None:
        return metadata.get("origin") or None
    return get_origin(annotation)


def pydantic_get_type_hints_with_generics_resolved(
    annotation: Any,
    globalns: dict[str, Any] | None = None,
    localns: dict[str, Any] | None = None,
    include_extras: bool = False,
    model_annotations: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the type hints of a model with its type parameters substituted.

    Args:
        annotation: A model class or a parametrised generic model.
        globalns: Globals for string annotations.
        localns: Locals for string annotations.
        include_extras: Keep ``Annotated``.
        model_annotations: Hints already known.

    Returns:
        ``{field: annotation}``.
    """
    from typing import get_type_hints

    if model_annotations is not None:
        return model_annotations
    if is_pydantic_2_model(annotation):
        return {name: info.annotation for name, info in annotation.model_fields.items()}
    return get_type_hints(annotation, globalns=globalns, localns=localns, include_extras=include_extras)


def pydantic_get_unwrapped_annotation_and_type_hints(annotation: Any) -> tuple[Any, dict[str, Any]]:
    """Return the model class of ``annotation`` and its type hints.

    Args:
        annotation: A model class or a parametrised generic model.

    Returns:
        ``(model class, hints)``.
    """
    origin = pydantic_unwrap_and_get_origin(annotation) or annotation
    return origin, pydantic_get_type_hints_with_generics_resolved(annotation, include_extras=True)


def create_field_definitions_for_computed_fields(
    model: type[pydantic_v1.BaseModel | pydantic_v2.BaseModel], prefer_alias: bool
) -> dict[str, FieldDefinition]:
    """Describe the computed fields of a v2 model (read-only in schemas).

    Args:
        model: The model class.
        prefer_alias: Key them by alias.

    Returns:
        ``{name: definition}``.
    """
    if not is_pydantic_2_model(model):
        return {}
    result: dict[str, FieldDefinition] = {}
    for name, info in model.model_computed_fields.items():
        key = (info.alias or name) if prefer_alias else name
        result[key] = FieldDefinition.from_annotation(
            info.return_type,
            name=key,
            extra={"read_only": True, "title": info.title, "description": info.description},
        )
    return result


@dataclass(frozen=True)
class PydanticModelInfo:
    """The fields of a pydantic model, parsed."""

    pydantic_version: Literal["1", "2"]
    """``"1"`` or ``"2"``."""
    field_definitions: dict[str, FieldDefinition]
    """The parsed fields (keyed by alias with ``prefer_alias``)."""
    model_fields: dict[str, Any]
    """pydantic's own field infos."""
    title: str | None = None
    """The model's title, if configured."""
    example: Any | None = None
    """The model's example, if configured."""
    is_generic: bool = False
    """Whether the model is a parametrised generic."""


def get_model_info(annotation: Any, prefer_alias: bool = False) -> PydanticModelInfo:
    """Parse the fields of a pydantic model.

    Args:
        annotation: A model class.
        prefer_alias: Key fields by alias.

    Returns:
        The model info.
    """
    model, hints = pydantic_get_unwrapped_annotation_and_type_hints(annotation)
    if is_pydantic_2_model(model):
        fields: dict[str, Any] = dict(annotation.model_fields)
        version: Literal["1", "2"] = "2"
        title = model.model_config.get("title")
    else:
        fields = dict(model.__fields__)
        version = "1"
        title = getattr(getattr(model, "Config", None), "title", None)
    definitions: dict[str, FieldDefinition] = {}
    for name, info in fields.items():
        key = (getattr(info, "alias", None) or name) if prefer_alias else name
        annotation_of_field = hints.get(name, Any) if version == "1" else info.annotation
        default = getattr(info, "default", None)
        definitions[key] = FieldDefinition.from_kwarg(
            annotation=annotation_of_field,
            name=key,
            default=default
            if not is_pydantic_undefined(default)
            else FieldDefinition.from_annotation(Any).default,
        )
    return PydanticModelInfo(
        pydantic_version=version,
        field_definitions=definitions,
        model_fields=fields,
        title=title,
        is_generic=bool(getattr(model, "__pydantic_generic_metadata__", {}).get("parameters")),
    )
