"""The app factory server processes import when ``litestar run`` reloads or forks workers.

uvicorn's reloader and workers import the app by name in fresh processes; they import
:func:`create_app` here, which finds the app exactly as the ``litestar`` command did
(from the ``LITESTAR_*`` environment the command set) and applies ``--debug``/``--pdb``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from litestar.cli._discovery import discover_app

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("apply_run_flags", "create_app")


def apply_run_flags(app: Litestar) -> Litestar:
    """Apply ``LITESTAR_DEBUG``/``LITESTAR_PDB`` (set by ``litestar run``) to the app.

    Args:
        app: The app.

    Returns:
        The same app.
    """
    if os.environ.get("LITESTAR_DEBUG") == "1":
        app.debug = True
    if os.environ.get("LITESTAR_PDB") == "1":
        app.pdb_on_exception = True
    return app


def create_app() -> Litestar:
    """Load the app named by ``LITESTAR_APP`` (and ``LITESTAR_APP_DIR``).

    Returns:
        The app, with the ``run`` flags applied.
    """
    app_dir = os.environ.get("LITESTAR_APP_DIR")
    loaded = discover_app(os.environ.get("LITESTAR_APP"), Path(app_dir) if app_dir else None)
    return apply_run_flags(loaded.app)
