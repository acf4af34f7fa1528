"""Files and pages benchmark: a 10 MB static file over uvicorn, and a rendered Jinja2 page.

Compares our packages with litestar 2.17 only (the scenarios need Litestar's static files
and template API), in the venvs of ``setup_venvs.py`` (jinja2 included):

- **static**: each framework serves ``/static/big.bin`` (10 MB) through uvicorn; a
  threaded keep-alive client (``recv_into`` a reused buffer, so the client is not the
  bottleneck) downloads it for ``--seconds``; the result is MB/s. Rounds interleave.
- **page**: in-process (no server), the CPU time per ``GET /page`` rendering a Jinja2
  page with a 20-row loop, ``url_for`` and a layout; median of ``--rounds`` batches.
  Jinja2 itself takes most of that time on both sides; ``GET /small`` (two variables)
  shows the framework's share.

Usage: ``python scripts/bench/files.py [--rounds 7] [--seconds 2] [--clients 4]``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "apps")]

import setup_venvs
from _http import _start_server

__all__ = ("main",)

SIZE = 10 * 1024 * 1024
FRAMEWORKS = ("ours", "litestar")

LAYOUT = """<!doctype html><html><head><title>{% block title %}{% endblock %}</title></head>
<body><header><h1>{{ self.title() }}</h1></header>{% block body %}{% endblock %}</body></html>"""

PAGE = """{% extends "layout.html" %}{% block title %}{{ title }}{% endblock %}{% block body %}
<table>{% for item in items %}<tr class="{{ loop.cycle('odd', 'even') }}">
<td><a href="{{ url_for('item', item_id=item.id) }}">{{ item.name }}</a></td>
<td>{{ '%.2f' | format(item.price) }}</td></tr>{% endfor %}</table>{% endblock %}"""

SMALL = "<!doctype html><h1>{{ title }}</h1><p>{{ message }}</p>"

_PAGE_TIMER = """
import asyncio, sys, time
sys.path[:0] = [{here!r}, {apps!r}]
import _asgi, files_app
from scenarios import Request
async def main():
    request = Request("GET", {path!r})
    for _ in range(200):
        response = await _asgi.call(files_app.app, request)
    assert response.status == 200 and {expected!r} in response.body, response
    n = {n}
    started = time.process_time()
    for _ in range(n):
        await _asgi.call(files_app.app, request)
    print((time.process_time() - started) / n * 1e6)
asyncio.run(main())
"""


def _prepare(root: Path) -> None:
    (root / "static").mkdir(parents=True, exist_ok=True)
    (root / "templates").mkdir(exist_ok=True)
    (root / "static" / "big.bin").write_bytes(os.urandom(SIZE))
    (root / "templates" / "layout.html").write_text(LAYOUT)
    (root / "templates" / "page.html").write_text(PAGE)
    (root / "templates" / "small.html").write_text(SMALL)


def _download(port: int, deadline: float, counts: list[int], index: int) -> None:
    buffer = bytearray(1024 * 1024)
    view = memoryview(buffer)
    request = f"GET /static/big.bin HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        pending = b""
        while time.perf_counter() < deadline:
            sock.sendall(request)
            while b"\r\n\r\n" not in pending:
                pending += sock.recv(65536)
            head, _, pending = pending.partition(b"\r\n\r\n")
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            assert head.startswith(b"HTTP/1.1 200"), head[:40]
            remaining = length - len(pending)
            pending = b""
            while remaining > 0:
                got = sock.recv_into(view, min(remaining, len(buffer)))
                if not got:
                    raise ConnectionError("server closed the connection")
                remaining -= got
            counts[index] += 1


def _throughput(port: int, clients: int, seconds: float) -> float:
    counts = [0] * clients
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    threads = [threading.Thread(target=_download, args=(port, deadline, counts, i)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) * SIZE / (time.perf_counter() - started) / 1e6


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=setup_venvs.DEFAULT_ROOT, help="venv directory")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=2.0, help="download time per round")
    parser.add_argument("--clients", type=int, default=4, help="concurrent downloads")
    parser.add_argument("--requests", type=int, default=2000, help="page renders per timed batch")
    parser.add_argument("--json", type=Path, help="write the raw samples here")
    args = parser.parse_args(argv)
    pythons = {}
    for name in FRAMEWORKS:
        python = setup_venvs.venv_python(args.root, name)
        if not python.exists():
            setup_venvs.create_venv(args.root, name, python=f"{sys.version_info[0]}.{sys.version_info[1]}")
        pythons[name] = str(python)
    work = Path(tempfile.mkdtemp(prefix="bench-files-"))
    _prepare(work)
    os.environ["BENCH_FILES_DIR"] = str(work)
    samples: dict[str, dict[str, list[float]]] = {
        n: {"static_mb_s": [], "page_us": [], "small_us": []} for n in FRAMEWORKS
    }
    servers = {name: _start_server(python, "files_app", None) for name, python in pythons.items()}
    try:
        for round_no in range(args.rounds):
            order = FRAMEWORKS if round_no % 2 == 0 else FRAMEWORKS[::-1]
            for name in order:
                samples[name]["static_mb_s"].append(_throughput(servers[name][1], args.clients, args.seconds))
                for key, path, expected in (
                    ("page_us", "/page", b"item &lt;19&gt;"),
                    ("small_us", "/small", b"A short &lt;page&gt;."),
                ):
                    code = _PAGE_TIMER.format(
                        here=str(HERE), apps=str(HERE / "apps"), n=args.requests, path=path, expected=expected
                    )
                    out = subprocess.run(
                        [pythons[name], "-c", code], capture_output=True, text=True, check=True
                    ).stdout
                    samples[name][key].append(float(out.strip().splitlines()[-1]))
            print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr)
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait()
    medians = {n: {k: statistics.median(v) for k, v in s.items()} for n, s in samples.items()}
    ours, ref = medians["ours"], medians["litestar"]
    ratios = {
        key: [a / b for a, b in zip(samples["ours"][key], samples["litestar"][key], strict=True)]
        for key in ("static_mb_s", "page_us", "small_us")
    }

    def ratio(key: str, unit: str) -> str:
        values = ratios[key]
        return f"{statistics.median(values):.2f}x {unit} ({min(values):.2f}-{max(values):.2f})"

    print("| scenario | ours | litestar 2.17 | ratio (median of rounds, range) |")
    print("|---|---|---|---|")
    print(
        f"| 10 MB static file over uvicorn (MB/s, higher is better) | {ours['static_mb_s']:.0f} | "
        f"{ref['static_mb_s']:.0f} | {ratio('static_mb_s', 'throughput')} |"
    )
    print(
        f"| rendered Jinja2 page (µs CPU per request, lower is better) | {ours['page_us']:.1f} | "
        f"{ref['page_us']:.1f} | {ratio('page_us', 'cost')} |"
    )
    print(
        f"| small Jinja2 page (µs CPU per request, lower is better) | {ours['small_us']:.1f} | "
        f"{ref['small_us']:.1f} | {ratio('small_us', 'cost')} |"
    )
    if args.json:
        args.json.write_text(json.dumps({"samples": samples, "medians": medians, "ratios": ratios}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
