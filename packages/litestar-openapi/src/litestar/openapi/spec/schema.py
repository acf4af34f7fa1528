"""``Schema``: a JSON Schema (2020-12) as used by OpenAPI 3.1."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from litestar.openapi.spec.base import BaseSchemaObject, _camel

if TYPE_CHECKING:
    from litestar.openapi.spec.discriminator import Discriminator
    from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
    from litestar.openapi.spec.external_documentation import ExternalDocumentation
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.xml import XML

__all__ = ("Schema", "SchemaDataContainer")


def _hashable(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    return value if isinstance(value, Hashable) else id(value)


@dataclass
class Schema(BaseSchemaObject):
    """A schema: the JSON Schema keywords OpenAPI 3.1 allows, in snake case."""

    all_of: Sequence[Reference | Schema] | None = None
    """All of these schemas must match."""

    any_of: Sequence[Reference | Schema] | None = None
    """At least one of these schemas must match."""

    one_of: Sequence[Reference | Schema] | None = None
    """Exactly one of these schemas must match."""

    schema_not: Reference | Schema | None = None
    """This schema must not match (``not``)."""

    schema_if: Reference | Schema | None = None
    """Condition of ``then``/``else`` (``if``)."""

    then: Reference | Schema | None = None
    """Applies when ``if`` matches."""

    schema_else: Reference | Schema | None = None
    """Applies when ``if`` does not match (``else``)."""

    dependent_schemas: dict[str, Reference | Schema] | None = None
    """Property name -> schema applied when it is present."""

    prefix_items: Sequence[Reference | Schema] | None = None
    """Schemas of the first items of an array (tuples)."""

    items: Reference | Schema | None = None
    """Schema of the (remaining) items of an array."""

    contains: Reference | Schema | None = None
    """At least one item must match."""

    properties: dict[str, Reference | Schema] | None = None
    """Property name -> schema."""

    pattern_properties: dict[str, Reference | Schema] | None = None
    """Property name pattern -> schema."""

    additional_properties: Reference | Schema | bool | None = None
    """Schema of properties not listed, or whether they are allowed."""

    property_names: Reference | Schema | None = None
    """Schema every property name must match."""

    unevaluated_items: Reference | Schema | None = None
    """Schema of items no other keyword evaluated."""

    unevaluated_properties: Reference | Schema | None = None
    """Schema of properties no other keyword evaluated."""

    type: OpenAPIType | Sequence[OpenAPIType] | None = None
    """Type (or types) of the value."""

    enum: Sequence[Any] | None = None
    """Allowed values."""

    const: Any | None = None
    """The only allowed value."""

    multiple_of: float | None = None
    """The value must be a multiple of this."""

    maximum: float | None = None
    """Inclusive upper bound."""

    exclusive_maximum: float | None = None
    """Exclusive upper bound."""

    minimum: float | None = None
    """Inclusive lower bound."""

    exclusive_minimum: float | None = None
    """Exclusive lower bound."""

    max_length: int | None = None
    """Maximum string length."""

    min_length: int | None = None
    """Minimum string length."""

    pattern: str | None = None
    """Regular expression strings must match."""

    max_items: int | None = None
    """Maximum array length."""

    min_items: int | None = None
    """Minimum array length."""

    unique_items: bool | None = None
    """Whether array items must be unique."""

    max_contains: int | None = None
    """Maximum number of items matching ``contains``."""

    min_contains: int | None = None
    """Minimum number of items matching ``contains``."""

    max_properties: int | None = None
    """Maximum number of properties."""

    min_properties: int | None = None
    """Minimum number of properties."""

    required: Sequence[str] | None = None
    """Names of the required properties."""

    dependent_required: dict[str, Sequence[str]] | None = None
    """Property name -> properties required when it is present."""

    format: OpenAPIFormat | None = None
    """Semantic format of the value, e.g. ``date-time``."""

    content_encoding: str | None = None
    """Encoding of string content, e.g. ``base64``."""

    content_media_type: str | None = None
    """Media type of string content."""

    content_schema: Reference | Schema | None = None
    """Schema of the decoded string content."""

    title: str | None = None
    """Title of the schema."""

    description: str | None = None
    """Description of the schema."""

    default: Any | None = None
    """Default value."""

    deprecated: bool | None = None
    """Whether the value is deprecated."""

    read_only: bool | None = None
    """Whether the value is only sent in responses."""

    write_only: bool | None = None
    """Whether the value is only sent in requests."""

    examples: list[Any] | None = None
    """Example values."""

    discriminator: Discriminator | None = None
    """Tells which member of a union applies."""

    xml: XML | None = None
    """XML representation."""

    external_docs: ExternalDocumentation | None = None
    """Further documentation."""

    example: Any | None = None
    """One example value (deprecated by JSON Schema; prefer ``examples``)."""

    def __hash__(self) -> int:
        return hash(tuple(_hashable(getattr(self, f.name)) for f in fields(self)))

    @classmethod
    def field_aliases(cls) -> dict[str, str]:
        """Map the OpenAPI keyword of each renamed field to the field name.

        Returns:
            ``{"allOf": "all_of", "not": "schema_not", ...}`` for every field whose
            keyword differs from its name.
        """
        return {_camel(f.name): f.name for f in fields(cls) if _camel(f.name) != f.name}


@dataclass
class SchemaDataContainer(Schema):
    """A schema that still carries the type it was made from, to be replaced by its real schema."""

    data_container: Any = None
    """The annotated type whose schema this stands for."""

    _excluded_fields = frozenset({"data_container"})

    __hash__ = Schema.__hash__
