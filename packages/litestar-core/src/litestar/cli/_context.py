"""What the ``litestar`` group hands to its commands: the app, found on first need."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from litestar.cli._click import click
from litestar.cli._discovery import AppDiscoveryError, discover_app

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.cli._discovery import LoadedApp

__all__ = ("CLIContext",)


class CLIContext:
    """The ``--app``/``--app-dir`` options and the app they lead to (``ctx.obj``)."""

    def __init__(self, app_path: str | None, app_dir: Path | None) -> None:
        """Keep the options; nothing is imported yet.

        Args:
            app_path: The ``--app`` value.
            app_dir: The ``--app-dir`` value.
        """
        self.app_path = app_path
        self.app_dir = app_dir

    @cached_property
    def loaded(self) -> LoadedApp:
        """The app and its import path (discovered on first access)."""
        try:
            return discover_app(self.app_path, self.app_dir)
        except AppDiscoveryError as exc:
            raise click.ClickException(exc.detail) from exc

    @property
    def app(self) -> Litestar:
        """The app."""
        return self.loaded.app

    @property
    def directory(self) -> Path:
        """The directory the app is searched in."""
        return (self.app_dir or Path.cwd()).resolve()
