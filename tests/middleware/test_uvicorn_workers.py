"""Two uvicorn workers sharing a redis-server share sessions, cached responses and rate limits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

APP = """
import os
import uuid
from typing import Any

from litestar import Litestar, Request, get, post
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.stores.redis import RedisStore
from litestar.stores.registry import StoreRegistry

root = RedisStore.with_client(os.environ["TEST_REDIS_URL"], namespace=os.environ["TEST_NAMESPACE"])
PID = str(os.getpid()).encode()


@post("/session")
async def write(request: Request, data: dict[str, Any]) -> None:
    request.session.update(data)


@get("/session")
async def read(request: Request) -> dict[str, Any]:
    return {"session": request.session}


@get("/cached", cache=60)
async def cached() -> dict[str, str]:
    return {"id": uuid.uuid4().hex}


@get("/limited")
async def limited() -> str:
    return "ok"


async def add_worker_header(message: Any, scope: Any) -> None:
    if message["type"] == "http.response.start":
        message["headers"] = [*message["headers"], (b"x-worker", PID)]


rate_limit = RateLimitConfig(rate_limit=("minute", 100), exclude=["^/session", "^/cached"])
app = Litestar(
    [write, read, cached, limited],
    middleware=[ServerSideSessionConfig().middleware, rate_limit.middleware],
    stores=StoreRegistry(default_factory=root.with_namespace),
    before_send=[add_worker_header],
)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[str]:
    """Serve the app with ``uvicorn --workers 2`` on a free port (one server for the module)."""
    tmp_path = tmp_path_factory.mktemp("workers")
    (tmp_path / "two_workers_app.py").write_text(textwrap.dedent(APP))
    port = _free_port()
    env = {**os.environ, "TEST_REDIS_URL": redis_url, "TEST_NAMESPACE": f"workers{port}"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "two_workers_app:app",
            "--workers",
            "2",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        seen: set[str] = set()
        # Ready when both workers answered (each connection is served by one of them).
        while len(seen) < 2:
            if time.monotonic() > deadline or process.poll() is not None:
                stderr = (
                    process.stderr.read().decode() if process.poll() is not None and process.stderr else ""
                )
                pytest.fail(f"uvicorn workers did not start: {stderr}")
            try:
                seen.add(httpx.get(f"{base}/session").headers["x-worker"])
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stderr:
            process.stderr.close()


def _fresh(method: str, url: str, **kwargs: object) -> httpx.Response:
    # A new connection per request, so both workers get a share of them.
    return httpx.request(method, url, **kwargs)  # type: ignore[arg-type]


def test_a_session_written_by_one_worker_is_read_by_the_other(server: str) -> None:
    written = _fresh("POST", f"{server}/session", json={"user": "ada"})
    cookie = {"session": written.cookies["session"]}
    workers = set()
    for _ in range(300):
        response = _fresh("GET", f"{server}/session", cookies=cookie)
        assert response.json() == {"session": {"user": "ada"}}
        workers.add(response.headers["x-worker"])
        if len(workers) == 2 and written.headers["x-worker"] in workers:
            break
    assert len(workers) == 2


def test_a_cached_response_is_served_by_both_workers(server: str) -> None:
    bodies, workers = set(), set()
    for _ in range(300):
        response = _fresh("GET", f"{server}/cached")
        bodies.add(response.text)
        workers.add(response.headers["x-worker"])
        if len(workers) == 2:
            break
    assert len(workers) == 2
    assert len(bodies) == 1


def test_the_rate_limit_holds_across_workers(server: str) -> None:
    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(lambda _: _fresh("GET", f"{server}/limited"), range(200)))
    statuses = [r.status_code for r in responses]
    assert statuses.count(200) == 100
    assert statuses.count(429) == 100
    assert len({r.headers["x-worker"] for r in responses}) == 2
