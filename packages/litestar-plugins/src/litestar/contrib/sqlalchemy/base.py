"""``litestar.contrib.sqlalchemy.base``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "AuditColumns",
    "BigIntAuditBase",
    "BigIntBase",
    "BigIntPrimaryKey",
    "CommonTableAttributes",
    "ModelProtocol",
    "UUIDAuditBase",
    "UUIDBase",
    "UUIDPrimaryKey",
    "create_registry",
    "orm_registry",
    "touch_updated_timestamp",
)

_SOURCES = {
    "AuditColumns": "advanced_alchemy.mixins.audit:AuditColumns",
    "BigIntAuditBase": "advanced_alchemy.base:BigIntAuditBase",
    "BigIntBase": "advanced_alchemy.base:BigIntBase",
    "BigIntPrimaryKey": "advanced_alchemy.mixins.bigint:BigIntPrimaryKey",
    "CommonTableAttributes": "advanced_alchemy.base:CommonTableAttributes",
    "ModelProtocol": "advanced_alchemy.base:ModelProtocol",
    "UUIDAuditBase": "advanced_alchemy.base:UUIDAuditBase",
    "UUIDBase": "advanced_alchemy.base:UUIDBase",
    "UUIDPrimaryKey": "advanced_alchemy.mixins.uuid:UUIDPrimaryKey",
    "create_registry": "advanced_alchemy.base:create_registry",
    "orm_registry": "advanced_alchemy.base:orm_registry",
    "touch_updated_timestamp": "advanced_alchemy._listeners:touch_updated_timestamp",
}
_DEPRECATED = {
    "AuditColumns": ("2.12", "litestar.plugins.sqlalchemy.base.AuditColumns"),
    "BigIntAuditBase": ("2.12", "litestar.plugins.sqlalchemy.base.BigIntAuditBase"),
    "BigIntBase": ("2.12", "litestar.plugins.sqlalchemy.base.BigIntBase"),
    "BigIntPrimaryKey": ("2.12", "litestar.plugins.sqlalchemy.base.BigIntPrimaryKey"),
    "CommonTableAttributes": ("2.12", "litestar.plugins.sqlalchemy.base.CommonTableAttributes"),
    "ModelProtocol": ("2.12", "litestar.plugins.sqlalchemy.base.ModelProtocol"),
    "UUIDAuditBase": ("2.12", "litestar.plugins.sqlalchemy.base.UUIDAuditBase"),
    "UUIDBase": ("2.12", "litestar.plugins.sqlalchemy.base.UUIDBase"),
    "UUIDPrimaryKey": ("2.12", "litestar.plugins.sqlalchemy.base.UUIDPrimaryKey"),
    "create_registry": ("2.12", "litestar.plugins.sqlalchemy.base.create_registry"),
    "orm_registry": ("2.12", "litestar.plugins.sqlalchemy.base.orm_registry"),
    "touch_updated_timestamp": ("2.12", "litestar.plugins.sqlalchemy.base.touch_updated_timestamp"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
