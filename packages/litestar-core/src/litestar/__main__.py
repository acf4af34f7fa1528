"""``python -m litestar`` and the ``litestar`` console script."""

from __future__ import annotations

__all__ = ("run_cli",)


def run_cli() -> None:
    """Run the ``litestar`` command line interface."""
    from litestar.cli.main import run_cli as _run

    _run()


if __name__ == "__main__":
    run_cli()
