"""``litestar run --reload``: uvicorn's watchfiles reloader, reacting faster.

uvicorn groups file changes for up to 1.6 s before restarting; saving a file in an
editor produces its burst of events within a few milliseconds, so the reloader here
waits at most :data:`DEBOUNCE_MS` and restarts the server well within two seconds.
Without watchfiles, uvicorn's own (polling) reloader is used.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ("DEBOUNCE_MS", "run_with_reload")

DEBOUNCE_MS = 300
"""Longest wait, in milliseconds, to group file changes before restarting."""


def run_with_reload(app: str, **options: Any) -> None:
    """Serve ``app`` (an import string) and restart the server when files change.

    Args:
        app: ``module:name`` of the app or factory.
        **options: :class:`uvicorn.Config` options.
    """
    import uvicorn

    try:
        from uvicorn.supervisors.watchfilesreload import WatchFilesReload
        from watchfiles import watch
    except ImportError:  # pragma: no cover - uvicorn[standard] ships watchfiles
        uvicorn.run(app, reload=True, **options)
        return

    class QuickReload(WatchFilesReload):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.watcher = watch(
                *self.reload_dirs,
                watch_filter=None,
                stop_event=self.should_exit,
                yield_on_timeout=True,
                ignore_permission_denied=True,
                debounce=DEBOUNCE_MS,
                step=50,
            )

    config = uvicorn.Config(app, reload=True, **options)
    server = uvicorn.Server(config=config)
    sock = config.bind_socket()
    try:
        QuickReload(config, target=server.run, sockets=[sock]).run()
    except KeyboardInterrupt:  # pragma: no cover - depends on signal timing
        pass
    finally:
        if config.uds and os.path.exists(config.uds):
            os.remove(config.uds)
