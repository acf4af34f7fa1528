"""``litestar.contrib.sqlalchemy.plugins.init.config.compat``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = ()

_SOURCES: dict[str, str] = {}

__getattr__ = handover(__name__, _SOURCES)
