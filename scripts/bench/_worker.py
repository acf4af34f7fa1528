"""In-process worker: runs inside one framework's venv and times direct ASGI calls.

Started by ``run.py`` as ``<venv python> _worker.py MODULE``. It imports the app module
from ``apps/``, runs lifespan startup, then answers one JSON command per stdin line with
one JSON line on its private protocol fd (the app's own prints go to stderr):

- ``{"cmd": "check", "scenarios": [...]}``: errors per scenario (``null`` when correct)
- ``{"cmd": "calibrate", "scenario": k, "seconds": s}``: iterations for a batch of ~s seconds
- ``{"cmd": "time", "scenario": k, "n": n}``: CPU and wall seconds for n requests
- ``{"cmd": "memory", "scenarios": [...], "requests": n, "warmup": w}``: RSS before/after
- ``{"cmd": "construct", "repeats": r}``: seconds per ``build_big_app(...)`` call
- ``{"cmd": "quit"}``
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "apps")]

import _asgi
import scenarios

__all__ = ("main", "rss_mib")

_REPORTED_DISTS = (
    "litestar",
    "litestar-core",
    "litestar-di",
    "fastapi",
    "starlette",
    "blacksheep",
    "pydantic",
    "msgspec",
    "uvicorn",
    "uvloop",
)


def rss_mib() -> float:
    """Return this process's resident set size in MiB (from /proc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for dist in _REPORTED_DISTS:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return found


async def _discard(message: Any) -> None:
    return None


class Worker:
    """Holds the imported app and answers the driver's commands."""

    def __init__(self, module: str, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        started = time.perf_counter()
        self.module = importlib.import_module(module)
        self.import_s = time.perf_counter() - started
        self.app = self.module.app
        self.lifespan = _asgi.Lifespan(self.app)
        started = time.perf_counter()
        loop.run_until_complete(self.lifespan.startup())
        self.startup_s = time.perf_counter() - started
        self.table = scenarios.by_key()

    def hello(self) -> dict[str, Any]:
        loop_type = type(self.loop).__module__.split(".")[0]
        return {
            "python": platform.python_version(),
            "loop": loop_type,
            "versions": _versions(),
            "import_s": self.import_s,
            "startup_s": self.startup_s,
            "rss_mib": rss_mib(),
            "can_construct": hasattr(self.module, "build_big_app"),
        }

    def check(self, keys: list[str]) -> dict[str, str | None]:
        errors: dict[str, str | None] = {}
        for key in keys:
            error = None
            for case in self.table[key].cases:
                try:
                    response = self.loop.run_until_complete(
                        _asgi.call(self.app, case.request, self.lifespan.state)
                    )
                except Exception as exc:  # noqa: BLE001 - any crash is a wrong answer, reported with its type
                    error = f"{case.request.method} {case.request.target}: raised {exc!r}"
                    break
                error = scenarios.check_response(case, response.status, response.headers, response.body)
                if error:
                    break
            errors[key] = error
        return errors

    async def _batch(self, key: str, n: int) -> None:
        request = self.table[key].timed.request
        template = _asgi.make_scope(request)
        receive = _asgi.make_receive(request.body)
        state = self.lifespan.state
        app = self.app
        copy = template.copy
        for _ in range(n):
            scope = copy()
            scope["state"] = state.copy()
            await app(scope, receive, _discard)

    def time(self, key: str, n: int) -> dict[str, float]:
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        self.loop.run_until_complete(self._batch(key, n))
        return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}

    def calibrate(self, key: str, seconds: float) -> int:
        self.time(key, 50)  # warm caches and lazy compilation
        n = 20
        while True:
            spent = self.time(key, n)["cpu"]
            if spent >= seconds / 4 or n >= 1_000_000:
                return max(10, round(n * seconds / max(spent, 1e-9)))
            n *= 4

    async def _mixed(self, keys: list[str], n: int) -> None:
        per = max(1, n // len(keys))
        for key in keys:
            await self._batch(key, per)

    def memory(self, keys: list[str], requests: int, warmup: int) -> dict[str, Any]:
        self.loop.run_until_complete(self._mixed(keys, warmup))
        gc.collect()
        before = rss_mib()
        samples = [before]
        steps = 10
        for _ in range(steps):
            self.loop.run_until_complete(self._mixed(keys, requests // steps))
            samples.append(rss_mib())
        gc.collect()
        after = rss_mib()
        return {"before": before, "after": after, "samples": samples, "requests": requests}

    def construct(self, repeats: int) -> list[float]:
        times: list[float] = []
        for _ in range(repeats):
            handlers = self.module.big_route_handlers()
            gc.collect()
            started = time.perf_counter()
            self.module.build_big_app(handlers)
            times.append(time.perf_counter() - started)
        return times

    def handle(self, command: dict[str, Any]) -> Any:
        cmd = command["cmd"]
        if cmd == "check":
            return self.check(command["scenarios"])
        if cmd == "calibrate":
            return self.calibrate(command["scenario"], command["seconds"])
        if cmd == "time":
            return self.time(command["scenario"], command["n"])
        if cmd == "memory":
            return self.memory(command["scenarios"], command["requests"], command["warmup"])
        if cmd == "construct":
            return self.construct(command["repeats"])
        raise ValueError(f"unknown command {cmd!r}")


def _new_loop(kind: str) -> asyncio.AbstractEventLoop:
    if kind == "uvloop":
        try:
            import uvloop
        except ImportError:
            kind = "asyncio"
        else:
            return uvloop.new_event_loop()
    return asyncio.new_event_loop()


def main() -> int:
    """Serve the driver's commands until ``quit`` or end of input."""
    module = sys.argv[1]
    loop_kind = sys.argv[2] if len(sys.argv) > 2 else "uvloop"
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # the app's prints must not corrupt the protocol
    loop = _new_loop(loop_kind)
    asyncio.set_event_loop(loop)
    try:
        worker = Worker(module, loop)
    except BaseException as exc:
        proto.write(json.dumps({"error": f"startup failed: {exc!r}"}) + "\n")
        raise
    proto.write(json.dumps({"result": worker.hello()}) + "\n")
    for line in sys.stdin:
        command = json.loads(line)
        if command["cmd"] == "quit":
            break
        try:
            reply = {"result": worker.handle(command)}
        except Exception as exc:  # noqa: BLE001 - reported to the driver, which marks the framework
            reply = {"error": repr(exc)}
        proto.write(json.dumps(reply) + "\n")
    loop.run_until_complete(worker.lifespan.shutdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
