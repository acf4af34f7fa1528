"""``python -m litestar`` and the ``litestar`` console script."""

from __future__ import annotations

import sys

from litestar.exceptions.base_exceptions import MissingDependencyException

__all__ = ("run_cli",)


def run_cli() -> None:
    """Run the ``litestar`` command line interface.

    Without click installed, it exits with the ``pip install`` line to run.
    """
    try:
        from litestar.cli.main import run_cli as run
    except MissingDependencyException as exc:
        sys.exit(f"litestar: {exc.detail}")
    run()


if __name__ == "__main__":
    run_cli()
