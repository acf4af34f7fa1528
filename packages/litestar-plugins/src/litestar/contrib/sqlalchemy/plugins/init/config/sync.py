"""``litestar.contrib.sqlalchemy.plugins.init.config.sync``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "AlembicSyncConfig",
    "SQLAlchemySyncConfig",
    "SyncSessionConfig",
    "autocommit_before_send_handler",
    "default_before_send_handler",
)

_SOURCES = {
    "AlembicSyncConfig": "advanced_alchemy.config.sync:AlembicSyncConfig",
    "SQLAlchemySyncConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.sync:SQLAlchemySyncConfig",
    "SyncSessionConfig": "advanced_alchemy.config.sync:SyncSessionConfig",
    "autocommit_before_send_handler": "advanced_alchemy.extensions.litestar.plugins.init.config.sync:autocommit_before_send_handler",
    "default_before_send_handler": "advanced_alchemy.extensions.litestar.plugins.init.config.sync:default_before_send_handler",
}
_DEPRECATED = {
    "AlembicSyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemySyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SyncSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "autocommit_before_send_handler": ("2.12", "litestar.plugins.sqlalchemy"),
    "default_before_send_handler": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
