"""The app returns memory freed during startup to the OS, once."""

from __future__ import annotations

import sys

import pytest
from litestar import Litestar, _memory, get
from litestar.testing import TestClient


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_memory, "_done", False)


def _rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc heap trimming is Linux-only")
def test_release_unused_memory_returns_freed_heap_pages() -> None:
    """After freeing many malloc'd blocks, trimming lowers the resident size."""
    _memory.release_unused_memory()  # warm up _ctypes so its import does not count
    _memory._done = False
    blocks = [bytearray(4096) for _ in range(20_000)]  # ~80 MiB of malloc'd blocks
    del blocks[: len(blocks) - 1]
    before = _rss_kib()
    _memory.release_unused_memory()
    assert _rss_kib() < before


class _CountingTrim:
    """Stands for glibc's ``malloc_trim``: records the calls instead of trimming."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, pad: int) -> int:
        self.calls.append(pad)
        return 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc heap trimming is Linux-only")
def test_the_heap_is_trimmed_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two calls, and two apps started one after the other, trim the heap exactly once."""
    trim = _CountingTrim()
    monkeypatch.setattr(_memory, "_load_malloc_trim", lambda: trim)
    _memory.release_unused_memory()
    _memory.release_unused_memory()

    @get("/")
    async def index() -> str:
        return "ok"

    for _ in range(2):
        with TestClient(Litestar([index])) as client:
            assert client.get("/").text == "ok"
    assert trim.calls == [0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc heap trimming is Linux-only")
def test_malloc_trim_is_reached_without_the_ctypes_package() -> None:
    """glibc's ``malloc_trim`` is loaded from ``_ctypes`` alone and answers like the C function."""
    import subprocess

    code = (
        "import sys; from litestar import _memory; trim = _memory._load_malloc_trim(); "
        "print(trim(0) in (0, 1), 'ctypes' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside Linux nothing is attempted."""
    monkeypatch.setattr(_memory.sys, "platform", "darwin")
    _memory.release_unused_memory()
    assert _memory._done is False


def test_lifespan_startup_releases_memory() -> None:
    """Entering the app's lifespan trims once, after the startup hooks."""

    @get("/")
    async def index() -> str:
        return "ok"

    with TestClient(Litestar([index])) as client:
        assert client.get("/").text == "ok"
    assert _memory._done is sys.platform.startswith("linux")
