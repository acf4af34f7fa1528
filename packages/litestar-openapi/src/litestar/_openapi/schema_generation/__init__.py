"""``SchemaCreator`` with the 2.17 constructor, over this distribution's generator."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from litestar._openapi.datastructures import SchemaRegistry
from litestar.openapi._schema._creator import SchemaCreator as _Creator

if TYPE_CHECKING:
    from typing import Self

    from litestar._openapi.datastructures import OpenAPIContext

__all__ = ("SchemaCreator",)


class SchemaCreator(_Creator):
    """Turns annotations into schemas, registering models in a shared registry."""

    __slots__ = ("generate_examples",)

    def __init__(
        self,
        generate_examples: bool = False,
        plugins: Iterable[Any] | None = None,
        prefer_alias: bool = True,
        schema_registry: SchemaRegistry | None = None,
    ) -> None:
        """Create a creator.

        Args:
            generate_examples: Kept for 2.17 callers; examples are not generated.
            plugins: ``OpenAPISchemaPlugin`` instances asked first about every type.
            prefer_alias: Whether model plugins should use field aliases.
            schema_registry: Where model schemas are collected (a new one by default).
        """
        super().__init__(
            schema_registry if schema_registry is not None else SchemaRegistry(),
            tuple(plugins or ()),
            prefer_alias,
        )
        self.generate_examples = generate_examples

    @property
    def schema_registry(self) -> SchemaRegistry:
        """The registry model schemas go to."""
        return self.registry  # type: ignore[return-value]

    @classmethod
    def from_openapi_context(cls, context: OpenAPIContext, prefer_alias: bool = True, **kwargs: Any) -> Self:
        """A creator sharing the context's plugins and registry.

        Args:
            context: The document build.
            prefer_alias: Whether model plugins should use field aliases.
            **kwargs: ``generate_examples``.

        Returns:
            The creator.
        """
        kwargs.setdefault("generate_examples", context.openapi_config.create_examples)
        return cls(
            plugins=context.plugins,
            prefer_alias=prefer_alias,
            schema_registry=context.schema_registry,
            **kwargs,
        )
