"""The pydantic integration: validation, encoding, DTOs, DI and schemas of pydantic models."""

from __future__ import annotations

from typing import Any

from litestar.plugins.pydantic._plugin import PydanticPlugin
from litestar.plugins.pydantic.plugins.di import PydanticDIPlugin
from litestar.plugins.pydantic.plugins.init import PydanticInitPlugin
from litestar.plugins.pydantic.plugins.schema import PydanticSchemaPlugin

__all__ = (
    "PydanticDIPlugin",
    "PydanticDTO",
    "PydanticInitPlugin",
    "PydanticPlugin",
    "PydanticSchemaPlugin",
)


def __getattr__(name: str) -> Any:
    # ``PydanticDTO`` needs litestar-dto: it is imported when asked for, so that the
    # validation and encoding plugins work without that distribution.
    if name == "PydanticDTO":
        try:
            from litestar.plugins.pydantic.dto import PydanticDTO
        except ModuleNotFoundError as exc:
            if exc.name is None or not exc.name.startswith("litestar.dto"):
                raise
            from litestar.exceptions import MissingDependencyException

            raise MissingDependencyException("litestar.dto", "litestar-dto") from exc
        return PydanticDTO
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
