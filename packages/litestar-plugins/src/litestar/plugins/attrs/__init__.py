"""The attrs integration: OpenAPI schemas of attrs classes.

msgspec decodes and encodes attrs classes natively, so bodies, parameters and return
values of attrs types work in core; this plugin describes them in the OpenAPI schema.
"""

from litestar.plugins.attrs._schema import AttrsSchemaPlugin, is_attrs_class

__all__ = ("AttrsSchemaPlugin", "is_attrs_class")
