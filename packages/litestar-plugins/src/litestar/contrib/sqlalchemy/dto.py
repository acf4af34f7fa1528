"""``litestar.contrib.sqlalchemy.dto``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "SQLAlchemyDTO",
    "SQLAlchemyDTOConfig",
)

_SOURCES = {
    "SQLAlchemyDTO": "advanced_alchemy.extensions.litestar.dto:SQLAlchemyDTO",
    "SQLAlchemyDTOConfig": "advanced_alchemy.extensions.litestar.dto:SQLAlchemyDTOConfig",
}
_DEPRECATED = {
    "SQLAlchemyDTO": ("2.12", "litestar.plugins.sqlalchemy.dto"),
    "SQLAlchemyDTOConfig": ("2.12", "litestar.plugins.sqlalchemy.dto"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
