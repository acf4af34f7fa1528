"""What tests need to run uv, Python and servers in child processes, isolated from the workspace venv.

Shared by the wheel-install tests and the ecosystem tests, which both build our wheels
and install them into venvs of their own, and by the tests that drive ``litestar run``.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

__all__ = ("clean_env", "logged_server", "server_port", "uv_path")

_RUNNING_ON = re.compile(r"Uvicorn running on https?://127\.0\.0\.1:(\d+)")

_WORKSPACE_VARIABLES = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT", "CONDA_PREFIX")


def uv_path() -> str:
    """The uv executable: ``uv run`` exports its own path as ``UV``; else the one on PATH."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        raise RuntimeError("these tests need `uv` on PATH (see .ci/run)")
    return uv


def clean_env() -> dict[str, str]:
    """The environment minus anything that would point a child at the workspace venv.

    ``LITESTAR_*`` variables (the app to discover, debug, pdb) are dropped too: they
    would change how the child's app behaves.
    """
    return {
        name: value
        for name, value in os.environ.items()
        if name not in _WORKSPACE_VARIABLES and not name.startswith("LITESTAR_")
    }


def server_port(log: Path, timeout: float = 30) -> int:
    """The port a ``litestar run --port 0`` server bound, read from its log.

    Letting the server pick the port leaves no window in which another process on the
    machine could take a port chosen for it in advance.
    """
    deadline = time.monotonic() + timeout
    while (match := _RUNNING_ON.search(log.read_text())) is None:
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.05)
    return int(match.group(1))


@contextmanager
def logged_server(command: Sequence[str], *, cwd: Path, env: Mapping[str, str], log: Path) -> Iterator[None]:
    """Run a server ``command`` with its output in ``log``; stop it on leaving.

    The server runs in a session of its own, so that the processes it forks (the
    reloader's servers, workers) are stopped with it. A server that does not stop on
    SIGINT within 30 seconds is killed and fails the test.
    """
    with log.open("w") as output:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hung server
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)
            raise AssertionError(f"{command[0]} did not stop on SIGINT within 30 s") from None
