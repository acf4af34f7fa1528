"""Helpers for apps that start a real server: free ports, waiting, stopping."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from typing import Any

__all__ = ("free_port", "get_json", "start", "stop", "wait_until_serving")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def get_json(url: str) -> tuple[int, dict[str, str], Any]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, dict(response.headers), json.loads(response.read())


def wait_until_serving(process: subprocess.Popen[str], url: str, seconds: float = 60.0) -> None:
    """Poll ``url`` until it answers, failing early if the server process exits."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise AssertionError(f"the server exited with {process.returncode}:\n{output[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise AssertionError(f"nothing answered at {url} within {seconds} s")


def start(args: list[str], cwd: str) -> subprocess.Popen[str]:
    """Start a server in a session of its own, so that stopping it stops its workers too."""
    return subprocess.Popen(
        args,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def stop(process: subprocess.Popen[str]) -> str:
    """Stop the server and every process it started; return what they printed."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=15)
            break
        except subprocess.TimeoutExpired:
            continue
    return process.stdout.read() if process.stdout else ""
