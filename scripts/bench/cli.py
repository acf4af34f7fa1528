"""CLI benchmark: start-up time of ``litestar`` commands, and how fast ``run --reload`` reloads.

Compares our packages with litestar 2.17 on the same project directory (an ``app.py`` of
30 routes in controllers with guards, written against the public API), each side's own
``litestar`` console script:

- **help**, **version**, **routes**, **info**: wall time of one invocation in a fresh
  process (what a user waits for), sides alternating, ``--repeats`` each; the figure is
  the median, and the ratio the median of the per-pair ratios.
- **reload**: ``litestar run --reload`` on a free port; the driver rewrites ``app.py`` so
  ``GET /`` answers a new text and polls (every 10 ms, fresh connections) until it does.
  The figure is the median over ``--reloads`` changes per side, from the file write to
  the first answer of the new code. The sides run one after the other, never together.

Usage: ``python scripts/bench/cli.py [--ours DIR] [--ref DIR] [--repeats 9] [--reloads 5]``
(DIR: a venv's ``bin`` directory holding ``litestar``).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

__all__ = ("COMMANDS", "main")

REPO = Path(__file__).resolve().parents[2]

COMMANDS = {"help": ["--help"], "version": ["version"], "routes": ["routes"], "info": ["info"]}

_RESOURCE = """
class {name}Controller(Controller):
    path = "/{lower}"
    guards = [authenticated]

    @get("/")
    async def list_{lower}(self) -> list[dict]:
        return []

    @get("/{{item_id:int}}")
    async def get_{lower}(self, item_id: int) -> dict:
        return {{"id": item_id}}

    @post("/", guards=[admin])
    async def create_{lower}(self, data: dict) -> dict:
        return data
"""

_HEADER = """
from typing import Any
from litestar import Controller, Litestar, get, post
from litestar.connection import ASGIConnection


def authenticated(connection: ASGIConnection, handler: Any) -> None:
    pass


def admin(connection: ASGIConnection, handler: Any) -> None:
    pass


@get("/")
async def index() -> str:
    return "VERSION"
"""

_NAMES = ("Users", "Orders", "Items", "Carts", "Invoices", "Shops", "Reviews", "Tags", "Files", "Teams")


def write_app(directory: Path, version: str = "VERSION") -> None:
    """Write the benchmark project's ``app.py``: 31 routes, ``GET /`` answering ``version``."""
    resources = "".join(_RESOURCE.format(name=name, lower=name.lower()) for name in _NAMES)
    handlers = ", ".join(f"{name}Controller" for name in _NAMES)
    source = _HEADER.replace("VERSION", version) + resources + f"\napp = Litestar([index, {handlers}])\n"
    (directory / "app.py").write_text(textwrap.dedent(source))


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LITESTAR_")}
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)
    return {**env, "COLUMNS": "120", "PYTHONUNBUFFERED": "1"}


def time_command(bin_dir: Path, project: Path, args: list[str]) -> float:
    """Return the wall time of one ``litestar ARGS`` in ``project``."""
    started = time.perf_counter()
    # Output is discarded unread: the reference side's output is not to be looked at.
    result = subprocess.run(
        [str(bin_dir / "litestar"), *args],
        cwd=project,
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{bin_dir / 'litestar'} {' '.join(args)} exited with {result.returncode}")
    return took


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _body(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bytes(response.read())
    except OSError:
        return b""


def _wait_for(url: str, expected: bytes, timeout: float = 60) -> float:
    started = time.monotonic()
    while _body(url) != expected:
        if time.monotonic() - started > timeout:
            raise SystemExit(f"{url} never answered {expected!r}")
        time.sleep(0.01)
    return time.monotonic() - started


def time_reloads(bin_dir: Path, project: Path, reloads: int) -> list[float]:
    """Start ``litestar run --reload``, change ``app.py`` ``reloads`` times, time each reload."""
    write_app(project, "V0")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    process = subprocess.Popen(
        [str(bin_dir / "litestar"), "run", "--reload", "--port", str(port)],
        cwd=project,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for(url, b"V0")
        time.sleep(1)  # the watcher starts shortly after the first server process
        took = []
        for number in range(1, reloads + 1):
            write_app(project, f"V{number}")
            took.append(_wait_for(url, f"V{number}".encode()))
            time.sleep(0.5)
        return took
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def main() -> None:
    """Time the commands and the reloads on both sides and print markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", type=Path, default=REPO / ".venv" / "bin")
    parser.add_argument("--ref", type=Path, default=Path("/tmp/litestar-oracle/bin"))
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--reloads", type=int, default=5)
    parser.add_argument("--commands", default=",".join(COMMANDS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        write_app(project)
        print("| command | ours ms | litestar 2.17 ms | ratio |")
        print("|---|---:|---:|---:|")
        for name in filter(None, args.commands.split(",")):
            command = COMMANDS[name]
            for side in (args.ours, args.ref):  # warm-up: .pyc files
                time_command(side, project, command)
            ours, ref = [], []
            for _ in range(args.repeats):
                ours.append(time_command(args.ours, project, command))
                ref.append(time_command(args.ref, project, command))
            ratio = statistics.median(o / r for o, r in zip(ours, ref, strict=True))
            label = f"`litestar {' '.join(command)}`"
            o, r = statistics.median(ours) * 1000, statistics.median(ref) * 1000
            print(f"| {label} | {o:.0f} | {r:.0f} | {ratio:.2f}x |", flush=True)
        if args.reloads:
            ours_reloads = time_reloads(args.ours, project, args.reloads)
            ref_reloads = time_reloads(args.ref, project, args.reloads)
            o, r = statistics.median(ours_reloads), statistics.median(ref_reloads)
            print(
                f"| `run --reload`: file write to new answer (median of {args.reloads}; max ours "
                f"{max(ours_reloads) * 1000:.0f}, litestar {max(ref_reloads) * 1000:.0f}) "
                f"| {o * 1000:.0f} | {r * 1000:.0f} | {o / r:.2f}x |"
            )


if __name__ == "__main__":
    main()
