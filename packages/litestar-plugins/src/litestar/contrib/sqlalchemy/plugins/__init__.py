"""``litestar.contrib.sqlalchemy.plugins``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (
    "AsyncSessionConfig",
    "EngineConfig",
    "GenericSQLAlchemyConfig",
    "GenericSessionConfig",
    "SQLAlchemyAsyncConfig",
    "SQLAlchemyInitPlugin",
    "SQLAlchemyPlugin",
    "SQLAlchemySerializationPlugin",
    "SQLAlchemySyncConfig",
    "SyncSessionConfig",
)

_SOURCES = {
    "AsyncSessionConfig": "advanced_alchemy.config.asyncio:AsyncSessionConfig",
    "EngineConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.engine:EngineConfig",
    "GenericSQLAlchemyConfig": "advanced_alchemy.config.common:GenericSQLAlchemyConfig",
    "GenericSessionConfig": "advanced_alchemy.config.common:GenericSessionConfig",
    "SQLAlchemyAsyncConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.asyncio:SQLAlchemyAsyncConfig",
    "SQLAlchemyInitPlugin": "advanced_alchemy.extensions.litestar.plugins.init.plugin:SQLAlchemyInitPlugin",
    "SQLAlchemyPlugin": "advanced_alchemy.extensions.litestar.plugins:SQLAlchemyPlugin",
    "SQLAlchemySerializationPlugin": "advanced_alchemy.extensions.litestar.plugins.serialization:SQLAlchemySerializationPlugin",
    "SQLAlchemySyncConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.sync:SQLAlchemySyncConfig",
    "SyncSessionConfig": "advanced_alchemy.config.sync:SyncSessionConfig",
}
_DEPRECATED = {
    "AsyncSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "EngineConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "GenericSQLAlchemyConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "GenericSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemyAsyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemyInitPlugin": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemyPlugin": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemySerializationPlugin": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemySyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SyncSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
