"""Example values for schemas (``OpenAPIConfig(create_examples=True)``, ``ResponseSpec``).

Litestar 2.17 fills ``examples`` with random data from polyfactory. Here every schema gets
one example derived from the schema itself, so the document is the same on every build
and respects the constraints: the bounds of numbers, lengths, formats, enums and constants.
The places that get examples are the ones 2.17 fills: every schema of a parameter, body
and response (not ``$ref`` objects themselves), the members of unions, array items and
properties, and each component schema reached from them.
"""

from __future__ import annotations

from typing import Any

from litestar.openapi.spec import OpenAPIType, Reference, Schema

__all__ = ("ExampleFiller",)

_BY_FORMAT = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "/example",
    "iri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
    "binary": "",
    "regex": ".*",
}


def _type(schema: Schema) -> Any:
    kind = schema.type
    if isinstance(kind, list):
        kind = next((k for k in kind if k != OpenAPIType.NULL), None)
    return getattr(kind, "value", kind)


def _string(schema: Schema) -> str:
    fmt = getattr(schema.format, "value", schema.format)
    if fmt in _BY_FORMAT:
        return _BY_FORMAT[str(fmt)]
    value = "string"
    minimum = schema.min_length or 0
    if len(value) < minimum:
        value = value + "x" * (minimum - len(value))
    if schema.max_length is not None:
        value = value[: schema.max_length]
    return value


def _number(schema: Schema, integer: bool) -> int | float:
    low = schema.minimum if schema.minimum is not None else None
    if low is None and schema.exclusive_minimum is not None:
        low = schema.exclusive_minimum + (1 if integer else 0.5)
    high = schema.maximum if schema.maximum is not None else None
    if high is None and schema.exclusive_maximum is not None:
        high = schema.exclusive_maximum - (1 if integer else 0.5)
    value: float = 1 if integer else 1.5
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    if schema.multiple_of:
        value = schema.multiple_of * max(1, round(value / schema.multiple_of))
    return int(value) if integer else float(value)


class ExampleFiller:
    """Adds ``examples`` to schemas, resolving ``$ref`` through the named components.

    Args:
        components: Component name -> schema (already named).
    """

    __slots__ = ("_components", "_done")

    def __init__(self, components: dict[str, Schema | Reference]) -> None:
        self._components = components
        self._done: set[int] = set()

    def _target(self, ref: Reference) -> Schema | None:
        target = self._components.get(ref.ref.rsplit("/", 1)[-1])
        return target if isinstance(target, Schema) else None

    def fill(self, schema: Schema | Reference | None) -> None:
        """Give ``schema`` and everything below it an example (once per schema object).

        Args:
            schema: A schema, a reference (its component is filled), or ``None``.
        """
        if schema is None:
            return
        if isinstance(schema, Reference):
            target = self._target(schema)
            if target is not None:
                self.fill(target)
            return
        if id(schema) in self._done or schema.examples is not None:
            return  # given examples (e.g. the error responses') are kept, with what is below
        self._done.add(id(schema))
        for child in self._children(schema):
            self.fill(child)
        if _type(schema) != OpenAPIType.NULL.value:
            value = self.value(schema)
            if value is not None:
                schema.examples = [value]

    @staticmethod
    def _children(schema: Schema) -> list[Schema | Reference]:
        children: list[Schema | Reference] = []
        for group in (schema.one_of, schema.any_of, schema.all_of, schema.prefix_items):
            children.extend(group or ())
        if schema.items is not None:
            children.append(schema.items)
        if isinstance(schema.additional_properties, (Schema, Reference)):
            children.append(schema.additional_properties)
        children.extend((schema.properties or {}).values())
        return children

    def value(self, schema: Schema | Reference, depth: int = 0) -> Any:
        """An example value for ``schema`` (``None`` when it admits none worth showing).

        Args:
            schema: The schema or reference.
            depth: Nesting depth (recursive models stop after a few levels).

        Returns:
            A JSON-ready value.
        """
        if depth > 8:
            return None
        if isinstance(schema, Reference):
            target = self._target(schema)
            return None if target is None else self.value(target, depth + 1)
        if schema.examples:
            return schema.examples[0]
        if schema.const is not None:
            return schema.const
        if schema.enum:
            return schema.enum[0]
        if schema.default is not None:
            return schema.default
        for group in (schema.one_of, schema.any_of):
            for member in group or ():
                value = self.value(member, depth + 1)
                if value is not None:
                    return value
        if schema.all_of:
            merged: dict[str, Any] = {}
            for member in schema.all_of:
                part = self.value(member, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged or None
        kind = _type(schema)
        if kind == "string":
            return _string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind == "integer")
        if kind == "boolean":
            return True
        if kind == "array":
            if schema.prefix_items:
                return [self.value(item, depth + 1) for item in schema.prefix_items]
            item = self.value(schema.items, depth + 1) if schema.items is not None else None
            count = max(1, schema.min_items or 0)
            return [item] * count if item is not None else []
        if kind == "object" or schema.properties:
            result = {}
            for name, prop in (schema.properties or {}).items():
                value = self.value(prop, depth + 1)
                if value is not None:
                    result[name] = value
            if not result and isinstance(schema.additional_properties, (Schema, Reference)):
                value = self.value(schema.additional_properties, depth + 1)
                if value is not None:
                    result["key"] = value
            return result
        return None
