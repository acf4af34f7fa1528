"""``litestar.contrib.sqlalchemy.repository``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (
    "ModelT",
    "SQLAlchemyAsyncRepository",
    "SQLAlchemySyncRepository",
    "wrap_sqlalchemy_exception",
)

_SOURCES = {
    "ModelT": "advanced_alchemy.repository.typing:ModelT",
    "SQLAlchemyAsyncRepository": "advanced_alchemy.repository._async:SQLAlchemyAsyncRepository",
    "SQLAlchemySyncRepository": "advanced_alchemy.repository._sync:SQLAlchemySyncRepository",
    "wrap_sqlalchemy_exception": "advanced_alchemy.exceptions:wrap_sqlalchemy_exception",
}
_DEPRECATED = {
    "ModelT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "SQLAlchemyAsyncRepository": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "SQLAlchemySyncRepository": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "wrap_sqlalchemy_exception": ("2.12", "litestar.plugins.sqlalchemy.repository"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
