"""``litestar.contrib.sqlalchemy.types``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "GUID",
    "ORA_JSONB",
    "BigIntIdentity",
    "DateTimeUTC",
    "JsonB",
)

_SOURCES = {
    "BigIntIdentity": "advanced_alchemy.types:BigIntIdentity",
    "DateTimeUTC": "advanced_alchemy.types.datetime:DateTimeUTC",
    "GUID": "advanced_alchemy.types.guid:GUID",
    "JsonB": "advanced_alchemy.types:JsonB",
    "ORA_JSONB": "advanced_alchemy.types.json:ORA_JSONB",
}
_DEPRECATED = {
    "BigIntIdentity": ("2.12", "advanced_alchemy.extensions.litestar.types"),
    "DateTimeUTC": ("2.12", "advanced_alchemy.extensions.litestar.types"),
    "GUID": ("2.12", "advanced_alchemy.extensions.litestar.types"),
    "JsonB": ("2.12", "advanced_alchemy.extensions.litestar.types"),
    "ORA_JSONB": ("2.12", "advanced_alchemy.extensions.litestar.types"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
