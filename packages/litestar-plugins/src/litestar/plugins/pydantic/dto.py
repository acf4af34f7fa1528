"""``PydanticDTO``: a DTO for pydantic (v2 and ``pydantic.v1``) models."""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.dto import AbstractDTO, DTOConfig, DTOField
from litestar.dto.data_structures import DTOFieldDefinition
from litestar.dto.field import extract_dto_field
from litestar.exceptions import ClientException, ValidationException
from litestar.plugins.pydantic.utils import get_model_info, is_pydantic_model_class, is_pydantic_undefined
from litestar.types.empty import Empty

import pydantic as pydantic_v2
from pydantic import v1 as pydantic_v1

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition

__all__ = ("PydanticDTO",)

T = TypeVar("T", bound="pydantic_v2.BaseModel | pydantic_v1.BaseModel")


def _field_extra(info: Any) -> dict[str, Any]:
    extra = getattr(info, "json_schema_extra", None)
    if isinstance(extra, dict):
        return extra
    return dict(getattr(getattr(info, "field_info", None), "extra", None) or {})


class PydanticDTO(AbstractDTO[T], Generic[T]):
    """A DTO for pydantic models; mark fields with ``Field(json_schema_extra=dto_field(...))``.

    Values decoded by the DTO are validated by the model when it is built: a model
    validation error answers 400 with the failing fields.
    """

    __slots__ = ()

    def decode_builtins(self, value: dict[str, Any]) -> Any:
        """Turn decoded values into the handler's ``data`` (validating the model).

        Args:
            value: The values.

        Returns:
            The model(s), or ``DTOData``.
        """
        try:
            return super().decode_builtins(value)
        except (pydantic_v2.ValidationError, pydantic_v1.ValidationError) as exc:
            raise _validation_error(exc) from None

    def decode_bytes(self, value: bytes) -> Any:
        """Turn a request body into the handler's ``data`` (validating the model).

        Args:
            value: The body.

        Returns:
            The model(s), or ``DTOData``.
        """
        try:
            return super().decode_bytes(value)
        except (pydantic_v2.ValidationError, pydantic_v1.ValidationError) as exc:
            raise _validation_error(exc) from None

    @classmethod
    def generate_field_definitions(cls, model_type: type[Any]) -> Generator[DTOFieldDefinition, None, None]:
        """Yield the model's fields (computed fields are read-only).

        Args:
            model_type: The model class.

        Yields:
            One definition per field.
        """
        info = get_model_info(model_type)
        for name, definition in info.field_definitions.items():
            field_info = info.model_fields[name]
            default: Any = getattr(field_info, "default", Empty)
            factory = getattr(field_info, "default_factory", None)
            if is_pydantic_undefined(default) or default is Ellipsis:
                default = Empty
            if _required(field_info):
                default, factory = Empty, None
            mapped = definition.__class__.from_kwarg(annotation=definition.raw, name=name, default=default)
            yield DTOFieldDefinition.from_field_definition(
                field_definition=mapped,
                model_name=model_type.__name__,
                default_factory=factory,
                dto_field=_dto_field(mapped, field_info),
            )
        if issubclass(model_type, pydantic_v2.BaseModel):
            for name, computed in model_type.model_computed_fields.items():
                mapped = definition.__class__.from_kwarg(annotation=computed.return_type, name=name)
                yield DTOFieldDefinition.from_field_definition(
                    field_definition=mapped,
                    model_name=model_type.__name__,
                    default_factory=None,
                    dto_field=DTOField(mark="read-only"),
                )

    @classmethod
    def detect_nested_field(cls, field_definition: FieldDefinition) -> bool:
        """Tell whether the field's type is a pydantic model.

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a model class.
        """
        return is_pydantic_model_class(field_definition.annotation)

    @classmethod
    def get_config_for_model_type(cls, config: DTOConfig, model_type: type[Any]) -> DTOConfig:
        """Forbid unknown fields when the model's own config forbids extra fields.

        Args:
            config: The DTO's config.
            model_type: The model.

        Returns:
            The config to use.
        """
        if issubclass(model_type, pydantic_v2.BaseModel) and model_type.model_config.get("extra") == "forbid":
            from dataclasses import replace

            return replace(config, forbid_unknown_fields=True)
        return config


def _dto_field(definition: FieldDefinition, field_info: Any) -> DTOField:
    """The field's ``DTOField``: ``Annotated[..., DTOField(...)]`` (as 2.17), or ``dto_field()``
    given to ``Field`` (``json_schema_extra=`` in v2, keywords in v1).

    pydantic v2 moves ``Annotated`` metadata off the annotation into ``FieldInfo.metadata``.
    """
    for item in getattr(field_info, "metadata", None) or ():
        if isinstance(item, DTOField):
            return item
    return extract_dto_field(definition, _field_extra(field_info))


def _required(field_info: Any) -> bool:
    """v2 ``FieldInfo.is_required()``; a v1 ``ModelField`` says ``required`` (its default is then None)."""
    is_required = getattr(field_info, "is_required", None)
    if is_required is None:
        return getattr(field_info, "required", False) is True
    return bool(is_required() if callable(is_required) else is_required)


def _validation_error(exc: Any) -> ClientException:
    """A model that fails validation while the DTO builds it: 400 with pydantic's own errors.

    As in 2.17, ``extra`` is the list of ``errors()`` (type, loc, msg, input, ctx, url in
    v2); an exception in ``ctx`` is named by its type.
    """
    return ValidationException(extra=[_plain_error(error) for error in exc.errors()])


def _plain_error(error: dict[str, Any]) -> dict[str, Any]:
    ctx = error.get("ctx")
    if not ctx:
        return error
    plain = {k: type(v).__name__ if isinstance(v, BaseException) else v for k, v in ctx.items()}
    return {**error, "ctx": plain}
