"""``litestar run --reload``: uvicorn's watchfiles reloader, restarting in well under 2 s.

Where the time of a reload went with uvicorn's own reloader (file write to the first answer
of the new code, tiny app, loaded 2-core machine): 0.05-0.1 s until watchfiles reports the
change (uvicorn groups changes for up to 1.6 s; here at most :data:`DEBOUNCE_MS`), 0.1 s
for the old server to stop (uvicorn's fixed grace sleep), then 0.6-2.5 s for the new
server: a fresh interpreter (``spawn``) importing uvicorn, litestar and every installed
library the app uses before it imports the app itself.

So the server processes are forked from a ``forkserver`` (not on Windows, which has
none) that has already imported that installed code (:mod:`litestar.cli._preload`); a
restart re-imports only the project's own modules, those under the watched directories
or outside the installed paths, so an edit anywhere in the project is still picked up. ``LITESTAR_RELOAD_PRELOAD=0`` turns the
preloading off. Without watchfiles, uvicorn's own (polling) reloader is used.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import sysconfig
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable
    from multiprocessing.process import BaseProcess

__all__ = ("DEBOUNCE_MS", "PRELOAD_ENV", "preloadable_modules", "run_with_reload")

DEBOUNCE_MS = 300
"""Longest wait, in milliseconds, to group file changes before restarting."""

PRELOAD_ENV = "LITESTAR_RELOAD_PRELOAD"
"""Environment variable carrying the module names to the forkserver (``0``: preload none)."""

_FRAMEWORK = ("litestar", "uvicorn")

_WATCH_TIMEOUT_MS = 200
"""How long one watchfiles call waits for changes before returning to Python."""

_SERVER_MODULES = (
    "litestar.cli._serve",
    "uvicorn.lifespan.on",
    "uvicorn.loops.auto",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.websockets.auto",
)
"""What a server process imports on start beyond what the ``litestar`` command did."""


def _installed_roots() -> list[Path]:
    paths = sysconfig.get_paths()
    names = ("stdlib", "platstdlib", "purelib", "platlib")
    return sorted({Path(paths[name]).resolve() for name in names if name in paths})


def preloadable_modules(watched: Iterable[str | Path]) -> list[str]:
    """Name the imported modules a server process may inherit instead of importing them.

    A module qualifies when its file is not under a watched directory and it is either
    installed (standard library, site-packages) or part of the framework itself.

    Args:
        watched: The directories the reloader watches.

    Returns:
        Module names, mostly in the order they were first imported.
    """
    watched_roots = [Path(directory).resolve() for directory in watched]
    installed = _installed_roots()
    files = [(name, getattr(module, "__file__", None)) for name, module in list(sys.modules.items())]
    for name in _SERVER_MODULES:
        spec = importlib.util.find_spec(name)
        files.append((name, spec.origin if spec else None))
    names = []
    for name, file in files:
        if not file or name in {"__main__", "__mp_main__"}:
            continue
        path = Path(file).resolve()
        if any(path.is_relative_to(root) for root in watched_roots):
            continue
        if name.partition(".")[0] in _FRAMEWORK or any(path.is_relative_to(root) for root in installed):
            names.append(name)
    return names


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

    import multiprocessing
    import signal

    from uvicorn._subprocess import subprocess_started
    from uvicorn.supervisors.basereload import HANDLED_SIGNALS, logger

    config = uvicorn.Config(app, reload=True, **options)
    # Windows has no forkserver: uvicorn's own spawning (and its Ctrl+C restarts) stay.
    forkserver = "forkserver" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver") if forkserver else None
    if context is not None:
        preload = os.environ.get(PRELOAD_ENV) != "0"
        if preload:
            os.environ[PRELOAD_ENV] = "\n".join(preloadable_modules(config.reload_dirs))
        context.set_forkserver_preload(["litestar.cli._preload"] if preload else [])

    class QuickReload(WatchFilesReload):
        """Watch with a short debounce; fork server processes from the forkserver."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # watchfiles sets up the OS watches on the first next(); a short timeout lets
            # startup() do that before the first server answers, so no early change is
            # missed. Changes made between two calls are kept until the next one.
            self._changes = watch(
                *self.reload_dirs,
                watch_filter=None,
                stop_event=self.should_exit,
                yield_on_timeout=True,
                ignore_permission_denied=True,
                debounce=DEBOUNCE_MS,
                step=50,
                rust_timeout=_WATCH_TIMEOUT_MS,
            )
            self.watcher = (changes for changes in self._changes if changes or self.should_exit.is_set())

        def _server_process(self) -> BaseProcess:
            assert context is not None
            try:
                stdin_fileno: int | None = sys.stdin.fileno()
            except (AttributeError, OSError):
                stdin_fileno = None
            kwargs = {
                "config": self.config,
                "target": self.target,
                "sockets": self.sockets,
                "stdin_fileno": stdin_fileno,
            }
            return context.Process(target=subprocess_started, kwargs=kwargs)

        def startup(self) -> None:
            next(self._changes, None)  # start watching before the first server starts
            if not forkserver:  # pragma: no cover - Windows
                super().startup()
                return
            logger.info("Started reloader process [%d] using %s", self.pid, self.reloader_name)
            for sig in HANDLED_SIGNALS:
                signal.signal(sig, self.signal_handler)
            self.process = self._server_process()  # type: ignore[assignment]  # uvicorn annotates SpawnProcess
            self.process.start()

        def restart(self) -> None:
            if not forkserver:  # pragma: no cover - Windows
                super().restart()
                return
            self.process.terminate()
            self.process.join()
            self.process = self._server_process()  # type: ignore[assignment]  # as in startup
            self.process.start()

    server = uvicorn.Server(config=config)
    sock = config.bind_socket()
    try:
        QuickReload(config, target=server.run, sockets=[sock]).run()
    except KeyboardInterrupt:  # pragma: no cover - depends on signal timing
        pass
    finally:
        if config.uds and os.path.exists(config.uds):
            os.remove(config.uds)
