"""The abstract repositories (``litestar.repository.abc``)."""

from litestar.repository.abc._async import AbstractAsyncRepository
from litestar.repository.abc._sync import AbstractSyncRepository

__all__ = ("AbstractAsyncRepository", "AbstractSyncRepository")
