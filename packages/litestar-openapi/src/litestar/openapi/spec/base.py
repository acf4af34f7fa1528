"""``BaseSchemaObject``: the common base of the OpenAPI 3.1 objects and their serialisation.

Every spec object is a dataclass whose fields are written in snake case; :meth:`to_schema`
turns it into the JSON-ready dict of the OpenAPI document: keys in camel case (with a few
renamed ones such as ``param_in`` -> ``in`` and ``ref`` -> ``$ref``), ``None`` values
dropped, enums replaced by their values and nested objects converted recursively.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, ClassVar

__all__ = ("BaseSchemaObject",)

_RENAMED = {
    "param_in": "in",
    "security_scheme_in": "in",
    "schema_not": "not",
    "schema_if": "if",
    "schema_else": "else",
    "ref": "$ref",
}


def _camel(name: str) -> str:
    renamed = _RENAMED.get(name)
    if renamed is not None:
        return renamed
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _convert(value: Any) -> Any:
    """Turn a field value into plain JSON-ready data (``None`` entries of dicts dropped)."""
    if isinstance(value, BaseSchemaObject):
        return value.to_schema()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_convert(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _convert(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


class BaseSchemaObject:
    """Base of the OpenAPI objects: knows how to render itself as a plain dict."""

    __slots__ = ()

    _excluded_fields: ClassVar[frozenset[str]] = frozenset()
    """Fields that are never rendered (e.g. ``name`` of a response header)."""

    @classmethod
    def _keys(cls) -> dict[str, str]:
        # PERF: the attribute -> JSON key map is computed once per class, not per object.
        cached: dict[str, str] | None = cls.__dict__.get("_key_cache")
        if cached is None:
            cached = {
                f.name: _camel(f.name)
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                if f.name not in cls._excluded_fields
            }
            type.__setattr__(cls, "_key_cache", cached)
        return cached

    def to_schema(self) -> dict[str, Any]:
        """Render the object as the dict the OpenAPI document contains.

        Returns:
            The object's fields under their OpenAPI names, ``None`` values left out.
        """
        keys = self._keys()
        result: dict[str, Any] = {}
        # PERF: spec objects are plain dataclasses, so their fields are in ``__dict__`` in
        # declaration order; reading it beats one ``getattr`` per field (a schema has 50).
        for attribute, value in self.__dict__.items():
            if value is None:
                continue
            key = keys.get(attribute)
            if key is None:
                continue
            if value.__class__ in _PLAIN:
                result[key] = value
            else:
                result[key] = _convert(value)
        return result


_PLAIN = frozenset({str, bool, int, float})
