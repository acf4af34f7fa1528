"""The root of the exception hierarchy and the errors that are not HTTP errors."""

from __future__ import annotations

from typing import Any

__all__ = (
    "LitestarException",
    "LitestarWarning",
    "MissingDependencyException",
    "SerializationException",
)


def _split_args(args: tuple[Any, ...], detail: str) -> tuple[str, list[str]]:
    """Stringify the truthy positional arguments; the first one is the detail if none was given."""
    str_args = [str(arg) for arg in args if arg]
    if not detail and str_args:
        detail = str_args.pop(0)
    return detail, str_args


class LitestarException(Exception):
    """Base class of every exception raised by the framework.

    The first positional argument is used as :attr:`detail` when ``detail`` is not
    given; the remaining positional arguments are kept (as strings) in ``args``.
    """

    detail: str
    """A human readable description of the error."""

    def __init__(self, *args: Any, detail: str = "") -> None:
        """Initialise the exception.

        Args:
            *args: Extra information; the first one is the detail if ``detail`` is empty.
            detail: A human readable description of the error.
        """
        detail, str_args = _split_args(args, detail)
        self.detail = detail
        super().__init__(*str_args)

    def __repr__(self) -> str:
        if self.detail:
            return f"{type(self).__name__} - {self.detail}"
        return type(self).__name__

    def __str__(self) -> str:
        return " ".join((*self.args, self.detail)).strip()


class MissingDependencyException(LitestarException, ImportError):
    """An optional package needed by the requested feature is not installed.

    The message names the exact ``pip install`` line that fixes the problem.
    """

    def __init__(self, package: str, install_package: str | None = None, extra: str | None = None) -> None:
        """Initialise the exception.

        Args:
            package: The importable name of the missing package.
            install_package: The distribution to install, when it differs from ``package``.
            extra: The ``litestar`` extra that pulls the package in, when it differs from
                ``install_package``.
        """
        install = install_package or package
        super().__init__(
            detail=(
                f"Package {package!r} is not installed but required. You can install it by running "
                f"`pip install 'litestar[{extra or install}]'` to install litestar with the required extra "
                f"or 'pip install {install}' to install the package separately"
            )
        )


class SerializationException(LitestarException):
    """Encoding or decoding a value failed."""


class LitestarWarning(UserWarning):
    """Base class of the warnings emitted by the framework."""
