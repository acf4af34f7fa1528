"""The parsed annotation handed to ``OpenAPISchemaPlugin`` hooks.

Core's ``litestar.typing.FieldDefinition`` is used when it exists; until then this small
stand-in carries the attributes schema plugins read (``annotation``, ``name``,
``default``, ``kwarg_definition``, ``extra``...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, get_args, get_origin

from litestar.types.empty import Empty

__all__ = ("SchemaField", "make_field")


@dataclass(frozen=True)
class SchemaField:
    """An annotation with the name, default and metadata it was declared with."""

    annotation: Any
    """The type, without ``Annotated``."""
    raw: Any = None
    """The annotation as written."""
    name: str = ""
    """Name of the field or parameter."""
    default: Any = Empty
    """Default value, or ``Empty``."""
    kwarg_definition: Any = None
    """A ``KwargDefinition`` (``Parameter``/``Body``) attached to it, if any."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Extra schema keywords."""
    metadata: tuple[Any, ...] = ()
    """Other ``Annotated`` metadata."""

    @property
    def origin(self) -> Any:
        """``get_origin`` of the annotation."""
        return get_origin(self.annotation)

    @property
    def args(self) -> tuple[Any, ...]:
        """``get_args`` of the annotation."""
        return get_args(self.annotation)

    @property
    def type_(self) -> Any:
        """The annotation (name used by older plugins)."""
        return self.annotation

    def has_default(self) -> bool:
        """Whether a default value is set."""
        return self.default is not Empty


def make_field(annotation: Any, name: str = "", default: Any = Empty, kwarg_definition: Any = None) -> Any:
    """Build the field object given to plugins (core's ``FieldDefinition`` when available)."""
    try:
        from litestar.typing import FieldDefinition  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        raw = annotation
        metadata: tuple[Any, ...] = ()
        if get_origin(annotation) is Annotated:
            annotation, *rest = get_args(annotation)
            metadata = tuple(rest)
        return SchemaField(
            annotation=annotation,
            raw=raw,
            name=name,
            default=default,
            kwarg_definition=kwarg_definition,
            metadata=metadata,
        )
    return FieldDefinition.from_annotation(
        annotation, name=name, default=default, kwarg_definition=kwarg_definition
    )
