"""OpenAPI benchmark: building the document of a 300-route app, and serving it once built.

Compares our packages with litestar 2.17 (each in its own interpreter, the same app code):

- **build**: a fresh app with 300 routes over 60 dataclass / msgspec models (parameters,
  bodies, nested models, optional fields) is constructed, then the first
  ``GET /schema/openapi.json`` generates the document; the time of that first request is
  the build time (median of ``--rounds`` fresh processes).
- **serve**: the CPU time per ``GET /schema/openapi.json`` once the document exists,
  next to ``GET /ping`` (a plain static response of the same app), through direct ASGI
  calls; median of ``--rounds`` batches of ``--requests``.

Usage: ``python scripts/bench/openapi.py [--rounds 5] [--requests 2000]
[--ours PYTHON] [--ref PYTHON]``. By default ours is this checkout's ``.venv`` and the
reference is ``/tmp/litestar-oracle``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

__all__ = ("main",)

REPO = Path(__file__).resolve().parents[2]

# Runs inside each interpreter; prints one JSON line.
_WORKER = r"""
import asyncio, json, sys, time
from dataclasses import dataclass, field
from typing import Optional
import msgspec
from litestar import Litestar, get, post

N_MODELS, N_ROUTES = 60, 300
models = []
for i in range(N_MODELS):
    if i % 2:
        inner = models[-1] if models else int
        cls = msgspec.defstruct(f"Struct{i}", [("id", int), ("name", str), ("tags", list[str], []),
                                               ("child", Optional[inner], None)])
    else:
        ns = {"__annotations__": {"id": int, "label": str, "score": float, "items": list[int]},
              "items": field(default_factory=list), "score": 0.0}
        cls = dataclass(type(f"Data{i}", (), ns))
    models.append(cls)

handlers = []
for i in range(N_ROUTES):
    model = models[i % N_MODELS]
    if i % 3 == 0:
        async def fn(data, item_id: int, q: Optional[str] = None): return data
        fn.__annotations__ = {"data": model, "item_id": int, "q": Optional[str], "return": model}
        fn.__name__ = f"create_{i}"
        handlers.append(post(f"/r{i}/{{item_id:int}}")(fn))
    else:
        async def fn(limit: int = 10, offset: int = 0): return []
        fn.__annotations__ = {"limit": int, "offset": int, "return": list[model]}
        fn.__name__ = f"list_{i}"
        handlers.append(get(f"/r{i}")(fn))

@get("/ping", sync_to_thread=False)
def ping() -> str:
    return "pong"

async def call(app, path):
    sent = []
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"x")], "client": ("127.0.0.1", 1), "server": ("x", 80)}
    async def receive(): return {"type": "http.request", "body": b"", "more_body": False}
    async def send(message): sent.append(message)
    await app(scope, receive, send)
    return sent

async def main(mode, requests):
    start = time.perf_counter()
    app = Litestar([*handlers, ping])
    built = time.perf_counter()
    if mode == "build":
        sent = await call(app, "/schema/openapi.json")
        done = time.perf_counter()
        assert sent[0]["status"] == 200, sent[0]
        body = b"".join(m.get("body", b"") for m in sent[1:])
        paths = len(json.loads(body)["paths"])
        return {"construct": built - start, "build": done - built, "paths": paths, "bytes": len(body)}
    await call(app, "/schema/openapi.json")
    result = {}
    for path in ("/ping", "/schema/openapi.json"):
        for _ in range(200):
            await call(app, path)
        t0 = time.process_time()
        for _ in range(requests):
            await call(app, path)
        result[path] = (time.process_time() - t0) / requests
    return result

print(json.dumps(asyncio.run(main(sys.argv[1], int(sys.argv[2])))))
"""


def _env() -> dict[str, str]:
    # Imports done during the first request count in "build": both sides must read cached
    # bytecode (a shell with PYTHONDONTWRITEBYTECODE would leave our sources uncompiled).
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(python: str, mode: str, requests: int) -> dict[str, float]:
    out = subprocess.run(
        [python, "-c", _WORKER, mode, str(requests)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        env=_env(),
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    """Run both sides ``--rounds`` times and print a markdown table with the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--ours", default=str(REPO / ".venv" / "bin" / "python"))
    parser.add_argument("--ref", default="/tmp/litestar-oracle/bin/python")
    args = parser.parse_args(argv)
    sides = {"ours": args.ours, "litestar 2.17": args.ref}
    builds: dict[str, list[float]] = {name: [] for name in sides}
    serves: dict[str, dict[str, list[float]]] = {
        name: {"/ping": [], "/schema/openapi.json": []} for name in sides
    }
    for python in sides.values():  # warm-up: writes the bytecode caches of both sides
        _run(python, "build", 0)
    for _ in range(args.rounds):
        for name, python in sides.items():  # interleaved, so machine noise hits both sides
            builds[name].append(_run(python, "build", 0)["build"])
            for path, value in _run(python, "serve", args.requests).items():
                serves[name][path].append(value)
    ours, ref = "ours", "litestar 2.17"
    rows = [
        (
            "first `GET /schema/openapi.json` (300 routes, builds the document)",
            builds[ours],
            builds[ref],
            1e3,
            "ms",
        ),
        (
            "`GET /schema/openapi.json` once built",
            serves[ours]["/schema/openapi.json"],
            serves[ref]["/schema/openapi.json"],
            1e6,
            "µs",
        ),
        ("`GET /ping` (static text, same app)", serves[ours]["/ping"], serves[ref]["/ping"], 1e6, "µs"),
    ]
    print("| scenario | ours | litestar 2.17 | ratio |")
    print("|---|---:|---:|---:|")
    for label, mine, theirs, scale, unit in rows:
        a, b = statistics.median(mine), statistics.median(theirs)
        print(f"| {label} | {a * scale:.1f} {unit} | {b * scale:.1f} {unit} | {a / b:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
