"""The repository pattern: abstract repositories, filters, errors and an in-memory mock."""

from litestar.repository._exceptions import ConflictError, NotFoundError, RepositoryError
from litestar.repository._filters import FilterTypes
from litestar.repository.abc._async import AbstractAsyncRepository
from litestar.repository.abc._sync import AbstractSyncRepository

__all__ = (
    "AbstractAsyncRepository",
    "AbstractSyncRepository",
    "ConflictError",
    "FilterTypes",
    "NotFoundError",
    "RepositoryError",
)
