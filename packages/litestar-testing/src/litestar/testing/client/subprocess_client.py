"""Run an app with uvicorn in a subprocess and talk to it over real HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from contextlib import asynccontextmanager, contextmanager
from importlib.util import find_spec
from typing import TYPE_CHECKING

import httpx
from litestar.exceptions import MissingDependencyException

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from pathlib import Path

__all__ = ("StartupError", "run_app", "subprocess_async_client", "subprocess_sync_client")

_POLL_INTERVAL = 0.05
_STOP_TIMEOUT = 10.0


class StartupError(RuntimeError):
    """The app did not start listening in time (or its process exited)."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _is_listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(_POLL_INTERVAL)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def run_app(workdir: Path, app: str, retry_count: int = 100, retry_timeout: int = 1) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free local port for the duration of the block.

    Args:
        workdir: The directory the app is imported from (the process's working directory).
        app: The app's import string, e.g. ``"main:app"``.
        retry_count: Together with ``retry_timeout``, how long to wait for the server:
            at most ``retry_count * retry_timeout`` seconds (polled every 50 ms).
        retry_timeout: Seconds per retry.

    Raises:
        MissingDependencyException: If uvicorn is not installed.
        StartupError: If the server does not listen in time or its process exits.

    Yields:
        The server's base URL, e.g. ``"http://127.0.0.1:53211"``.
    """
    if find_spec("uvicorn") is None:
        raise MissingDependencyException("uvicorn")
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + retry_count * retry_timeout
            while not _is_listening(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode(errors="replace").strip()
                    raise StartupError(f"Application {app!r} failed to start on port {port}:\n{output}")
                time.sleep(_POLL_INTERVAL)
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop(process)


@contextmanager
def subprocess_sync_client(workdir: Path, app: str) -> Iterator[httpx.Client]:
    """Serve ``app`` in a subprocess and give an httpx client for it.

    Args:
        workdir: The directory the app is imported from.
        app: The app's import string, e.g. ``"main:app"``.

    Yields:
        A client whose ``base_url`` is the server.
    """
    with run_app(workdir=workdir, app=app) as url, httpx.Client(base_url=url) as client:
        yield client


@asynccontextmanager
async def subprocess_async_client(workdir: Path, app: str) -> AsyncIterator[httpx.AsyncClient]:
    """Serve ``app`` in a subprocess and give an async httpx client for it.

    Args:
        workdir: The directory the app is imported from.
        app: The app's import string, e.g. ``"main:app"``.

    Yields:
        A client whose ``base_url`` is the server.
    """
    with run_app(workdir=workdir, app=app) as url:
        async with httpx.AsyncClient(base_url=url) as client:
            yield client
