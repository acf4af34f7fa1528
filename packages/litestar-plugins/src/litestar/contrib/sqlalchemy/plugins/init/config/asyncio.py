"""``litestar.contrib.sqlalchemy.plugins.init.config.asyncio``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "AlembicAsyncConfig",
    "AsyncSessionConfig",
    "SQLAlchemyAsyncConfig",
    "autocommit_before_send_handler",
    "default_before_send_handler",
)

_SOURCES = {
    "AlembicAsyncConfig": "advanced_alchemy.config.asyncio:AlembicAsyncConfig",
    "AsyncSessionConfig": "advanced_alchemy.config.asyncio:AsyncSessionConfig",
    "SQLAlchemyAsyncConfig": "advanced_alchemy.extensions.litestar.plugins.init.config.asyncio:SQLAlchemyAsyncConfig",
    "autocommit_before_send_handler": "advanced_alchemy.extensions.litestar.plugins.init.config.asyncio:autocommit_before_send_handler",
    "default_before_send_handler": "advanced_alchemy.extensions.litestar.plugins.init.config.asyncio:default_before_send_handler",
}
_DEPRECATED = {
    "AlembicAsyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "AsyncSessionConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "SQLAlchemyAsyncConfig": ("2.12", "litestar.plugins.sqlalchemy"),
    "autocommit_before_send_handler": ("2.12", "litestar.plugins.sqlalchemy"),
    "default_before_send_handler": ("2.12", "litestar.plugins.sqlalchemy"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
