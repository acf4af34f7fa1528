"""The 2.17 ``litestar.contrib.pydantic.pydantic_schema_plugin`` import path of ``PydanticSchemaPlugin``."""

from litestar.plugins.pydantic.plugins.schema import PydanticSchemaPlugin

__all__ = ("PydanticSchemaPlugin",)
