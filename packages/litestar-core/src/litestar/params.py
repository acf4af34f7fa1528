"""Markers that tell the framework where a handler argument comes from and how to check it.

``Parameter(...)`` describes query, header and cookie parameters, ``Body(...)`` the request
body, ``Dependency(...)`` an injected value. Each returns a frozen definition object that is
read once at startup, when the handler's argument plan is compiled.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from litestar.enums import RequestEncodingType
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.types._pieces import ExampleProtocol, ExternalDocumentationProtocol

__all__ = (
    "Body",
    "BodyKwarg",
    "Dependency",
    "DependencyKwarg",
    "KwargDefinition",
    "Parameter",
    "ParameterKwarg",
    "ParametersMap",
)

_CONSTRAINTS = (
    "gt",
    "ge",
    "lt",
    "le",
    "multiple_of",
    "min_items",
    "max_items",
    "min_length",
    "max_length",
    "pattern",
    "lower_case",
    "upper_case",
    "const",
)


@dataclass(frozen=True)
class KwargDefinition:
    """Validation constraints and schema metadata shared by parameters and bodies."""

    examples: list[ExampleProtocol] | None = field(default=None)
    external_docs: ExternalDocumentationProtocol | None = field(default=None)
    content_encoding: str | None = field(default=None)
    default: Any = field(default=Empty)
    title: str | None = field(default=None)
    description: str | None = field(default=None)
    const: bool | None = field(default=None)
    gt: float | None = field(default=None)
    ge: float | None = field(default=None)
    lt: float | None = field(default=None)
    le: float | None = field(default=None)
    multiple_of: float | None = field(default=None)
    min_items: int | None = field(default=None)
    max_items: int | None = field(default=None)
    min_length: int | None = field(default=None)
    max_length: int | None = field(default=None)
    pattern: str | None = field(default=None)
    lower_case: bool | None = field(default=None)
    upper_case: bool | None = field(default=None)
    format: str | None = field(default=None)
    enum: Sequence[Any] | None = field(default=None)
    read_only: bool | None = field(default=None)
    schema_extra: dict[str, Any] | None = field(default=None)
    schema_component_key: str | None = None
    include_in_schema: bool = True

    @property
    def is_constrained(self) -> bool:
        """Whether any value constraint (bounds, lengths, pattern...) is set."""
        return any(getattr(self, name) is not None for name in _CONSTRAINTS)

    def __hash__(self) -> int:
        return hash(tuple(_hashable(getattr(self, f)) for f in self.__dataclass_fields__))


def _hashable(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    return value if isinstance(value, Hashable) else id(value)


@dataclass(frozen=True)
class ParameterKwarg(KwargDefinition):
    """Where a query, header or cookie parameter is read from, and whether it is required."""

    annotation: Any = field(default=Empty)
    header: str | None = field(default=None)
    cookie: str | None = field(default=None)
    query: str | None = field(default=None)
    required: bool | None = field(default=None)

    def __post_init__(self) -> None:
        if sum(1 for v in (self.header, self.cookie, self.query) if v) > 1:
            raise ValueError("Only one of 'header', 'cookie' or 'query' may be set on a Parameter")

    __hash__ = KwargDefinition.__hash__


@dataclass(frozen=True)
class BodyKwarg(KwargDefinition):
    """How the request body is encoded and checked."""

    media_type: str | RequestEncodingType = field(default=RequestEncodingType.JSON)
    multipart_form_part_limit: int | None = field(default=None)

    def __post_init__(self) -> None:
        if self.multipart_form_part_limit is not None and self.multipart_form_part_limit < 0:
            raise ValueError("'multipart_form_part_limit' must be a non-negative integer")

    __hash__ = KwargDefinition.__hash__


@dataclass(frozen=True)
class DependencyKwarg:
    """Marks an argument as injected; ``default`` applies when no provider is registered."""

    default: Any = field(default=Empty)
    skip_validation: bool = field(default=False)


def Parameter(
    annotation: Any = Empty,
    *,
    const: bool | None = None,
    content_encoding: str | None = None,
    cookie: str | None = None,
    default: Any = Empty,
    description: str | None = None,
    examples: list[ExampleProtocol] | None = None,
    external_docs: ExternalDocumentationProtocol | None = None,
    ge: float | None = None,
    gt: float | None = None,
    header: str | None = None,
    le: float | None = None,
    lt: float | None = None,
    max_items: int | None = None,
    max_length: int | None = None,
    min_items: int | None = None,
    min_length: int | None = None,
    multiple_of: float | None = None,
    pattern: str | None = None,
    query: str | None = None,
    required: bool | None = None,
    title: str | None = None,
    schema_extra: dict[str, Any] | None = None,
    schema_component_key: str | None = None,
    include_in_schema: bool = True,
) -> Any:
    """Describe a query, header or cookie parameter (source, alias, default, constraints)."""
    return ParameterKwarg(
        annotation=annotation,
        const=const,
        content_encoding=content_encoding,
        cookie=cookie,
        default=default,
        description=description,
        examples=examples,
        external_docs=external_docs,
        ge=ge,
        gt=gt,
        header=header,
        le=le,
        lt=lt,
        max_items=max_items,
        max_length=max_length,
        min_items=min_items,
        min_length=min_length,
        multiple_of=multiple_of,
        pattern=pattern,
        query=query,
        required=required,
        title=title,
        schema_extra=schema_extra,
        schema_component_key=schema_component_key,
        include_in_schema=include_in_schema,
    )


def Body(
    *,
    const: bool | None = None,
    content_encoding: str | None = None,
    default: Any = Empty,
    description: str | None = None,
    examples: list[ExampleProtocol] | None = None,
    external_docs: ExternalDocumentationProtocol | None = None,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
    max_items: int | None = None,
    max_length: int | None = None,
    media_type: str | RequestEncodingType = RequestEncodingType.JSON,
    min_items: int | None = None,
    min_length: int | None = None,
    multipart_form_part_limit: int | None = None,
    multiple_of: float | None = None,
    pattern: str | None = None,
    title: str | None = None,
    schema_extra: dict[str, Any] | None = None,
    schema_component_key: str | None = None,
) -> Any:
    """Describe the request body: its encoding (JSON, form, multipart, msgpack) and limits."""
    return BodyKwarg(
        const=const,
        content_encoding=content_encoding,
        default=default,
        description=description,
        examples=examples,
        external_docs=external_docs,
        ge=ge,
        gt=gt,
        le=le,
        lt=lt,
        max_items=max_items,
        max_length=max_length,
        media_type=media_type,
        min_items=min_items,
        min_length=min_length,
        multipart_form_part_limit=multipart_form_part_limit,
        multiple_of=multiple_of,
        pattern=pattern,
        title=title,
        schema_extra=schema_extra,
        schema_component_key=schema_component_key,
    )


def Dependency(*, default: Any = Empty, skip_validation: bool = False) -> Any:
    """Mark an argument as injected, optionally with a default used when no provider exists."""
    return DependencyKwarg(default=default, skip_validation=skip_validation)


ParametersMap: TypeAlias = "Mapping[str, ParameterKwarg]"
"""(A string, as in 2.17: the alias is for type checkers.) A layer's ``parameters``: name -> the ``Parameter(...)`` declaring it."""
