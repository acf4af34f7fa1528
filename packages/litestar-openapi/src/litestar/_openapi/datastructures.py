"""``OpenAPIContext``, its schema registry and the key a type is registered under."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any, get_args, get_origin

from litestar.openapi._schema._registry import SchemaRegistry as _Registry
from litestar.openapi.spec import Reference, Schema

if TYPE_CHECKING:
    from litestar.openapi.config import OpenAPIConfig

__all__ = ("OpenAPIContext", "SchemaRegistry", "_get_normalized_schema_key")

_NOT_NAME = re.compile(r"[^\w.]+")


def _get_normalized_schema_key(field_definition: Any) -> tuple[str, ...]:
    """The module parts and name a type's schema is registered under.

    ``pkg.models.Pet`` gives ``("pkg", "models", "Pet")``; a parametrised generic is named
    after its text, ``pkg.models.Page[int]`` giving ``("pkg", "models", "Page_int_")``.

    Args:
        field_definition: A ``FieldDefinition`` (its ``annotation`` is used).

    Returns:
        The key.
    """
    annotation = field_definition.annotation
    module = getattr(annotation, "__module__", None) or ""
    if get_args(annotation) and getattr(get_origin(annotation), "__module__", None) != "builtins":
        name = _NOT_NAME.sub("_", repr(annotation).removeprefix(f"{module}."))
    else:
        qualname = getattr(annotation, "__qualname__", None) or repr(annotation)
        name = qualname.replace("<locals>.", "")
    return (*module.split("."), name) if module else (name,)


class SchemaRegistry(_Registry):
    """The components of one document (2.17's name for its generator's registry)."""

    __slots__ = ()

    def reference(self, key: Hashable) -> Reference:
        """A ``$ref`` to the schema ``key``, pointing at its full dotted name until named.

        Args:
            key: The identity of the registered type.

        Returns:
            The reference; :meth:`generate_components_schemas` sets its final target.
        """
        ref = super().reference(key)
        ref.ref = f"#/components/schemas/{'_'.join(self._entries[key].path)}"
        return ref

    def generate_components_schemas(self) -> dict[str, Schema]:
        """Name every registered schema, point the references at it and return the map.

        Returns:
            Component name -> schema.
        """
        return self.generate_components()


class OpenAPIContext:
    """What one document build shares: the config, the schema plugins and the registry."""

    __slots__ = ("_operation_ids", "openapi_config", "plugins", "schema_registry")

    def __init__(self, openapi_config: OpenAPIConfig, plugins: Sequence[Any]) -> None:
        """Start a build.

        Args:
            openapi_config: The app's OpenAPI configuration.
            plugins: The app's OpenAPI schema plugins (``app.plugins.openapi``).
        """
        self.openapi_config = openapi_config
        self.plugins = plugins
        self.schema_registry = SchemaRegistry()
        self._operation_ids: set[str] = set()

    def add_operation_id(self, operation_id: str) -> None:
        """Record an operation id, refusing one used twice in the document.

        Args:
            operation_id: The id.

        Raises:
            ImproperlyConfiguredException: If the id was recorded before.
        """
        from litestar.exceptions import ImproperlyConfiguredException

        if operation_id in self._operation_ids:
            raise ImproperlyConfiguredException(
                f"operation_ids must be unique, please ensure the value of 'operation_id' is "
                f"either not set or unique for {operation_id}"
            )
        self._operation_ids.add(operation_id)
