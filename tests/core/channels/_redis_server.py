"""Start a throwaway ``redis-server`` on a free port for the tests next to this file."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ("free_port", "redis_server")


def free_port() -> int:
    """Return a TCP port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def redis_server() -> Iterator[int]:
    """Run ``redis-server`` without persistence; yield its port."""
    binary = shutil.which("redis-server")
    if binary is None:  # pragma: no cover - .ci/run installs it
        raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:  # pragma: no cover
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        yield port
    finally:
        process.terminate()
        process.wait(10)
