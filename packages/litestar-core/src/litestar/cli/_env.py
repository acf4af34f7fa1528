"""``LitestarEnv``: the app a command works on, with how a server process finds it again.

Commands that start servers in other processes (Granian, Vite's dev server) need the
import path of the app (``module:name``) and whether it names a factory, not just the
app object; the ``host``/``port`` a previous ``run`` exported are kept for them too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from litestar.cli._discovery import AppDiscoveryError, discover_app
from litestar.cli._errors import LitestarCLIException

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("LitestarEnv", "env_host", "env_port")


def env_host() -> str | None:
    """The ``LITESTAR_HOST`` a server command should bind to, if set."""
    return os.environ.get("LITESTAR_HOST") or None


def env_port() -> int | None:
    """The ``LITESTAR_PORT`` a server command should bind to, if set to a number."""
    value = os.environ.get("LITESTAR_PORT")
    return int(value) if value and value.isdigit() else None


@dataclass
class LitestarEnv:
    """The app found by the CLI and how to import it again."""

    app_path: str
    """``module:name`` of the app instance or factory."""
    app: Litestar
    """The app."""
    cwd: Path
    """The directory the app was searched in."""
    host: str | None = None
    """``LITESTAR_HOST``, when set."""
    port: int | None = None
    """``LITESTAR_PORT``, when set."""
    is_app_factory: bool = False
    """Whether ``app_path`` names a factory."""

    @classmethod
    def from_env(cls, app_path: str | None, app_dir: Path | None = None) -> LitestarEnv:
        """Find the app as the ``litestar`` command does (``--app``, ``LITESTAR_APP``, discovery).

        Args:
            app_path: ``module:name``, or ``None`` to look in ``LITESTAR_APP`` and then
                the canonical modules.
            app_dir: The directory to search (default: the current directory).

        Returns:
            The environment.

        Raises:
            LitestarCLIException: If no app is found.
        """
        cwd = (app_dir or Path.cwd()).resolve()
        try:
            loaded = discover_app(app_path, cwd)
        except AppDiscoveryError as exc:
            raise LitestarCLIException(exc.detail) from exc
        return cls(
            app_path=loaded.import_path,
            app=loaded.app,
            cwd=cwd,
            host=env_host(),
            port=env_port(),
            is_app_factory=loaded.is_factory,
        )
