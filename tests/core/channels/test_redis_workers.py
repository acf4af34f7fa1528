"""Two uvicorn workers sharing Redis: every event published on either reaches both, in order."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
from _redis_server import free_port
from websockets.sync.client import connect

_APP = textwrap.dedent(
    """
    import os
    from redis.asyncio import Redis
    from litestar import Litestar, post
    from litestar.channels import ChannelsPlugin
    from litestar.channels.backends.redis import RedisChannelsPubSubBackend, RedisChannelsStreamBackend

    redis = Redis(port=int(os.environ["REDIS_PORT"]))
    backend = (
        RedisChannelsStreamBackend(history=100, redis=redis)
        if os.environ["BACKEND"] == "stream"
        else RedisChannelsPubSubBackend(redis=redis)
    )
    plugin = ChannelsPlugin(backend=backend, arbitrary_channels_allowed=True, create_ws_route_handlers=True,
                            ws_handler_base_path="/ws")

    @post("/publish/{channel:str}", status_code=202)
    async def publish(channel: str, data: dict, channels: ChannelsPlugin) -> None:
        await channels.wait_published(data, channel)

    app = Litestar([publish], plugins=[plugin])
    """
)


@contextmanager
def _worker(app_dir: Path, port: int, env: dict[str, str]) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app:app", "--port", str(port), "--app-dir", str(app_dir)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/nothing", timeout=2)
            except urllib.error.HTTPError:
                break
            except OSError:
                assert time.monotonic() < deadline, "worker did not start"
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(20)


def _publish(base: str, channel: str, data: dict[str, int]) -> None:
    request = urllib.request.Request(
        f"{base}/publish/{channel}",
        data=json.dumps(data).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 202


def _wait_until_subscribed(bases: list[str], sockets: list[Any], channel: str) -> None:
    """Publish probes through every worker until each socket heard one from each of them.

    Then both workers read the channel from Redis, so every later event reaches every socket.
    """
    deadline = time.monotonic() + 60
    heard: list[set[int]] = [set() for _ in sockets]
    while not all(len(h) == len(bases) for h in heard):
        assert time.monotonic() < deadline, "the workers never delivered each other's events"
        for worker, base in enumerate(bases):
            _publish(base, channel, {"n": -1, "probe": worker})
        for ws, h in zip(sockets, heard, strict=True):
            with contextlib.suppress(TimeoutError):
                while True:
                    h.add(json.loads(ws.recv(timeout=0.2))["probe"])


@pytest.mark.parametrize("backend", ["pubsub", "stream"])
def test_events_from_either_worker_reach_both_in_order(tmp_path: Path, redis_port: int, backend: str) -> None:
    (tmp_path / "app.py").write_text(_APP)
    env = {"REDIS_PORT": str(redis_port), "BACKEND": backend}
    channel = f"room-{backend}"
    with ExitStack() as stack:
        bases = [stack.enter_context(_worker(tmp_path, free_port(), env)) for _ in range(2)]
        sockets = [
            stack.enter_context(connect(base.replace("http", "ws") + f"/ws/{channel}", open_timeout=10))
            for base in bases
            for _ in range(2)
        ]
        _wait_until_subscribed(bases, sockets, channel)
        count = 40
        for n in range(count):
            _publish(bases[n % 2], channel, {"n": n})
        for ws in sockets:
            received: list[int] = []
            while len(received) < count:
                n = json.loads(ws.recv(timeout=10))["n"]
                if n >= 0:  # a late probe of _wait_until_subscribed
                    received.append(n)
            assert received == list(range(count))
