"""The DI plugin for msgspec structs, always available in core."""

from __future__ import annotations

from inspect import Parameter, Signature
from typing import Any

import msgspec
from msgspec.structs import fields

from litestar.plugins.base import DIPlugin

__all__ = ("MsgspecDIPlugin",)


class MsgspecDIPlugin(DIPlugin):
    """Describe the constructor of :class:`msgspec.Struct` subclasses to dependency injection."""

    def has_typed_init(self, type_: Any) -> bool:
        """Tell whether ``type_`` is a :class:`msgspec.Struct` subclass.

        Args:
            type_: Any object.

        Returns:
            ``True`` for struct types.
        """
        return isinstance(type_, type) and issubclass(type_, msgspec.Struct)

    def get_typed_init(self, type_: Any) -> tuple[Signature, dict[str, Any]]:
        """Return the keyword-only signature of a struct's constructor and its field types.

        Fields without a plain default (required, or with a ``default_factory``) have
        :data:`msgspec.NODEFAULT` as default.

        Args:
            type_: A :class:`msgspec.Struct` subclass.

        Returns:
            The signature and ``{field name: resolved type}``.
        """
        struct_fields = fields(type_)
        parameters = [
            Parameter(name=f.name, kind=Parameter.KEYWORD_ONLY, annotation=f.type, default=f.default)
            for f in struct_fields
        ]
        return Signature(parameters), {f.name: f.type for f in struct_fields}
