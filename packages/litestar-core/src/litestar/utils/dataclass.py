"""Fast field extraction from dataclass instances."""

from __future__ import annotations

from dataclasses import Field, fields
from typing import TYPE_CHECKING, Any

from litestar.types.empty import Empty
from litestar.utils.predicates import is_dataclass_instance

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from litestar.types.protocols import DataclassProtocol

__all__ = ("extract_dataclass_fields", "extract_dataclass_items", "simple_asdict")


def extract_dataclass_fields(
    dt: DataclassProtocol,
    exclude_none: bool = False,
    exclude_empty: bool = False,
    include: AbstractSet[str] | None = None,
    exclude: AbstractSet[str] | None = None,
) -> tuple[Field[Any], ...]:
    """Return the fields of a dataclass instance, filtered.

    Args:
        dt: The dataclass instance.
        exclude_none: Leave out fields whose value is ``None``.
        exclude_empty: Leave out fields whose value is ``Empty``.
        include: Only these field names, when given.
        exclude: Leave out these field names.

    Returns:
        The selected fields.

    Raises:
        ValueError: If a name is both included and excluded.
    """
    include = include or set()
    exclude = exclude or set()
    if common := include & exclude:
        raise ValueError(f"Fields {common} are both included and excluded.")
    selected = []
    for field in fields(dt):
        name = field.name
        if (include and name not in include) or name in exclude:
            continue
        if exclude_none or exclude_empty:
            value = getattr(dt, name)
            if (exclude_none and value is None) or (exclude_empty and value is Empty):
                continue
        selected.append(field)
    return tuple(selected)


def extract_dataclass_items(
    dt: DataclassProtocol,
    exclude_none: bool = False,
    exclude_empty: bool = False,
    include: AbstractSet[str] | None = None,
    exclude: AbstractSet[str] | None = None,
) -> tuple[tuple[str, Any], ...]:
    """Return ``(name, value)`` pairs of a dataclass instance, filtered.

    Args:
        dt: The dataclass instance.
        exclude_none: Leave out fields whose value is ``None``.
        exclude_empty: Leave out fields whose value is ``Empty``.
        include: Only these field names, when given.
        exclude: Leave out these field names.

    Returns:
        The selected items.

    Raises:
        ValueError: If a name is both included and excluded.
    """
    selected = extract_dataclass_fields(dt, exclude_none, exclude_empty, include, exclude)
    return tuple((field.name, getattr(dt, field.name)) for field in selected)


def simple_asdict(
    obj: DataclassProtocol,
    exclude_none: bool = False,
    exclude_empty: bool = False,
    convert_nested: bool = True,
    exclude: set[str] | None = None,
) -> dict[str, Any]:
    """Convert a dataclass instance to a dict without deep-copying values.

    Args:
        obj: The dataclass instance.
        exclude_none: Leave out fields whose value is ``None``.
        exclude_empty: Leave out fields whose value is ``Empty``.
        convert_nested: Convert nested dataclass instances too.
        exclude: Field names to leave out (top level only).

    Returns:
        A dict of field values.
    """
    result: dict[str, Any] = {}
    for name, value in extract_dataclass_items(obj, exclude_none, exclude_empty, exclude=exclude):
        if convert_nested and is_dataclass_instance(value):
            value = simple_asdict(value, exclude_none, exclude_empty, convert_nested)
        result[name] = value
    return result
