"""Fallback HTTP load generator (stdlib asyncio, keep-alive) for when ``wrk`` is absent.

Usage: ``python _loadgen.py PORT METHOD TARGET CONTENT_TYPE BODY_HEX CONNECTIONS SECONDS``;
prints one JSON object: ``requests``, ``seconds``, ``rps``, ``non2xx``, ``errors``, ``p50_ms``.
It saturates well below wrk (one Python process), so its requests/s are a lower bound
and compress ratios towards 1; prefer wrk (``apt-get install -y wrk``).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

__all__ = ("main", "run")


def _request_bytes(port: int, method: str, target: str, content_type: str, body: bytes) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", f"host: 127.0.0.1:{port}", "user-agent: bench-loadgen"]
    if body or method in {"POST", "PUT", "PATCH"}:
        lines += [f"content-type: {content_type}", f"content-length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, chunked = None, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if length is not None:
        await reader.readexactly(length)
    elif chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


class _Stats:
    __slots__ = ("errors", "latencies", "non2xx")

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.non2xx = 0
        self.errors = 0


async def _connection(port: int, payload: bytes, deadline: float, stats: _Stats) -> None:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        stats.errors += 1
        return
    try:
        while (now := time.perf_counter()) < deadline:
            writer.write(payload)
            status = await _read_response(reader)
            stats.latencies.append(time.perf_counter() - now)
            if not 200 <= status < 400:
                stats.non2xx += 1
    except (OSError, asyncio.IncompleteReadError, ValueError):
        stats.errors += 1
    finally:
        writer.close()


async def run(
    port: int, method: str, target: str, content_type: str, body: bytes, connections: int, seconds: float
) -> dict[str, float]:
    """Load ``target`` with ``connections`` keep-alive clients for ``seconds``; return the stats."""
    payload = _request_bytes(port, method, target, content_type, body)
    stats = _Stats()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(_connection(port, payload, deadline, stats) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    latencies = stats.latencies
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "non2xx": float(stats.non2xx),
        "errors": float(stats.errors),
        "p50_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
    }


def main() -> int:
    """Command line entry point (see the module docstring)."""
    port, method, target, content_type, body_hex, connections, seconds = sys.argv[1:8]
    try:
        import uvloop
    except ImportError:
        runner = asyncio.run
    else:
        runner = uvloop.run
    result = runner(
        run(
            int(port), method, target, content_type, bytes.fromhex(body_hex), int(connections), float(seconds)
        )
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
