"""Per-field DTO markers: :class:`Mark`, :class:`DTOField` and :func:`dto_field`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from litestar.exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition

__all__ = ("DTO_FIELD_META_KEY", "DTOField", "Mark", "dto_field", "extract_dto_field")

DTO_FIELD_META_KEY = "__dto__"
"""The key of a field's metadata mapping (``dataclasses.field(metadata=...)``) holding its :class:`DTOField`."""


class Mark(str, Enum):
    """Where a field may travel."""

    READ_ONLY = "read-only"
    """Sent in responses only: never accepted from a request body."""
    WRITE_ONLY = "write-only"
    """Accepted from request bodies only: never sent in a response."""
    PRIVATE = "private"
    """Neither accepted nor sent."""


@dataclass
class DTOField:
    """The DTO settings of one model field."""

    mark: Mark | Literal["read-only", "write-only", "private"] | None = None
    """Where the field may travel; ``None`` for both directions."""


def dto_field(mark: Literal["read-only", "write-only", "private"] | Mark) -> dict[str, DTOField]:
    """Build the field metadata that marks a field, e.g. ``field(metadata=dto_field("read-only"))``.

    Args:
        mark: Where the field may travel.

    Returns:
        A metadata mapping for ``dataclasses.field``, ``msgspec.Meta(extra=...)``, attrs or pydantic.
    """
    return {DTO_FIELD_META_KEY: DTOField(mark=Mark(mark))}


def extract_dto_field(field_definition: FieldDefinition, field_info_mapping: Mapping[str, Any]) -> DTOField:
    """Find the :class:`DTOField` of a model field, in its metadata or its ``Annotated`` extras.

    Args:
        field_definition: The parsed field.
        field_info_mapping: The field's metadata mapping.

    Returns:
        The field's settings (a default one if none is set).

    Raises:
        ImproperlyConfiguredException: If the metadata key holds something else.
    """
    config = field_info_mapping.get(DTO_FIELD_META_KEY)
    if config is None:
        for item in field_definition.metadata:
            if isinstance(item, DTOField):
                config = item
                break
            extra = getattr(item, "extra", None)
            if isinstance(extra, Mapping) and DTO_FIELD_META_KEY in extra:
                config = extra[DTO_FIELD_META_KEY]
                break
    if config is None:
        return DTOField()
    if not isinstance(config, DTOField):
        raise ImproperlyConfiguredException(f"Unexpected DTO field configuration: {config!r}")
    return config
