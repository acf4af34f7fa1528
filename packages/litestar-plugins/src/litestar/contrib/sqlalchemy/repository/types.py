"""``litestar.contrib.sqlalchemy.repository.types``: the deprecated 2.17 path, handing over to ``advanced-alchemy``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "ModelT",
    "RowT",
    "SQLAlchemyAsyncRepositoryT",
    "SQLAlchemySyncRepositoryT",
    "SelectT",
)

_SOURCES = {
    "ModelT": "advanced_alchemy.repository.typing:ModelT",
    "RowT": "advanced_alchemy.repository.typing:RowT",
    "SQLAlchemyAsyncRepositoryT": "advanced_alchemy.repository.typing:SQLAlchemyAsyncRepositoryT",
    "SQLAlchemySyncRepositoryT": "advanced_alchemy.repository.typing:SQLAlchemySyncRepositoryT",
    "SelectT": "advanced_alchemy.repository.typing:SelectT",
}
_DEPRECATED = {
    "ModelT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "RowT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "SQLAlchemyAsyncRepositoryT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "SQLAlchemySyncRepositoryT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
    "SelectT": ("2.12", "litestar.plugins.sqlalchemy.repository"),
}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
