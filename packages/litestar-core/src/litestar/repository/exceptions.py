"""The repository errors (``litestar.repository.exceptions``)."""

from litestar.repository._exceptions import ConflictError, NotFoundError, RepositoryError

__all__ = ("ConflictError", "NotFoundError", "RepositoryError")
