"""The errors repositories raise; plain ``Exception`` subclasses, as in 2.17.

::

    RepositoryError
    ├── ConflictError   (the data conflicts with what is stored)
    └── NotFoundError   (no item where one was expected)
"""

from __future__ import annotations

from typing import Any

__all__ = ("ConflictError", "NotFoundError", "RepositoryError")


class RepositoryError(Exception):
    """Base of the errors raised by repositories."""

    def __init__(self, *args: Any, detail: str = "") -> None:
        """Initialise the error.

        Args:
            *args: The message (and any other arguments).
            detail: A description of the error; the message when no argument is given.
        """
        super().__init__(*(args or ((detail,) if detail else ())))
        self.detail = detail


class ConflictError(RepositoryError):
    """The data conflicts with what the repository holds (e.g. an existing id)."""


class NotFoundError(RepositoryError):
    """No item was found where one was expected."""
