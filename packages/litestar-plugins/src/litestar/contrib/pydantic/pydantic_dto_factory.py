"""The 2.17 ``litestar.contrib.pydantic.pydantic_dto_factory`` import path of ``PydanticDTO``."""

from litestar.plugins.pydantic.dto import PydanticDTO

__all__ = ("PydanticDTO",)
