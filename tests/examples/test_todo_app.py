"""The todo example answers like litestar 2.17 and serves real HTTP through uvicorn."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from litestar.testing import TestClient

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RECORDED = HERE / "todo_case.json"
STARTUP_TIMEOUT = 30.0


def _load_case() -> Any:
    sys.path.insert(0, str(HERE))
    try:
        import todo_case
    finally:
        sys.path.remove(str(HERE))
    return todo_case


def _normalise(response: httpx.Response) -> dict[str, Any]:
    """Shape a response like the oracle's recording: lower-case headers, no date."""
    headers: dict[str, Any] = {}
    for name, value in response.headers.multi_items():
        name = name.lower()
        if name == "date":
            continue
        if name in headers:
            previous = headers[name]
            headers[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            headers[name] = value
    if isinstance(headers.get("set-cookie"), list):
        headers["set-cookie"] = sorted(headers["set-cookie"])
    elif "set-cookie" in headers:
        headers["set-cookie"] = [headers["set-cookie"]]
    if not response.content:
        body_type, body = "empty", ""
    elif "json" in response.headers.get("content-type", ""):
        body_type, body = "json", response.json()
    else:
        body_type, body = "text", response.text
    return {"status": response.status_code, "headers": headers, "body_type": body_type, "body": body}


def _replay_args(request: dict[str, Any]) -> dict[str, Any]:
    args = {key: value for key, value in request.items() if key != "name"}
    if isinstance(args.get("content"), str):
        args["content"] = args["content"].encode()
    return args


def test_recorded_reference_answers_are_replayed_identically() -> None:
    """Every request of the oracle CASE gets litestar 2.17's recorded answer."""
    recorded = json.loads(RECORDED.read_text())
    assert recorded["reference"] == "litestar 2.17.0"
    items = recorded["items"]
    case = _load_case()
    assert [item["request"].get("name") for item in items] == [r.get("name") for r in case.REQUESTS]

    mismatches = []
    with TestClient(case.create_app(), raise_server_exceptions=False) as client:
        for number, item in enumerate(items, 1):
            request = _replay_args(item["request"])
            ours = _normalise(client.request(**request))
            expected = {key: item["response"][key] for key in ("status", "headers", "body_type", "body")}
            if ours["status"] == 405 == expected["status"]:
                # Intended difference: our 405 answers name the allowed methods (Allow header).
                assert ours["headers"].pop("allow", None)
            if ours != expected:
                label = f"[{number}] {request['method']} {request['url']}"
                mismatches.append(f"{label}\n  litestar 2.17: {expected}\n  ours:          {ours}")
    assert not mismatches, "\n".join(mismatches)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_listening(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited early with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"server did not listen on port {port} within {STARTUP_TIMEOUT}s")


LAUNCHERS = {
    "script": lambda port: [sys.executable, "examples/todo_app.py", "--port", str(port)],
    "uvicorn-cli": lambda port: [
        sys.executable,
        "-m",
        "uvicorn",
        "examples.todo_app:app",
        "--port",
        str(port),
    ],
}


@pytest.fixture(params=sorted(LAUNCHERS))
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Start the example under real uvicorn on a free port, the README way."""
    port = _free_port()
    log_path = tmp_path / "server.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            LAUNCHERS[request.param](port), cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env
        )
        try:
            try:
                _wait_until_listening(process, port)
            except AssertionError as exc:
                process.kill()
                process.wait()
                raise AssertionError(f"{exc}\n{log_path.read_text(errors='replace')}") from None
            yield f"http://127.0.0.1:{port}"
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def test_example_serves_real_http_through_uvicorn(server_url: str) -> None:
    """A CRUD round trip over a real socket behaves like the API description."""
    with httpx.Client(base_url=server_url, timeout=10) as http:
        assert http.get("/todos").json() == []

        created = http.post("/todos", json={"title": "buy milk"})
        assert created.status_code == 201
        assert created.json() == {"id": 1, "title": "buy milk", "done": False}
        assert http.post("/todos", json={"title": "walk", "done": True}).status_code == 201

        assert http.get("/todos/1").json() == {"id": 1, "title": "buy milk", "done": False}
        assert http.get("/todos", params={"done": "true"}).json() == [
            {"id": 2, "title": "walk", "done": True}
        ]

        updated = http.put("/todos/1", json={"title": "buy oat milk", "done": True})
        assert updated.status_code == 200
        assert updated.json()["title"] == "buy oat milk"

        bad = http.post("/todos", json={"title": 5})
        assert bad.status_code == 400
        assert bad.headers["content-type"] == "application/json"

        assert http.delete("/todos/2").status_code == 204
        missing = http.get("/todos/2")
        assert missing.status_code == 404
        assert missing.json() == {"status_code": 404, "detail": "Todo 2 not found"}
        assert http.get("/todos").json() == [{"id": 1, "title": "buy oat milk", "done": True}]
