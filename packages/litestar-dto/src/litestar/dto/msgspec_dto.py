"""``MsgspecDTO``: a DTO for ``msgspec.Struct`` models."""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec
from litestar.dto.base_dto import AbstractDTO
from litestar.dto.data_structures import DTOFieldDefinition
from litestar.dto.field import extract_dto_field
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition

__all__ = ("MsgspecDTO",)

T = TypeVar("T", bound=msgspec.Struct)


class MsgspecDTO(AbstractDTO[T], Generic[T]):
    """A DTO for msgspec Structs; mark fields with ``Annotated[int, msgspec.Meta(extra=dto_field(...))]``."""

    __slots__ = ()

    @classmethod
    def generate_field_definitions(cls, model_type: type[Any]) -> Generator[DTOFieldDefinition, None, None]:
        """Yield the Struct's fields.

        Args:
            model_type: The Struct class.

        Yields:
            One definition per field.
        """
        hints = cls.get_model_type_hints(model_type)
        defaults = model_type.__struct_defaults__
        names = model_type.__struct_fields__
        first_default = len(names) - len(defaults)
        for index, name in enumerate(names):
            definition = hints[name]
            default: Any = Empty
            factory = None
            if index >= first_default:
                value = defaults[index - first_default]
                if isinstance(value, msgspec._core.Factory):
                    factory = value.factory
                elif value is not msgspec.NODEFAULT:
                    default = value
            definition = definition.__class__.from_kwarg(
                annotation=definition.raw, name=name, default=default
            )
            yield DTOFieldDefinition.from_field_definition(
                field_definition=definition,
                model_name=model_type.__name__,
                default_factory=factory,
                dto_field=extract_dto_field(definition, {}),
            )

    @classmethod
    def detect_nested_field(cls, field_definition: FieldDefinition) -> bool:
        """Tell whether the field's type is a Struct.

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a Struct class.
        """
        return field_definition.is_subclass_of(msgspec.Struct)
