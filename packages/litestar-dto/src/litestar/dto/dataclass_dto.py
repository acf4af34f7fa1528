"""``DataclassDTO``: a DTO for dataclasses."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, get_origin

from litestar.dto.base_dto import AbstractDTO
from litestar.dto.data_structures import DTOFieldDefinition
from litestar.dto.field import extract_dto_field
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition

__all__ = ("DataclassDTO", "T")

T = TypeVar("T")


class DataclassDTO(AbstractDTO[T], Generic[T]):
    """A DTO for dataclasses; mark fields with ``field(metadata=dto_field("read-only"))``."""

    __slots__ = ()

    @classmethod
    def generate_field_definitions(cls, model_type: type[Any]) -> Generator[DTOFieldDefinition, None, None]:
        """Yield the dataclass's init fields (and its ``ClassVar``-free annotations).

        Args:
            model_type: The dataclass.

        Yields:
            One definition per field.
        """
        hints = cls.get_model_type_hints(model_type)
        for field in dataclasses.fields(model_type):
            definition = hints[field.name]
            default = Empty if field.default is dataclasses.MISSING else field.default
            factory = None if field.default_factory is dataclasses.MISSING else field.default_factory
            definition = definition.__class__.from_kwarg(
                annotation=definition.raw, name=field.name, default=default
            )
            yield DTOFieldDefinition.from_field_definition(
                field_definition=definition,
                model_name=model_type.__name__,
                default_factory=factory,
                dto_field=extract_dto_field(definition, field.metadata or {}),
            )

    @classmethod
    def detect_nested_field(cls, field_definition: FieldDefinition) -> bool:
        """Tell whether the field's type is a dataclass.

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a dataclass.
        """
        model = get_origin(field_definition.annotation) or field_definition.annotation
        return dataclasses.is_dataclass(model) and isinstance(model, type)
