"""HTTP mode: one uvicorn server per framework, loaded in turn by wrk (or ``_loadgen``).

Servers run pinned to one CPU, the load generator to another; frameworks are interleaved
round by round (the order rotates) and every response is checked over HTTP first.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import scenarios

__all__ = ("HttpOptions", "run_http")

HERE = Path(__file__).resolve().parent
APPS = HERE / "apps"


@dataclass
class HttpOptions:
    """Settings of an HTTP run."""

    scenarios: list[scenarios.Scenario]
    rounds: int = 2
    duration: float = 5.0
    warmup: float = 1.0
    connections: int = 64
    server_cpu: int | None = None
    load_cpu: int | None = None
    tool: str = "auto"
    log: Any = field(default=sys.stderr)


def _pinned(cpu: int | None) -> Any:
    if cpu is None:
        return None
    return lambda: os.sched_setaffinity(0, {cpu})


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(python: str, module: str, cpu: int | None) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    cmd = [
        python,
        "-m",
        "uvicorn",
        f"{module}:app",
        "--app-dir",
        str(APPS),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--http",
        "httptools",
        "--loop",
        "uvloop",
        "--workers",
        "1",
        "--log-level",
        "warning",
        "--no-access-log",
        "--lifespan",
        "on",
    ]
    proc = subprocess.Popen(cmd, cwd=APPS, preexec_fn=_pinned(cpu), stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("uvicorn did not start listening within 90 s")


def _check(port: int, scenario: scenarios.Scenario) -> str | None:
    for case in scenario.cases:
        request = case.request
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            headers = {"content-type": request.content_type} if request.content_type else {}
            headers.update(request.headers)
            conn.request(request.method, request.target, body=request.body or None, headers=headers)
            response = conn.getresponse()
            body = response.read()
            found = {k.lower(): v for k, v in response.getheaders()}
            error = scenarios.check_response(case, response.status, found, body)
        except OSError as exc:
            error = f"{request.method} {request.target}: {exc!r}"
        finally:
            conn.close()
        if error:
            return error
    return None


_LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(port: int, request: scenarios.Request, options: HttpOptions, seconds: float) -> dict[str, float]:
    wrk = shutil.which("wrk")
    assert wrk is not None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f"wrk.method = {json.dumps(request.method)}\n")
        if request.body:
            script.write(f"wrk.body = {json.dumps(request.body.decode())}\n")
        if request.content_type:
            script.write(f'wrk.headers["Content-Type"] = {json.dumps(request.content_type)}\n')
        for name, value in request.headers:
            script.write(f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}\n")
    try:
        cmd = [
            wrk,
            "-t1",
            f"-c{options.connections}",
            f"-d{max(1, round(seconds))}s",
            "--latency",
            "-s",
            script.name,
            f"http://127.0.0.1:{port}{request.target}",
        ]
        out = subprocess.run(
            cmd, capture_output=True, text=True, check=True, preexec_fn=_pinned(options.load_cpu)
        ).stdout
    finally:
        os.unlink(script.name)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*?(\d+).*?(\d+).*?(\d+).*?(\d+)", out)
    if rps is None:
        raise RuntimeError(f"cannot parse wrk output:\n{out}")
    return {
        "rps": float(rps.group(1)),
        "p50_ms": float(p50.group(1)) * _LATENCY_UNITS[p50.group(2)] if p50 else float("nan"),
        "non2xx": float(non2xx.group(1)) if non2xx else 0.0,
        "errors": float(sum(int(g) for g in errors.groups())) if errors else 0.0,
    }


def _pyload(port: int, request: scenarios.Request, options: HttpOptions, seconds: float) -> dict[str, float]:
    cmd = [
        sys.executable,
        str(HERE / "_loadgen.py"),
        str(port),
        request.method,
        request.target,
        request.content_type or "",
        request.body.hex(),
        str(options.connections),
        str(seconds),
    ]
    out = subprocess.run(
        cmd, capture_output=True, text=True, check=True, preexec_fn=_pinned(options.load_cpu)
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def run_http(frameworks: dict[str, tuple[str, str]], options: HttpOptions) -> dict[str, Any]:
    """Benchmark ``{name: (python, module)}`` over HTTP; return raw per-round samples.

    Returns:
        ``{"tool", "connections", "duration", "rounds", "scenarios", "rps", "p50_ms", "errors"}``
        where ``rps``/``p50_ms`` map name -> scenario key -> one sample per round (``None``
        when the framework answered that scenario wrongly).
    """
    tool = options.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "python"
    load = _wrk if tool == "wrk" else _pyload
    keys = [s.key for s in options.scenarios]
    rps: dict[str, dict[str, list[float | None]]] = {}
    p50: dict[str, dict[str, list[float | None]]] = {}
    errors: dict[str, dict[str, str | None]] = {}
    servers: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
    try:
        for name, (python, module) in frameworks.items():
            try:
                servers[name] = _start_server(python, module, options.server_cpu)
            except RuntimeError as exc:
                errors[name] = dict.fromkeys(keys, f"server: {exc}")
                continue
            port = servers[name][1]
            errors[name] = {s.key: _check(port, s) for s in options.scenarios}
            rps[name] = {k: [] for k in keys}
            p50[name] = {k: [] for k in keys}
            for scenario in options.scenarios:
                if errors[name][scenario.key] is None and options.warmup > 0:
                    load(port, scenario.timed.request, options, options.warmup)
        names = list(servers)
        for round_no in range(options.rounds):
            order = names[round_no % len(names) :] + names[: round_no % len(names)] if names else []
            for scenario in options.scenarios:
                for name in order:
                    if errors[name][scenario.key] is not None:
                        rps[name][scenario.key].append(None)
                        p50[name][scenario.key].append(None)
                        continue
                    result = load(servers[name][1], scenario.timed.request, options, options.duration)
                    bad = result["non2xx"] + result["errors"]
                    if bad:
                        errors[name][scenario.key] = f"{bad:.0f} non-2xx/socket errors under load"
                    rps[name][scenario.key].append(result["rps"])
                    p50[name][scenario.key].append(result["p50_ms"])
                    print(
                        f"  http round {round_no + 1}/{options.rounds} {scenario.label:<28} {name:<11} "
                        f"{result['rps']:9.0f} req/s",
                        file=options.log,
                        flush=True,
                    )
    finally:
        for proc, _port in servers.values():
            proc.terminate()
        for proc, _port in servers.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return {
        "tool": tool,
        "connections": options.connections,
        "duration": options.duration,
        "rounds": options.rounds,
        "scenarios": keys,
        "rps": rps,
        "p50_ms": p50,
        "errors": errors,
    }
