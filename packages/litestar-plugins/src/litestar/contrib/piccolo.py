"""``PiccoloDTO``: a DTO over piccolo ORM tables, at the 2.17 path ``litestar.contrib.piccolo``.

Each column becomes a DTO field typed by the column's value type. As in 2.17: the primary
key is read-only, a ``Secret`` column is write-only, a column that is not ``required`` is
optional with a ``None`` default (its ``Varchar`` length is then dropped, with a
:class:`~litestar.exceptions.LitestarWarning`), ``help_text`` becomes the field's
description, ``choices`` its enum, and ``Text`` and ``JSON`` columns carry a ``format``.

Unlike 2.17, a required ``Varchar``'s length is enforced (a longer value answers 400) and
shows in the schema: 2.17 declares it and lets the value through to the database.
"""

from __future__ import annotations

import warnings
from collections.abc import Generator
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Generic, List, Optional, TypeVar  # noqa: UP035

import msgspec
from litestar.dto import AbstractDTO, DTOField, Mark
from litestar.dto.data_structures import DTOFieldDefinition
from litestar.exceptions import LitestarWarning, MissingDependencyException
from litestar.types.empty import Empty
from litestar.typing import FieldDefinition

try:
    from piccolo.columns import Column, column_types
    from piccolo.table import Table
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    if exc.name is None or exc.name.partition(".")[0] != "piccolo":
        raise
    raise MissingDependencyException("piccolo") from exc

if TYPE_CHECKING:
    from litestar.typing import FieldDefinition as _FieldDefinition

__all__ = ("PiccoloDTO",)

T = TypeVar("T", bound=Table)


def _column_extra(column: Column) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if column._meta.help_text:
        extra["description"] = column._meta.help_text
    if column._meta.get_choices_dict():
        extra["enum"] = column._meta.get_choices_dict()
    return extra


def _value_type(column: Column) -> Any:
    if isinstance(column, (column_types.Decimal, column_types.Numeric)):
        return Decimal
    if isinstance(column, (column_types.Real, column_types.DoublePrecision)):
        return float
    if isinstance(column, column_types.Array):
        return List[_value_type(column.base_column)]  # type: ignore[misc]  # noqa: UP006
    if isinstance(column, (column_types.JSON, column_types.JSONB)):
        return str
    return column.value_type


def _annotation(column: Column) -> Any:
    """The column's type, optional unless required, with its constraints and extras."""
    extra = _column_extra(column)
    if isinstance(column, (column_types.JSON, column_types.JSONB)):
        extra["format"] = "json"
    elif isinstance(column, column_types.Text):
        extra["format"] = "text-area"
    value_type = _value_type(column)
    meta: dict[str, Any] = {}
    if isinstance(column, column_types.Varchar):
        if column._meta.required:
            meta["max_length"] = column.length
        else:
            warnings.warn(
                f"Dropping max_length constraint for column {column!r} because the column is optional",
                category=LitestarWarning,
                stacklevel=2,
            )
    if not column._meta.required:
        value_type = Optional[value_type]  # noqa: UP045
    return Annotated[value_type, msgspec.Meta(**meta, extra=extra)]


class PiccoloDTO(AbstractDTO[T], Generic[T]):
    """A DTO for piccolo ``Table`` classes; each column is a field."""

    __slots__ = ()

    @classmethod
    def generate_field_definitions(cls, model_type: type[Table]) -> Generator[DTOFieldDefinition, None, None]:
        """Yield one definition per column (the primary key first, read-only).

        Args:
            model_type: The table class.

        Yields:
            One definition per column.
        """
        for column in model_type._meta.columns:
            if column._meta.primary_key:
                mark: Mark | None = Mark.READ_ONLY
            elif column._meta.secret:
                mark = Mark.WRITE_ONLY
            else:
                mark = None
            required = column._meta.required and not column._meta.primary_key
            annotation = _annotation(column) if not column._meta.primary_key else _primary_key(column)
            yield DTOFieldDefinition.from_field_definition(
                field_definition=FieldDefinition.from_kwarg(
                    annotation=annotation,
                    name=column._meta.name,
                    default=Empty if required else None,
                ),
                model_name=model_type.__name__,
                default_factory=None,
                dto_field=DTOField(mark=mark),
            )

    @classmethod
    def detect_nested_field(cls, field_definition: _FieldDefinition) -> bool:
        """Tell whether the field's type is a piccolo table.

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a ``Table`` subclass.
        """
        return field_definition.is_subclass_of(Table)


def _primary_key(column: Column) -> Any:
    return Annotated[Optional[_value_type(column)], msgspec.Meta(extra={})]  # noqa: UP045
