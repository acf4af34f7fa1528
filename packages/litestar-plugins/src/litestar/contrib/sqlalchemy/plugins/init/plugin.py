"""``litestar.contrib.sqlalchemy.plugins.init.plugin``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "SQLAlchemyInitPlugin",
)

_SOURCES = {
    "SQLAlchemyInitPlugin": "advanced_alchemy.extensions.litestar.plugins.init.plugin:SQLAlchemyInitPlugin",
}
_DEPRECATED = {
    "SQLAlchemyInitPlugin": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
