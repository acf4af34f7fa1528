"""The CLI's own error: a click error, so click prints it and exits with status 1."""

from __future__ import annotations

from litestar.cli._click import click

__all__ = ("LitestarCLIException",)


class LitestarCLIException(click.ClickException):
    """A command cannot do what it was asked (bad option values, missing files)."""

    def __init__(self, message: str) -> None:
        """Keep the message click prints.

        Args:
            message: What went wrong and how to fix it.
        """
        super().__init__(message)
