"""Static files over a real socket: uvicorn serving a large file, ranges and precompressed assets."""

from __future__ import annotations

import gzip
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from litestar import Litestar
from litestar.static_files import create_static_files_router

SIZE = 3 * 1024 * 1024 + 17  # several chunks and a ragged end


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("static")
    (root / "big.bin").write_bytes(os.urandom(SIZE))
    (root / "app.js").write_text("console.log('plain')")
    (root / "app.js.gz").write_bytes(gzip.compress(b"console.log('gzipped')"))
    return root


@pytest.fixture(scope="module")
def base_url(directory: Path) -> Iterator[str]:
    app = Litestar([create_static_files_router("/static", [directory])])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_large_file_arrives_whole(base_url: str, directory: Path) -> None:
    response = httpx.get(f"{base_url}/static/big.bin")
    assert response.status_code == 200
    assert response.headers["content-length"] == str(SIZE)
    assert response.content == (directory / "big.bin").read_bytes()


def test_range_of_a_large_file(base_url: str, directory: Path) -> None:
    data = (directory / "big.bin").read_bytes()
    start, end = 1024 * 1024 - 5, 2 * 1024 * 1024 + 5
    response = httpx.get(f"{base_url}/static/big.bin", headers={"range": f"bytes={start}-{end}"})
    assert response.status_code == 206
    assert response.headers["content-range"] == f"bytes {start}-{end}/{SIZE}"
    assert response.content == data[start : end + 1]


def test_resuming_a_download_with_if_range(base_url: str, directory: Path) -> None:
    first = httpx.get(f"{base_url}/static/big.bin", headers={"range": "bytes=0-99"})
    rest = httpx.get(
        f"{base_url}/static/big.bin",
        headers={"range": "bytes=100-", "if-range": first.headers["etag"]},
    )
    assert rest.status_code == 206
    assert first.content + rest.content == (directory / "big.bin").read_bytes()


def test_precompressed_asset_over_http(base_url: str) -> None:
    response = httpx.get(f"{base_url}/static/app.js", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.text == "console.log('gzipped')"
