"""A file truncated while uvicorn sends it must end that response, not the server.

On httptools with uvloop, large bodies leave as slices of a memory-mapped file. Pages
of a mapping past the end of a file that shrank raise SIGBUS when a process reads
them, so only the kernel may read those slices (where the same access fails the one
write with EFAULT). The server runs in a child process so that a crash shows up as a
dead server instead of killing the test runner.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

SIZE = 64 * 1024 * 1024

SERVER = """
import sys
import uvicorn
from litestar import Litestar, get
from litestar.static_files import create_static_files_router


@get("/alive")
async def alive() -> str:
    return "yes"


app = Litestar([alive, create_static_files_router("/static", [sys.argv[1]])])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), http=sys.argv[3], loop="uvloop", log_level="critical")
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(params=["httptools", "h11"])
def served(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[str, Path, subprocess.Popen[bytes]]]:
    victim = tmp_path / "victim.bin"
    with victim.open("wb") as file:
        file.truncate(SIZE)  # sparse: no disk space, reads as zeros
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(tmp_path), str(port), str(request.param)])
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, "the server did not start"
        try:
            if httpx.get(f"{base_url}/alive").status_code == 200:
                break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the server did not answer in 60 s"
            time.sleep(0.1)
    yield base_url, victim, process
    process.terminate()
    process.wait(timeout=30)


def test_truncating_a_file_mid_download_ends_only_that_response(
    served: tuple[str, Path, subprocess.Popen[bytes]],
) -> None:
    base_url, victim, process = served
    with httpx.stream("GET", f"{base_url}/static/victim.bin", timeout=60) as response:
        assert response.headers["content-length"] == str(SIZE)
        chunks = response.iter_raw(64 * 1024)
        sizes = [len(next(chunks))]
        os.truncate(victim, 0)
        with pytest.raises(httpx.HTTPError):
            sizes.extend(len(chunk) for chunk in chunks)  # keeps what arrived before the error
    assert sum(sizes) < SIZE
    assert process.poll() is None, "the server died while sending a truncated file"
    assert httpx.get(f"{base_url}/alive").text == "yes"
