"""The 2.17 ``litestar.contrib.pydantic.pydantic_init_plugin`` import path of ``PydanticInitPlugin``."""

from litestar.plugins.pydantic.plugins.init import PydanticInitPlugin

__all__ = ("PydanticInitPlugin",)
