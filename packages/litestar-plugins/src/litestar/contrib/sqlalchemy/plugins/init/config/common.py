"""``litestar.contrib.sqlalchemy.plugins.init.config.common``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "SESSION_SCOPE_KEY",
    "SESSION_TERMINUS_ASGI_EVENTS",
    "GenericAlembicConfig",
    "GenericSQLAlchemyConfig",
    "GenericSessionConfig",
)

_SOURCES = {
    "GenericAlembicConfig": "advanced_alchemy.config.common:GenericAlembicConfig",
    "GenericSQLAlchemyConfig": "advanced_alchemy.config.common:GenericSQLAlchemyConfig",
    "GenericSessionConfig": "advanced_alchemy.config.common:GenericSessionConfig",
    "SESSION_SCOPE_KEY": "advanced_alchemy.extensions.litestar.plugins.init.config.common:SESSION_SCOPE_KEY",
    "SESSION_TERMINUS_ASGI_EVENTS": "advanced_alchemy.extensions.litestar.plugins.init.config.common:SESSION_TERMINUS_ASGI_EVENTS",
}
_DEPRECATED = {
    "GenericAlembicConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "GenericSQLAlchemyConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "GenericSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SESSION_SCOPE_KEY": ("2.12", "litestar.plugins.sqlalchemy"),
    "SESSION_TERMINUS_ASGI_EVENTS": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
