"""``litestar run`` serves the example todo app, discovered from its directory, on a port it picks."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import httpx
from _child_processes import logged_server, server_port

REPO = Path(__file__).resolve().parents[2]
_LITESTAR = str(Path(sys.executable).with_name("litestar"))


def test_litestar_run_serves_the_todo_example(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LITESTAR_")}
    log = tmp_path / "server.log"
    command = [_LITESTAR, "--app-dir", "examples", "--app", "todo_app:app", "run", "--port", "0"]
    with logged_server(command, cwd=REPO, env=env, log=log):
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
