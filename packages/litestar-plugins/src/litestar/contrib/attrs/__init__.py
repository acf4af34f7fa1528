"""The 2.17 ``litestar.contrib.attrs`` import path of :mod:`litestar.plugins.attrs`."""

from litestar.plugins.attrs import AttrsSchemaPlugin, is_attrs_class

__all__ = ("AttrsSchemaPlugin", "is_attrs_class")
