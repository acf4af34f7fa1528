"""The errors repositories raise; plain ``Exception`` subclasses, as in 2.17.

::

    RepositoryError
    ├── ConflictError   (the data conflicts with what is stored)
    └── NotFoundError   (no item where one was expected)
"""

from __future__ import annotations

__all__ = ("ConflictError", "NotFoundError", "RepositoryError")


class RepositoryError(Exception):
    """Base of the errors raised by repositories."""


class ConflictError(RepositoryError):
    """The data conflicts with what the repository holds (e.g. an existing id)."""


class NotFoundError(RepositoryError):
    """No item was found where one was expected."""
