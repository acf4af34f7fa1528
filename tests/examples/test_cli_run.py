"""``litestar run`` serves the example todo app, discovered from its directory, on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
_LITESTAR = str(Path(sys.executable).with_name("litestar"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_litestar_run_serves_the_todo_example() -> None:
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("LITESTAR_")}
    process = subprocess.Popen(
        [_LITESTAR, "--app-dir", "examples", "--app", "todo_app:app", "run", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                created = httpx.post(f"{base}/todos", json={"title": "ship it", "done": False}, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server never answered"
                time.sleep(0.05)
        assert created.status_code == 201
        todo = created.json()
        assert httpx.get(f"{base}/todos/{todo['id']}", timeout=5).json() == todo
        assert httpx.get(f"{base}/todos/999", timeout=5).status_code == 404
    finally:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(20)
