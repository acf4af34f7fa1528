"""Middleware benchmark: CORS + gzip + a cookie session, and a cached response.

Compares our packages with litestar 2.17 (the scenarios need Litestar's middleware API),
in-process: each side runs the same app in its own interpreter and times direct ASGI
calls (no server, no client), reporting the median CPU time per request of ``--rounds``
batches and the ratio ours / litestar.

- **stack**: ``GET /json`` (a small JSON body) through ``cors_config`` (allowed origin),
  ``compression_config`` (gzip, the client accepts it) and an encrypted cookie session
  that is read and renewed on every request.
- **cached**: ``GET /cached`` of a handler with ``cache=True``, answered from the store.

Usage: ``python scripts/bench/middleware.py [--ours PY] [--ref PY] [--rounds 7] [--n 3000]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

__all__ = ("main",)

REPO = Path(__file__).resolve().parents[2]

TIMER = r"""
import asyncio, json, os, sys, time
from litestar import Litestar, Request, get
from litestar.config.compression import CompressionConfig
from litestar.config.cors import CORSConfig
from litestar.middleware.session.client_side import CookieBackendConfig

session = CookieBackendConfig(secret=b"0" * 16)
backend = session.middleware.kwargs["backend"]
COOKIE = b"session=" + backend.dump_data({"user": "ada", "n": 1})[0]


@get("/json")
async def small(request: Request) -> dict:
    request.session["n"] = request.session.get("n", 0) + 1
    return {"message": "hello", "n": request.session["n"]}


@get("/cached", cache=True)
async def cached() -> dict:
    return {"message": "hello", "items": list(range(20))}


app = Litestar(
    [small, cached],
    cors_config=CORSConfig(allow_origins=["https://app.example.com"]),
    compression_config=CompressionConfig("gzip", minimum_size=10),
    middleware=[session.middleware],
)

HEADERS = {
    "stack": [(b"host", b"x"), (b"origin", b"https://app.example.com"), (b"accept-encoding", b"gzip"), (b"cookie", COOKIE)],
    "cached": [(b"host", b"x")],
}
PATHS = {"stack": "/json", "cached": "/cached"}


async def call(path, headers):
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": headers,
             "client": ("127.0.0.1", 1), "server": ("x", 80), "state": {}}
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    return sent


async def main(name, rounds, n):
    path, headers = PATHS[name], HEADERS[name]
    for _ in range(200):
        sent = await call(path, headers)
    assert sent[0]["status"] == 200, sent[0]
    if name == "stack":
        names = {k for k, _ in sent[0]["headers"]}
        assert {b"content-encoding", b"access-control-allow-origin", b"set-cookie"} <= names, names
    results = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(n):
            await call(path, headers)
        results.append((time.process_time() - started) / n * 1e6)
    print(json.dumps(results))


asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
"""


def _run(python: str, scenario: str, rounds: int, n: int) -> list[float]:
    out = subprocess.run(
        [python, "-c", TIMER, scenario, str(rounds), str(n)],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Time both scenarios on both sides, interleaved, and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", default=str(REPO / ".venv" / "bin" / "python"))
    # The oracle's reference venv has litestar 2.17 with cryptography installed.
    parser.add_argument("--ref", default="/tmp/litestar-oracle/bin/python")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    print("| scenario | ours µs/req | litestar 2.17 µs/req | ratio |")
    print("|---|---|---|---|")
    for scenario in ("stack", "cached"):
        ours: list[float] = []
        ref: list[float] = []
        for _ in range(3):  # interleave the sides so machine noise hits both
            ours += _run(args.ours, scenario, args.rounds, args.n)
            ref += _run(args.ref, scenario, args.rounds, args.n)
        o, r = statistics.median(ours), statistics.median(ref)
        print(f"| {scenario} | {o:.1f} | {r:.1f} | {o / r:.2f}x |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
