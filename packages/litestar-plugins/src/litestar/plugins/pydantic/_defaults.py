"""The pydantic plugins every app gets once pydantic is imported (as 2.17 adds them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from litestar.plugins.pydantic._plugin import PydanticPlugin
from litestar.plugins.pydantic.plugins.di import PydanticDIPlugin
from litestar.plugins.pydantic.plugins.init import PydanticInitPlugin
from litestar.plugins.pydantic.plugins.schema import PydanticSchemaPlugin

__all__ = ("default_pydantic_plugins",)


def default_pydantic_plugins(existing: Sequence[Any]) -> list[Any]:
    """Return the default pydantic plugins the app does not have yet.

    A user's ``PydanticPlugin`` brings its own, configured, instances: then none is added.

    Args:
        existing: The plugins given by the user.

    Returns:
        The init, schema and DI plugins that are missing.
    """
    if any(isinstance(plugin, PydanticPlugin) for plugin in existing):
        return []
    defaults: list[Any] = [PydanticInitPlugin(), PydanticSchemaPlugin(), PydanticDIPlugin()]
    return [p for p in defaults if not any(isinstance(e, type(p)) for e in existing)]
