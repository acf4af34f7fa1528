"""The entry point object of ``litestar-plugins``: the plugins an app gets by default.

Litestar 2.17 adds its pydantic and attrs plugins to every app when those libraries are
installed. Core asks this piece for them, but only once the model library has been
imported (a model of it cannot reach a handler otherwise), so an app that never touches
pydantic does not pay for importing it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

__all__ = ("PluginsPiece",)


class PluginsPiece:
    """Advertises litestar-plugins to core (entry point ``plugins`` in ``litestar.plugins``)."""

    name = "litestar-plugins"

    @staticmethod
    def default_plugins(existing: Sequence[Any]) -> list[Any]:
        """Return the plugins to add to an app that already has ``existing``.

        Args:
            existing: The plugins given by the user; a kind already present is not added.

        Returns:
            New plugin instances, in the order 2.17 lists them.
        """
        plugins: list[Any] = []
        if "pydantic" in sys.modules:
            from litestar.plugins.pydantic._defaults import default_pydantic_plugins

            plugins.extend(default_pydantic_plugins(existing))
        if "attrs" in sys.modules or "attr" in sys.modules:
            from litestar.plugins.attrs import AttrsSchemaPlugin

            if not any(isinstance(plugin, AttrsSchemaPlugin) for plugin in existing):
                plugins.append(AttrsSchemaPlugin())
        return plugins
