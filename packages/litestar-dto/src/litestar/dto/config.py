"""``DTOConfig``: how a DTO shapes its model on the wire."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litestar.exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from litestar.dto.types import RenameStrategy

__all__ = ("DTOConfig",)


@dataclass(frozen=True)
class DTOConfig:
    """The settings of a DTO; set as the ``config`` class attribute or with ``Annotated``."""

    exclude: AbstractSet[str] = field(default_factory=set)
    """Fields left out; dotted paths reach nested models (``"address.zip"``, ``"items.0.id"``)."""
    include: AbstractSet[str] = field(default_factory=set)
    """The only fields kept (exclusive with ``exclude``); dotted paths as for ``exclude``."""
    rename_fields: dict[str, str] = field(default_factory=dict)
    """Explicit wire names of fields; wins over ``rename_strategy``."""
    rename_strategy: RenameStrategy | None = None
    """How the other fields are renamed: ``lower``, ``upper``, ``camel``, ``pascal``, ``kebab`` or a function."""
    max_nested_depth: int = 1
    """How deep nested models are followed; deeper model fields are left out."""
    partial: bool = False
    """Make every field optional (for ``PATCH`` bodies read through ``DTOData``)."""
    underscore_fields_private: bool = True
    """Treat fields whose name starts with ``_`` as private."""
    experimental_codegen_backend: bool | None = None
    """Accepted for compatibility: the transfer functions are always generated code."""
    forbid_unknown_fields: bool = False
    """Answer 400 to a body that has a field the DTO does not know."""

    def __post_init__(self) -> None:
        if self.include and self.exclude:
            raise ImproperlyConfiguredException(
                "'include' and 'exclude' are mutually exclusive options, please use one of them"
            )
