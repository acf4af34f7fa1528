"""Parse path templates such as ``/items/{item_id:int}`` and convert path segments."""

from __future__ import annotations

import datetime
import decimal
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

__all__ = ("PATH_PARAM_TYPES", "PathParameter", "parse_path_template")


def _to_timedelta(value: str) -> datetime.timedelta:
    # As the reference: a number is whole seconds (truncated), anything else an ISO 8601 duration.
    try:
        seconds = float(value)
    except ValueError:
        return msgspec.convert(value, datetime.timedelta)
    return datetime.timedelta(seconds=int(seconds))


def _msgspec_converter(target: type) -> Callable[[str], Any]:
    convert = msgspec.convert

    def to_value(value: str) -> Any:
        return convert(value, target)

    return to_value


PATH_PARAM_TYPES: dict[str, tuple[type, Callable[[str], Any]]] = {
    "str": (str, str),
    "int": (int, int),
    "float": (float, float),
    "uuid": (uuid.UUID, uuid.UUID),
    "decimal": (decimal.Decimal, decimal.Decimal),
    "date": (datetime.date, _msgspec_converter(datetime.date)),
    "datetime": (datetime.datetime, _msgspec_converter(datetime.datetime)),
    "time": (datetime.time, _msgspec_converter(datetime.time)),
    "timedelta": (datetime.timedelta, _to_timedelta),
    "path": (Path, str),
}
"""Path parameter type names, their Python type and the converter from a segment."""

_PARAM_RE = re.compile(r"^{([A-Za-z_][A-Za-z0-9_]*):([A-Za-z_]+)}$")


@dataclass(frozen=True)
class PathParameter:
    """One ``{name:type}`` segment of a path template."""

    name: str
    type: type
    type_name: str
    convert: Callable[[str], Any]
    full: str
    """The segment as written, e.g. ``{item_id:int}``."""

    @property
    def parser(self) -> Callable[[str], Any] | None:
        """The converter as 2.17 names it: ``None`` where the segment is kept as a string."""
        return None if self.type_name in ("str", "path") else self.convert


@cache
def _path_parameter(name: str, type_name: str) -> PathParameter:
    """The (immutable) parameter of a ``{name:type}`` segment: one object for all routes using it."""
    py_type, convert = PATH_PARAM_TYPES[type_name]
    return PathParameter(
        name=name, type=py_type, type_name=type_name, convert=convert, full=f"{{{name}:{type_name}}}"
    )


def parse_path_template(path: str, location: str = "") -> list[str | PathParameter]:
    """Split a normalised path into static segments and :class:`PathParameter` objects."""
    components: list[str | PathParameter] = []
    seen: set[str] = set()
    for segment in path.strip("/").split("/"):
        if not segment:
            continue
        if "{" not in segment and "}" not in segment:
            # Interned: many routes share their leading segments (``/api/v1/...``).
            components.append(sys.intern(segment))
            continue
        match = _PARAM_RE.match(segment)
        where = f" ({location})" if location else ""
        if match is None:
            raise ImproperlyConfiguredException(
                f"Path parameter {segment!r} in {path!r}{where} is malformed: "
                f"write it as '{{name:type}}', e.g. '{{item_id:int}}'."
            )
        name, type_name = match.groups()
        if type_name not in PATH_PARAM_TYPES:
            raise ImproperlyConfiguredException(
                f"Path parameter {segment!r} in {path!r}{where} has the unknown type {type_name!r}; "
                f"use one of: {', '.join(PATH_PARAM_TYPES)}."
            )
        if name in seen:
            raise ImproperlyConfiguredException(f"Path parameter {name!r} appears twice in {path!r}{where}.")
        seen.add(name)
        components.append(_path_parameter(name, type_name))
    for index, component in enumerate(components):
        if (
            isinstance(component, PathParameter)
            and component.type_name == "path"
            and index != len(components) - 1
        ):
            raise ImproperlyConfiguredException(
                f"The 'path' parameter {component.name!r} must be the last segment of {path!r}."
            )
    return components
