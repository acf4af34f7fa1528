"""What the ``litestar`` group hands to its commands: the app, found on first need.

It reads like 2.17's ``LitestarEnv`` (``app``, ``app_path``, ``is_app_factory``, ``cwd``,
``host``, ``port``), which third-party commands take from ``ctx.obj``; unlike it, nothing
is imported until a command asks, so ``litestar version`` and ``--help`` work anywhere.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from litestar.cli._click import click
from litestar.cli._discovery import AppDiscoveryError, discover_app
from litestar.cli._env import env_host, env_port

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.cli._discovery import LoadedApp

__all__ = ("CLIContext",)


class CLIContext:
    """The ``--app``/``--app-dir`` options and the app they lead to (``ctx.obj``)."""

    def __init__(self, app_option: str | None, app_dir: Path | None) -> None:
        """Keep the options; nothing is imported yet.

        Args:
            app_option: The ``--app`` value.
            app_dir: The ``--app-dir`` value.
        """
        self.app_option = app_option
        self.app_dir = app_dir

    @cached_property
    def loaded(self) -> LoadedApp:
        """The app and its import path (discovered on first access)."""
        try:
            return discover_app(self.app_option, self.app_dir)
        except AppDiscoveryError as exc:
            raise click.ClickException(exc.detail) from exc

    @property
    def app(self) -> Litestar:
        """The app."""
        return self.loaded.app

    @property
    def app_path(self) -> str:
        """``module:name`` of the app or its factory, as a server process imports it."""
        return self.loaded.import_path

    @property
    def is_app_factory(self) -> bool:
        """Whether :attr:`app_path` names a factory."""
        return self.loaded.is_factory

    @property
    def directory(self) -> Path:
        """The directory the app is searched in."""
        return (self.app_dir or Path.cwd()).resolve()

    @property
    def cwd(self) -> Path:
        """The directory the app is searched in (``LitestarEnv.cwd``)."""
        return self.directory

    @property
    def host(self) -> str | None:
        """``LITESTAR_HOST``, when set."""
        return env_host()

    @property
    def port(self) -> int | None:
        """``LITESTAR_PORT``, when set."""
        return env_port()
