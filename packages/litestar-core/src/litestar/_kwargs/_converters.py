"""String-to-value converters for query, header, cookie and path parameters.

A converter is chosen once per parameter at startup. Common scalar types get a direct
Python conversion; everything else (and every failure, so error messages are exact) goes
through ``msgspec.convert(..., strict=False)``.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence as _AbcSequence
from typing import Annotated, Any, Union, get_args, get_origin

import msgspec

from litestar._signature import unwrap_optional
from litestar.serialization.msgspec_hooks import default_deserializer

__all__ = (
    "Converter",
    "InvalidValue",
    "build_converter",
    "build_value_check",
    "is_sequence_annotation",
    "msgspec_error_message",
)

Converter = Callable[[Any], Any]
"""Takes the raw value (``str``, or ``list[str]`` for sequences) and returns the converted one."""

_SEQUENCE_ORIGINS = (list, tuple, set, frozenset, _AbcSequence)
_TRUE_FALSE = {"true": True, "false": False, "1": True, "0": False, "True": True, "False": False}
_CONSTRAINT_NAMES = ("gt", "ge", "lt", "le", "multiple_of", "pattern", "min_length", "max_length")


class InvalidValue(Exception):
    """Raised by a converter; carries the user-facing message."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def msgspec_error_message(exc: Exception) -> tuple[str, str | None]:
    """Split a msgspec error into ``(message, key_path)``; key path is ``None`` at the root."""
    text = str(exc)
    message, sep, where = text.rpartition(" - at `")
    if not sep:
        return text, None
    path = where.rstrip("`")
    if not path.startswith("$."):
        # NOTE: errors inside a top-level array (``$[1]``) are reported on ``data``.
        return message, None
    return message, path[2:] or None


def is_sequence_annotation(annotation: Any) -> bool:
    """Whether a (non-optional) annotation asks for all values of a repeated parameter."""
    inner, _ = unwrap_optional(annotation)
    origin = get_origin(inner)
    if origin is Annotated:
        return is_sequence_annotation(get_args(inner)[0])
    return origin in _SEQUENCE_ORIGINS or inner in (list, tuple, set, frozenset)


def _meta_for(kwarg_definition: Any) -> msgspec.Meta | None:
    if kwarg_definition is None:
        return None
    values = {}
    for name in _CONSTRAINT_NAMES:
        value = getattr(kwarg_definition, name, None)
        if value is not None:
            values[name] = value
    min_items = getattr(kwarg_definition, "min_items", None)
    max_items = getattr(kwarg_definition, "max_items", None)
    if min_items is not None:
        values["min_length"] = min_items
    if max_items is not None:
        values["max_length"] = max_items
    return msgspec.Meta(**values) if values else None


# annotated_types constraint classes (also what pydantic's ``conint`` and friends produce)
# by name, with the msgspec.Meta keyword each one stands for. Read by duck typing so core
# needs no import of annotated_types.
_ANNOTATED_TYPES = {
    "Gt": "gt",
    "Ge": "ge",
    "Lt": "lt",
    "Le": "le",
    "MultipleOf": "multiple_of",
    "MinLen": "min_length",
    "MaxLen": "max_length",
}


def _annotated_types_meta(metadata: tuple[Any, ...]) -> msgspec.Meta | None:
    """The ``annotated_types`` constraints among ``metadata`` (``Gt``, ``Interval``, ``Len``...) as a Meta."""
    values: dict[str, Any] = {}
    pending = [m for m in metadata if type(m).__module__ == "annotated_types"]
    while pending:
        item = pending.pop()
        name = _ANNOTATED_TYPES.get(type(item).__name__)
        if name is not None:
            values[name] = getattr(item, name)
        elif hasattr(item, "__iter__"):
            # Grouped metadata (Interval, Len) yields its single constraints.
            pending.extend(item)
    return msgspec.Meta(**values) if values else None


def _apply_meta(annotation: Any, meta: msgspec.Meta | None, metadata: tuple[Any, ...]) -> Any:
    extra = tuple(m for m in metadata if isinstance(m, msgspec.Meta))
    constraints = _annotated_types_meta(metadata)
    if constraints is not None:
        extra += (constraints,)
    if meta is not None:
        extra += (meta,)
    if not extra:
        return annotation
    inner, optional = unwrap_optional(annotation)
    constrained = Annotated[(inner, *extra)]  # type: ignore[valid-type]
    return Union[constrained, None] if optional else constrained  # noqa: UP007


def _generic(target: Any, dec_hook: Callable[[type, Any], Any] | None) -> Converter:
    convert = msgspec.convert
    # Types msgspec does not know go through the default deserializer (as the reference).
    hook = dec_hook or default_deserializer

    def convert_value(value: Any) -> Any:
        try:
            return convert(value, target, strict=False, dec_hook=hook)
        except msgspec.ValidationError as exc:
            raise InvalidValue(msgspec_error_message(exc)[0]) from None

    return convert_value


def build_converter(
    annotation: Any,
    kwarg_definition: Any = None,
    metadata: tuple[Any, ...] = (),
    dec_hook: Callable[[type, Any], Any] | None = None,
) -> Converter:
    """Return a converter for ``annotation`` honouring the constraints of ``kwarg_definition``."""
    target = _apply_meta(annotation, _meta_for(kwarg_definition), metadata)
    slow = _generic(target, dec_hook)
    if target is not annotation:
        return slow
    inner, _ = unwrap_optional(annotation)
    if inner is str or inner is Any:
        return _identity
    if inner is int:

        def to_int(value: Any) -> Any:
            # Plain non-negative decimals only: leading zeros, signs and the rest go to msgspec.
            if value.isascii() and value.isdigit() and (value[0] != "0" or len(value) == 1):
                return int(value)
            return slow(value)

        return to_int
    if inner is bool:

        def to_bool(value: Any) -> Any:
            result = _TRUE_FALSE.get(value)
            return slow(value) if result is None else result

        return to_bool
    return slow


def _identity(value: Any) -> Any:
    return value


def build_value_check(parameter: Any) -> Converter | None:
    """Return a check coercing an injected dependency value to the parameter's annotation.

    Values that do not fit raise ``InternalServerException`` (a provider returned the wrong
    type: a server-side error). ``None`` means nothing to check (``Any``, or
    ``Dependency(skip_validation=True)``). Instances of the annotated class pass untouched.
    """
    if getattr(parameter.kwarg_definition, "skip_validation", False):
        return None
    annotation = parameter.annotation
    if annotation is Any or annotation is object or not parameter.has_annotation:
        return None
    inner, optional = unwrap_optional(annotation)
    if inner is Any:
        return None
    fast = get_origin(inner) or inner
    if isinstance(fast, type):
        try:
            isinstance(None, fast)
        except TypeError:  # TypedDict, non-runtime protocols...
            fast = None
    else:
        fast = None
    convert = msgspec.convert

    def check(value: Any) -> Any:
        if (fast is not None and isinstance(value, fast)) or (value is None and optional):
            return value
        try:
            return convert(value, annotation, strict=False)
        except TypeError:  # a type msgspec cannot check: accept the value as is
            return value
        except msgspec.ValidationError:
            from litestar.exceptions.http_exceptions import InternalServerException

            raise InternalServerException() from None

    return check
