"""Benchmark driver: our packages vs Litestar 2.17, FastAPI, Starlette, BlackSheep and raw ASGI.

In-process (default): one worker per framework, each in its own venv and pinned to the
same CPU, imports the app, runs lifespan startup, checks every scenario, then times
batches of direct ``await app(scope, receive, send)`` calls. Frameworks are interleaved
scenario by scenario within each round and the order rotates every round; tables show the
median µs/request and the median of per-round ratios. ``--http`` adds uvicorn + wrk.

Usage (from the repository root; stdlib only, any Python 3.11+)::

    python scripts/bench/run.py                          # all frameworks, in-process + extras
    python scripts/bench/run.py --only ours,litestar,raw --rounds 31 --scenarios a,b,c
    python scripts/bench/run.py --http --no-inproc       # HTTP only
    python scripts/bench/run.py --memory                 # + RSS growth over 1,000,000 requests
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "apps")]

import _report
import scenarios
import setup_venvs
from _http import HttpOptions, run_http

__all__ = ("FRAMEWORKS", "main")

FRAMEWORKS: dict[str, tuple[str, str]] = {
    "ours": ("ours", "litestar_app"),
    "litestar": ("litestar", "litestar_app"),
    "fastapi": ("fastapi", "fastapi_app"),
    "starlette": ("starlette", "starlette_app"),
    "blacksheep": ("blacksheep", "blacksheep_app"),
    "raw": ("raw", "raw_app"),
}
"""Framework name -> (venv name, app module in ``apps/``)."""


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _pin(cpu: int | None) -> Any:
    if cpu is None:
        return None
    return lambda: os.sched_setaffinity(0, {cpu})


class WorkerProcess:
    """A ``_worker.py`` subprocess speaking JSON lines."""

    def __init__(self, name: str, python: str, module: str, cpu: int | None, loop: str) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            [python, str(HERE / "_worker.py"), module, loop],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            text=True,
            cwd=HERE / "apps",
            preexec_fn=_pin(cpu),
        )
        self.hello = self._read()

    def _read(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited with {self.proc.wait()}")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply["result"]

    def ask(self, **command: Any) -> Any:
        """Send one command and return its result."""
        stdin: IO[str] | None = self.proc.stdin
        assert stdin is not None
        stdin.write(json.dumps(command) + "\n")
        stdin.flush()
        return self._read()

    def close(self) -> None:
        """Ask the worker to quit, then reap it."""
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write('{"cmd": "quit"}\n')
            self.proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _rotate(names: list[str], shift: int) -> list[str]:
    if not names:
        return names
    shift %= len(names)
    return names[shift:] + names[:shift]


def _run_inproc(
    results: dict[str, Any], frameworks: dict[str, tuple[str, str]], keys: list[str], args: argparse.Namespace
) -> None:
    workers: dict[str, WorkerProcess] = {}
    try:
        for name, (python, module) in frameworks.items():
            entry = results["frameworks"][name]
            try:
                worker = WorkerProcess(name, python, module, args.cpu, args.loop)
            except (RuntimeError, OSError, ValueError) as exc:
                entry["error"] = f"worker failed to start: {exc}"
                _log(f"{name}: {entry['error']}")
                continue
            workers[name] = worker
            entry["info"] = worker.hello
            entry["errors"] = worker.ask(cmd="check", scenarios=keys)
            bad = [k for k, e in entry["errors"].items() if e]
            _log(
                f"{name}: started ({worker.hello['import_s'] * 1000:.0f} ms import), "
                f"checks {'all ok' if not bad else 'FAILED: ' + ', '.join(bad)}"
            )
        if args.rounds:
            iterations: dict[tuple[str, str], int] = {}
            for name, worker in workers.items():
                for key in keys:
                    if not results["frameworks"][name]["errors"].get(key):
                        iterations[name, key] = worker.ask(
                            cmd="calibrate", scenario=key, seconds=args.batch_ms / 1000
                        )
            samples: dict[str, dict[str, list[float | None]]] = {n: {k: [] for k in keys} for n in workers}
            names = list(workers)
            for round_no in range(args.rounds):
                for key in keys:
                    for name in _rotate(names, round_no):
                        n = iterations.get((name, key))
                        if n is None:
                            samples[name][key].append(None)
                            continue
                        spent = workers[name].ask(cmd="time", scenario=key, n=n)["cpu"]
                        samples[name][key].append(spent / n * 1e6)
                _log(f"  round {round_no + 1}/{args.rounds} done")
            results["inproc"] = samples
        if args.memory:
            for name in args.memory_frameworks.split(","):
                if name in workers:
                    ok = [k for k in keys if not results["frameworks"][name]["errors"].get(k)]
                    _log(f"{name}: memory run, {args.memory:,} requests")
                    results["memory"][name] = workers[name].ask(
                        cmd="memory", scenarios=ok, requests=args.memory, warmup=args.memory_warmup
                    )
        # NOTE: last, so the garbage of the extra apps cannot skew the timed batches or the RSS.
        builders = [name for name, worker in workers.items() if worker.hello.get("can_construct")]
        for repeat in range(args.construct + 1 if args.construct else 0):  # the first pass warms up
            for name in _rotate(builders, repeat):
                seconds = workers[name].ask(cmd="construct", repeats=1)
                if repeat:
                    results["construct"].setdefault(name, []).extend(seconds)
    finally:
        for worker in workers.values():
            worker.close()


_IMPORT_SNIPPET = (
    "import sys, time; sys.path.insert(0, {apps!r}); t = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - t)"
)


def _import_times(
    results: dict[str, Any], frameworks: dict[str, tuple[str, str]], args: argparse.Namespace
) -> None:
    names = [n for n in frameworks if not results["frameworks"][n].get("error")]
    for repeat in range(args.import_repeats + 1):  # the first pass only warms the .pyc caches
        for name in _rotate(names, repeat):
            python, module = frameworks[name]
            code = _IMPORT_SNIPPET.format(apps=str(HERE / "apps"), module=module)
            done = subprocess.run(
                [python, "-c", code],
                capture_output=True,
                text=True,
                check=False,
                cwd=HERE / "apps",
                preexec_fn=_pin(args.cpu),
            )
            if done.returncode != 0:
                results["frameworks"][name].setdefault(
                    "error", "import failed: " + done.stderr.strip()[-300:]
                )
                continue
            if repeat:
                results["imports"].setdefault(name, []).append(float(done.stdout.strip().splitlines()[-1]))


def _resolve(args: argparse.Namespace) -> dict[str, tuple[str, str]]:
    chosen = [n.strip() for n in args.only.split(",") if n.strip()]
    frameworks: dict[str, tuple[str, str]] = {}
    for name in chosen:
        if name not in FRAMEWORKS:
            raise SystemExit(
                f"unknown framework {name!r}; choose from {', '.join(FRAMEWORKS)} (or use --add)"
            )
        venv, module = FRAMEWORKS[name]
        python = setup_venvs.venv_python(args.venv_root, venv)
        if not python.exists():
            if args.no_setup:
                raise SystemExit(
                    f"{python} is missing: run scripts/bench/setup_venvs.py (or drop --no-setup)"
                )
            _log(f"{name}: creating {python.parent.parent}")
            setup_venvs.create_venv(args.venv_root, venv, python=args.python)
        frameworks[name] = (str(python), module)
    for extra in args.add:
        name, _, spec = extra.partition("=")
        python, _, module = spec.partition(":")
        if not name or not python:
            raise SystemExit(f"--add expects NAME=PYTHON[:MODULE], got {extra!r}")
        frameworks[name] = (python, module or "litestar_app")
    return frameworks


def _parse(argv: list[str] | None) -> argparse.Namespace:
    cpus = sorted(os.sched_getaffinity(0))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(FRAMEWORKS), help="frameworks to run (default: all)")
    parser.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="NAME=PYTHON[:MODULE]",
        help="extra column, e.g. an A/A check: litestar2=/tmp/bench-venvs/litestar/bin/python",
    )
    parser.add_argument("--scenarios", default="", help="comma separated keys or letters (default: all)")
    parser.add_argument(
        "--rounds", type=int, default=21, help="interleaved in-process rounds (default %(default)s)"
    )
    parser.add_argument(
        "--batch-ms", type=float, default=20.0, help="CPU ms per timed batch (default %(default)s)"
    )
    parser.add_argument("--loop", choices=("uvloop", "asyncio"), default="uvloop", help="worker event loop")
    parser.add_argument(
        "--cpu", type=int, default=cpus[-1], help="CPU the workers are pinned to (default: last)"
    )
    parser.add_argument("--no-inproc", action="store_true", help="skip in-process timing")
    parser.add_argument("--import-repeats", type=int, default=5, help="fresh-interpreter imports (0 = skip)")
    parser.add_argument(
        "--construct", type=int, default=5, help="Litestar(...) constructions to time (0 = skip)"
    )
    parser.add_argument(
        "--memory",
        type=int,
        nargs="?",
        const=1_000_000,
        default=0,
        help="RSS growth over N in-process requests after warm-up (default N 1,000,000)",
    )
    parser.add_argument(
        "--memory-warmup", type=int, default=50_000, help="requests before the first RSS sample"
    )
    parser.add_argument("--memory-frameworks", default="ours", help="frameworks for --memory (default ours)")
    parser.add_argument("--http", action="store_true", help="also run over HTTP (uvicorn + wrk)")
    parser.add_argument(
        "--http-scenarios",
        default=",".join(s.key for s in scenarios.SCENARIOS if s.http),
        help="scenarios over HTTP (default: the ones with an HTTP target)",
    )
    parser.add_argument("--http-rounds", type=int, default=2)
    parser.add_argument("--http-duration", type=float, default=5.0, help="seconds per load run")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--load-tool", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument(
        "--venv-root",
        type=Path,
        default=setup_venvs.DEFAULT_ROOT,
        help="where the venvs live (default %(default)s)",
    )
    parser.add_argument(
        "--python",
        default=f"{sys.version_info[0]}.{sys.version_info[1]}",
        help="interpreter for venvs created on the fly",
    )
    parser.add_argument("--no-setup", action="store_true", help="fail instead of creating missing venvs")
    parser.add_argument("--json", type=Path, help="write raw samples and metadata here")
    parser.add_argument("--markdown", type=Path, help="also write the markdown report here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    args = _parse(argv)
    # Every framework is measured with bytecode caches, as it runs when deployed: with
    # PYTHONDONTWRITEBYTECODE inherited from the shell, the warm-up pass writes no .pyc
    # and each import (ours, litestar's, the peers') compiles its source again.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        chosen = scenarios.select(args.scenarios)
    except ValueError as exc:
        raise SystemExit(str(exc)) from None
    keys = [s.key for s in chosen]
    frameworks = _resolve(args)
    cpus = sorted(os.sched_getaffinity(0))
    other_cpu = next((c for c in cpus if c != args.cpu), None)
    if other_cpu is not None:
        os.sched_setaffinity(0, {other_cpu})  # keep the driver off the workers' CPU
    started = time.perf_counter()
    results: dict[str, Any] = {
        "meta": {
            "started": datetime.datetime.now().isoformat(timespec="seconds"),
            "host": socket.gethostname(),
            "cpus": len(cpus),
            "worker_cpu": args.cpu,
            "rounds": args.rounds,
            "batch_ms": args.batch_ms,
            "argv": sys.argv[1:] if argv is None else argv,
        },
        "frameworks": {
            n: {"python": p, "module": m, "info": None, "errors": {}} for n, (p, m) in frameworks.items()
        },
        "scenarios": keys,
        "imports": {},
        "construct": {},
        "memory": {},
    }
    if not args.no_inproc:
        _run_inproc(results, frameworks, keys, args)
    if args.import_repeats:
        _log(f"import times ({args.import_repeats} fresh interpreters each)")
        _import_times(results, frameworks, args)
    if args.http:
        http_scenarios = scenarios.select(args.http_scenarios)
        options = HttpOptions(
            scenarios=http_scenarios,
            rounds=args.http_rounds,
            duration=args.http_duration,
            connections=args.connections,
            server_cpu=other_cpu if other_cpu is not None else None,
            load_cpu=args.cpu if other_cpu is not None else None,
            tool=args.load_tool,
        )
        ok = {n: fw for n, fw in frameworks.items() if not results["frameworks"][n].get("error")}
        _log(f"HTTP: {len(ok)} servers, {len(http_scenarios)} scenarios, {args.http_rounds} rounds")
        results["http"] = run_http(ok, options)
    results["meta"]["total_s"] = time.perf_counter() - started
    report = _report.markdown(results)
    print(report)
    if args.markdown:
        args.markdown.write_text(report + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
