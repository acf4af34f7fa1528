"""``litestar run`` serves the example todo app, discovered from its directory, on a port it picks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from _child_processes import server_port

REPO = Path(__file__).resolve().parents[2]
_LITESTAR = str(Path(sys.executable).with_name("litestar"))


def test_litestar_run_serves_the_todo_example(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LITESTAR_")}
    env["PYTHONUNBUFFERED"] = "1"
    log = tmp_path / "server.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [_LITESTAR, "--app-dir", "examples", "--app", "todo_app:app", "run", "--port", "0"],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{server_port(log)}"
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
