"""litestar-saq: queues injected into handlers, a worker started by its CLI group, the web UI.

The queue lives in the machine's Redis (127.0.0.1:6379) under a name of its own; a real
worker process (``litestar workers run``) takes the job that a handler enqueued, and the
plugin's web API reports it complete with its result.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _server import start, stop

QUEUE = f"ecosystem-{os.getpid()}"

APP_SOURCE = f'''
from typing import Any

from litestar import Litestar, post
from litestar_saq import QueueConfig, SAQConfig, SAQPlugin, TaskQueues


async def add(ctx: Any, *, a: int, b: int) -> int:
    return a + b


@post("/sum")
async def enqueue_sum(task_queues: TaskQueues, data: dict[str, int]) -> dict[str, str]:
    job = await task_queues.get("{QUEUE}").enqueue("add", a=data["a"], b=data["b"])
    return {{"key": job.key}}


saq = SAQPlugin(
    config=SAQConfig(
        web_enabled=True,
        queue_configs=[QueueConfig(dsn="redis://127.0.0.1:6379/0", name="{QUEUE}", tasks=[add])],
    )
)
app = Litestar([enqueue_sum], plugins=[saq])
'''


def wait_for_worker(client: Any) -> None:
    """Enqueue only once the worker runs: its first sweep, as it starts, aborts ("swept")
    a job it is dequeuing at that moment (saq's own race, on any litestar).
    """
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        queues = client.get("/saq/api/queues").json()["queues"]
        if any(queue["name"] == QUEUE and queue.get("workers") for queue in queues):
            time.sleep(0.5)
            return
        time.sleep(0.3)
    raise AssertionError("no worker registered on the queue within 60 s")


def main() -> None:
    cli = str(Path(sys.executable).parent / "litestar")
    with tempfile.TemporaryDirectory() as workdir:
        Path(workdir, "saq_target.py").write_text(APP_SOURCE)
        sys.path.insert(0, workdir)
        from litestar.testing import TestClient
        from saq_target import app

        help_text = subprocess.run(
            [cli, "--app", "saq_target:app", "workers", "--help"],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            env={**os.environ, "COLUMNS": "200"},
        ).stdout
        assert "run" in help_text, help_text
        assert "status" in help_text, help_text

        worker = start([cli, "--app", "saq_target:app", "workers", "run"], workdir)
        try:
            with TestClient(app) as client:
                assert "<html" in client.get("/saq").text.lower()
                queues = client.get("/saq/api/queues").json()
                assert QUEUE in [queue["name"] for queue in queues["queues"]], queues
                wait_for_worker(client)
                key = client.post("/sum", json={"a": 2, "b": 40}).json()["key"]
                deadline = time.monotonic() + 60
                job: dict[str, object] = {}
                while time.monotonic() < deadline:
                    job = client.get(f"/saq/api/queues/{QUEUE}/jobs/{key}").json()["job"]
                    if job["status"] == "complete":
                        break
                    time.sleep(0.3)
                assert job.get("status") == "complete", job
                assert job["result"] == "42", job  # the web API shows results as text
        finally:
            output = stop(worker)
        assert QUEUE in output or "worker" in output.lower(), output[-2000:]
    print("OK")


if __name__ == "__main__":
    main()
