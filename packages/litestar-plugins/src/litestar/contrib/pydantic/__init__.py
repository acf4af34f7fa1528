"""The 2.17 ``litestar.contrib.pydantic`` import path of :mod:`litestar.plugins.pydantic`."""

from litestar.plugins.pydantic import (
    PydanticDIPlugin,
    PydanticDTO,
    PydanticInitPlugin,
    PydanticPlugin,
    PydanticSchemaPlugin,
)

__all__ = (
    "PydanticDIPlugin",
    "PydanticDTO",
    "PydanticInitPlugin",
    "PydanticPlugin",
    "PydanticSchemaPlugin",
)
