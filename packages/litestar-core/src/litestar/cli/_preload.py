"""Imported by the forkserver of ``litestar run --reload``: imports the installed code once.

The module names come from :data:`litestar.cli._reload.PRELOAD_ENV`, set by the reloader
(:func:`litestar.cli._reload.preloadable_modules`). Every server process is forked from
the forkserver and so starts with these modules already imported. A module that fails to
import here is simply imported (and fails) again in the server process, where the error
is reported.
"""

from __future__ import annotations

import contextlib
import os

__all__ = ()


def _preload() -> None:
    names = os.environ.pop("LITESTAR_RELOAD_PRELOAD", "")
    for name in filter(None, names.split("\n")):
        # Any error: the server process meets it again on its own import and reports it.
        with contextlib.suppress(Exception):
            __import__(name)


_preload()
