"""Test-suite wide setup.

The suite runs with ``--import-mode=importlib`` (test files in different folders may
share a basename), so folders holding private helper modules (``_*.py``) are put on
``sys.path`` here for the tests next to them to import.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_TESTS = Path(__file__).parent

for helper in sorted(_TESTS.rglob("_*.py")):
    folder = str(helper.parent)
    if helper.name != "__init__.py" and folder not in sys.path:
        sys.path.insert(0, folder)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private ``redis-server`` on a free port for the whole session (stopped at the end)."""
    import shutil
    import subprocess
    import time

    binary = shutil.which("redis-server")
    if binary is None:  # pragma: no cover - .ci/run installs it
        pytest.fail("redis-server is not installed (the Debian package 'redis-server'; .ci/run installs it)")
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import socket

        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                if time.monotonic() > deadline:  # pragma: no cover - a broken install
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
