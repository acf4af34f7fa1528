"""The 2.17 ``litestar.contrib.pydantic.pydantic_di_plugin`` import path of ``PydanticDIPlugin``."""

from litestar.plugins.pydantic.plugins.di import PydanticDIPlugin

__all__ = ("PydanticDIPlugin",)
