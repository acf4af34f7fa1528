"""Apply value constraints and metadata (``Parameter``, ``msgspec.Meta``, defaults) to a schema."""

from __future__ import annotations

import copy
import enum
from typing import Any, cast

import msgspec
from litestar.openapi.spec import OpenAPIType, Reference, Schema
from litestar.params import KwargDefinition
from litestar.types.empty import Empty

__all__ = ("DefaultValue", "apply_constraints", "plain_value")

_BOUNDS = (("gt", "exclusive_minimum"), ("ge", "minimum"), ("lt", "exclusive_maximum"), ("le", "maximum"))


class DefaultValue:
    """A property's default value, applied to its schema like a constraint."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def plain_value(value: Any) -> Any:
    """A JSON-ready form of a default or example value (enums by value, sets as lists...)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    try:
        return msgspec.to_builtins(value)
    except TypeError:
        return value


def _is_array(schema: Schema) -> bool:
    return schema.type == OpenAPIType.ARRAY


def _length(schema: Schema, minimum: int | None, maximum: int | None) -> None:
    if _is_array(schema):
        if minimum is not None:
            schema.min_items = minimum
        if maximum is not None:
            schema.max_items = maximum
    else:
        if minimum is not None:
            schema.min_length = minimum
        if maximum is not None:
            schema.max_length = maximum


def _from_kwarg(schema: Schema, kwarg: KwargDefinition) -> None:
    # Litestar 2.17 writes the bounds of a nullable value (a ``oneOf``) as given, others as floats.
    as_number = (lambda value: value) if schema.one_of is not None else float
    for source, target in _BOUNDS:
        value = getattr(kwarg, source)
        if value is not None:
            setattr(schema, target, as_number(value))
    if kwarg.multiple_of is not None:
        schema.multiple_of = float(kwarg.multiple_of)
    _length(schema, kwarg.min_length, kwarg.max_length)
    if kwarg.min_items is not None:
        schema.min_items = kwarg.min_items
    if kwarg.max_items is not None:
        schema.max_items = kwarg.max_items
    if kwarg.pattern is not None:
        schema.pattern = kwarg.pattern
    if kwarg.title is not None:
        schema.title = kwarg.title
    if kwarg.description is not None:
        schema.description = kwarg.description
    if kwarg.const is not None and kwarg.default is not Empty:
        schema.const = plain_value(kwarg.default)
    if kwarg.format is not None:
        schema.format = kwarg.format  # type: ignore[assignment]
    if kwarg.enum is not None:
        schema.enum = list(kwarg.enum)
    if kwarg.read_only is not None:
        schema.read_only = kwarg.read_only
    if kwarg.content_encoding is not None:
        schema.content_encoding = kwarg.content_encoding
    # Core annotates these with Protocols of its own; they hold this package's spec objects.
    examples: list[Any] = list(kwarg.examples or ())
    if examples:
        schema.examples = [plain_value(e.value) for e in examples]
    if kwarg.external_docs is not None:
        schema.external_docs = cast("Any", kwarg.external_docs)
    if kwarg.schema_extra:
        for key, value in kwarg.schema_extra.items():
            setattr(schema, key, value)


def _from_meta(schema: Schema, meta: msgspec.Meta) -> None:
    for source, target in _BOUNDS:
        value = getattr(meta, source)
        if value is not None:
            setattr(schema, target, float(value))
    if meta.multiple_of is not None:
        schema.multiple_of = float(meta.multiple_of)
    if not _is_array(schema):
        # Litestar 2.17 documents msgspec length bounds of strings only; kept for identical output.
        _length(schema, meta.min_length, meta.max_length)
    if meta.pattern is not None:
        schema.pattern = meta.pattern
    if meta.title is not None:
        schema.title = meta.title
    if meta.description is not None:
        schema.description = meta.description
    if meta.examples is not None:
        schema.examples = [plain_value(e) for e in meta.examples]


def apply_constraints(schema: Schema | Reference, item: Any) -> Schema | Reference:
    """Return ``schema`` with the constraints of ``item`` applied (a copy; inputs are shared).

    Args:
        schema: The schema of the bare type.
        item: A ``KwargDefinition``, a ``msgspec.Meta``, a default holder, or anything else
            (ignored).

    Returns:
        The constrained schema. References are returned unchanged: a component's schema
        is shared by every use.
    """
    if isinstance(schema, Reference):
        return schema
    if isinstance(item, KwargDefinition):
        schema = copy.copy(schema)
        _from_kwarg(schema, item)
    elif isinstance(item, msgspec.Meta):
        schema = copy.copy(schema)
        _from_meta(schema, item)
    elif isinstance(item, DefaultValue):
        value = plain_value(item.value)
        try:
            msgspec.json.encode(value)
        except TypeError:
            # Not a JSON value (an ``attrs.Factory``, a sentinel...): it documents nothing.
            return schema
        schema = copy.copy(schema)
        schema.default = value
    return schema
