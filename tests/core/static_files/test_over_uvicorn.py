"""Static files over a real socket: uvicorn serving a large file, ranges and precompressed assets.

Each test runs on uvicorn's httptools protocol with uvloop (where large bodies leave as
slices of a memory-mapped file), on h11, and on asyncio's own loop (where they are read
into ``bytes``).
"""

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
from litestar import Litestar, asgi
from litestar.response._file_access import sends_buffers
from litestar.static_files import create_static_files_router
from litestar.types import Receive, Scope, Send

SIZE = 3 * 1024 * 1024 + 17  # several chunks and a ragged end


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("static")
    (root / "big.bin").write_bytes(os.urandom(SIZE))
    (root / "app.js").write_text("console.log('plain')")
    (root / "app.js.gz").write_bytes(gzip.compress(b"console.log('gzipped')"))
    return root


@asgi("/probe", copy_scope=False)
async def probe(scope: Scope, receive: Receive, send: Send) -> None:
    """Answer whether the server's ``send`` takes memory-mapped slices."""
    body = str(sends_buffers(scope, send)).encode()
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"%d" % len(body))]}
    )
    await send({"type": "http.response.body", "body": body})


SERVERS = {
    "httptools-uvloop": ("httptools", "uvloop"),
    "h11-uvloop": ("h11", "uvloop"),
    "httptools-asyncio": ("httptools", "asyncio"),
}


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def base_url(directory: Path, server_kind: str) -> Iterator[str]:
    app = Litestar([probe, create_static_files_router("/static", [directory])])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    http, loop = SERVERS[server_kind]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", http=http, loop=loop))
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


def test_only_httptools_on_uvloop_takes_mapped_slices(base_url: str, server_kind: str) -> None:
    assert httpx.get(f"{base_url}/probe").text == str(server_kind == "httptools-uvloop")


def test_several_ranges_of_a_large_file(base_url: str, directory: Path) -> None:
    data = (directory / "big.bin").read_bytes()
    response = httpx.get(f"{base_url}/static/big.bin", headers={"range": "bytes=0-9,1048570-2200000"})
    assert response.status_code == 206
    boundary = response.headers["content-type"].split("boundary=")[1]
    parts = response.content.split(f"--{boundary}".encode())
    assert parts[1].endswith(b"\r\n\r\n" + data[0:10] + b"\r\n")
    assert parts[2].endswith(b"\r\n\r\n" + data[1048570:2200001] + b"\r\n")
    assert parts[3] == b"--\r\n"


def test_many_concurrent_downloads(base_url: str, directory: Path) -> None:
    data = (directory / "big.bin").read_bytes()
    results: list[bytes] = []

    def fetch() -> None:
        results.append(httpx.get(f"{base_url}/static/big.bin").content)

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [data] * 4
