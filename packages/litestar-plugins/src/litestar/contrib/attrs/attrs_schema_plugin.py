"""The 2.17 ``litestar.contrib.attrs.attrs_schema_plugin`` import path."""

from litestar.plugins.attrs import AttrsSchemaPlugin, is_attrs_class

__all__ = ("AttrsSchemaPlugin", "is_attrs_class")
