"""The ``litestar`` command line interface (needs ``pip install 'litestar-core[cli]'``).

The group is imported on first access, so server processes that import the app factory
of ``litestar run`` (:mod:`litestar.cli._serve`) do not import click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar.cli.main import litestar_group

__all__ = ("litestar_group",)


def __getattr__(name: str) -> Any:
    if name == "litestar_group":
        from litestar.cli.main import litestar_group

        return litestar_group
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
