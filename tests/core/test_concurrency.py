"""Running blocking callables in worker threads."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from litestar import concurrency
from litestar.concurrency import (
    get_asyncio_executor,
    get_trio_capacity_limiter,
    set_asyncio_executor,
    set_trio_capacity_limiter,
    sync_to_thread,
)

_var: contextvars.ContextVar[str] = contextvars.ContextVar("_var", default="unset")


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(1, thread_name_prefix="h1-test")
    set_asyncio_executor(pool)
    yield pool
    set_asyncio_executor(None)
    pool.shutdown()


def _describe(a: int, b: int = 0) -> tuple[int, int, str, str]:
    return a, b, threading.current_thread().name, _var.get()


async def test_sync_to_thread_runs_off_the_event_loop_thread_with_context() -> None:
    _var.set("set")
    a, b, thread_name, value = await sync_to_thread(_describe, 1, b=2)
    assert (a, b, value) == (1, 2, "set")
    assert thread_name != threading.current_thread().name


async def test_sync_to_thread_uses_the_configured_executor(executor: ThreadPoolExecutor) -> None:
    assert get_asyncio_executor() is executor
    _, _, thread_name, _ = await sync_to_thread(_describe, 1)
    assert thread_name.startswith("h1-test")


def test_executor_and_limiter_can_be_set_and_reset() -> None:
    assert get_asyncio_executor() is None
    assert get_trio_capacity_limiter() is None
    sentinel = object()
    set_trio_capacity_limiter(sentinel)  # type: ignore[arg-type]
    try:
        assert get_trio_capacity_limiter() is sentinel
    finally:
        set_trio_capacity_limiter(None)
    assert sorted(concurrency.__all__) == list(concurrency.__all__)


def test_sync_to_thread_outside_asyncio_uses_trio() -> None:
    """Without a running asyncio loop the trio path is taken (trio is not installed here)."""
    import importlib.util

    if importlib.util.find_spec("trio") is not None:  # pragma: no cover - trio absent in CI
        pytest.skip("trio is installed")
    coroutine = sync_to_thread(_describe, 1)
    with pytest.raises(ModuleNotFoundError, match="trio"):
        coroutine.send(None)
    coroutine.close()
