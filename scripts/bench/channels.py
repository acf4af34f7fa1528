"""Channels benchmark: messages published once, fanned out to many WebSocket subscribers.

Compares our packages with litestar 2.17 (the same app code, written against the public
``litestar.channels`` API, runs on both sides), in-process: the app runs its lifespan,
``S`` WebSocket connections to the route of ``create_ws_route_handlers=True`` are made by
direct ASGI calls (no server, no client sockets), and the driver publishes ``M`` small JSON
messages with ``ChannelsPlugin.publish``. A round is timed (CPU time of the process, which
does everything) from the first ``publish`` until every subscriber has been sent every
message; the figure is CPU µs per delivered message (``S * M`` deliveries per round).

Before timing, the driver publishes warm-up messages until every connection has received
one, so no subscription is still being set up when a round starts.

Usage: ``python scripts/bench/channels.py [--ours PY] [--ref PY] [--rounds 5] [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from pathlib import Path

__all__ = ("SCENARIOS", "main")

REPO = Path(__file__).resolve().parents[2]

SCENARIOS = {"fanout-10": (10, 2000), "fanout-100": (100, 200), "fanout-1000": (1000, 20)}
"""Scenario name -> (subscribers, messages per round): 20,000 deliveries per round each."""

TIMER = r"""
import asyncio, json, sys, time
from litestar import Litestar
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.memory import MemoryChannelsBackend

SUBSCRIBERS, MESSAGES, ROUNDS = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
channels = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["news"], create_ws_route_handlers=True)
app = Litestar(plugins=[channels])


class Counter:
    def __init__(self):
        self.timed = 0
        self.warm = [False] * SUBSCRIBERS
        self.target = 0
        self.done = asyncio.Event()

    def sent(self, index, message):
        if message["type"] != "websocket.send":
            return
        payload = message.get("text") or message.get("bytes") or ""
        if "warm" in str(payload):
            self.warm[index] = True
            return
        self.timed += 1
        if self.timed == self.target:
            self.done.set()


async def lifespan(stop):
    messages = asyncio.Queue()
    await messages.put({"type": "lifespan.startup"})
    started = asyncio.Event()

    async def receive():
        if not messages.empty():
            return await messages.get()
        await stop.wait()
        return {"type": "lifespan.shutdown"}

    async def send(message):
        if message["type"] == "lifespan.startup.complete":
            started.set()
        elif message["type"].endswith("failed"):
            raise RuntimeError(message)

    task = asyncio.create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send))
    await started.wait()
    return task


def connect(index, counter, closed):
    scope = {"type": "websocket", "asgi": {"version": "3.0"}, "http_version": "1.1", "scheme": "ws",
             "path": "/news", "raw_path": b"/news", "root_path": "", "query_string": b"",
             "headers": [(b"host", b"x")], "client": ("127.0.0.1", 1), "server": ("x", 80),
             "subprotocols": [], "state": {}}
    connected = False

    async def receive():
        nonlocal connected
        if not connected:
            connected = True
            return {"type": "websocket.connect"}
        await closed.wait()
        return {"type": "websocket.disconnect", "code": 1000}

    async def send(message):
        counter.sent(index, message)

    return asyncio.create_task(app(scope, receive, send))


async def main():
    stop, closed = asyncio.Event(), asyncio.Event()
    lifespan_task = await lifespan(stop)
    counter = Counter()
    sockets = [connect(index, counter, closed) for index in range(SUBSCRIBERS)]
    deadline = time.monotonic() + 60
    while not all(counter.warm):
        assert time.monotonic() < deadline, "subscribers never received the warm-up message"
        channels.publish("warm", "news")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.1)  # let the last warm-up messages drain
    results = []
    for _ in range(ROUNDS):
        counter.timed, counter.done = 0, asyncio.Event()
        counter.target = SUBSCRIBERS * MESSAGES
        started = time.process_time()
        for number in range(MESSAGES):
            channels.publish({"event": "price", "i": number, "value": 12.5}, "news")
        await asyncio.wait_for(counter.done.wait(), 120)
        results.append((time.process_time() - started) / counter.target * 1e6)
    print(json.dumps(results), flush=True)
    closed.set()
    await asyncio.wait_for(asyncio.gather(*sockets), 60)
    stop.set()
    await asyncio.wait_for(lifespan_task, 60)


asyncio.run(main())
"""


def _run(python: str, scenario: str, rounds: int) -> list[float]:
    subscribers, messages = SCENARIOS[scenario]
    out = subprocess.run(
        [python, "-c", TIMER, str(subscribers), str(messages), str(rounds)],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",
        timeout=600,
    )
    if out.returncode != 0:
        # Only the last line: a reference-side traceback is not to be read.
        raise SystemExit(f"{python} failed on {scenario}: {out.stderr.strip().splitlines()[-1:]}")
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Time every scenario on both sides, interleaved, and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", default=str(REPO / ".venv" / "bin" / "python"))
    parser.add_argument("--ref", default="/tmp/litestar-oracle/bin/python")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per process")
    parser.add_argument("--repeats", type=int, default=3, help="processes per side, interleaved")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    args = parser.parse_args()
    print("| scenario | subscribers x messages | ours µs/delivery | litestar 2.17 µs/delivery | ratio |")
    print("|---|---|---:|---:|---:|")
    for scenario in args.scenarios.split(","):
        ours: list[float] = []
        ref: list[float] = []
        for _ in range(args.repeats):  # interleave the sides so machine noise hits both
            ours += _run(args.ours, scenario, args.rounds)
            ref += _run(args.ref, scenario, args.rounds)
        o, r = statistics.median(ours), statistics.median(ref)
        subscribers, messages = SCENARIOS[scenario]
        print(f"| {scenario} | {subscribers} x {messages} | {o:.2f} | {r:.2f} | {o / r:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
