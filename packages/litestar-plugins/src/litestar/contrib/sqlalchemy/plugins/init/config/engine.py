"""``litestar.contrib.sqlalchemy.plugins.init.config.engine``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "EngineConfig",
)

_SOURCES = {
    "EngineConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.engine:EngineConfig",
}
_DEPRECATED = {
    "EngineConfig": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
