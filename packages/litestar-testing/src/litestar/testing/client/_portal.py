"""Await a result computed on a blocking portal's event loop from another event loop."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, TypeVar

import anyio.to_thread

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ("wait_for_future", "wait_in_thread")

_T = TypeVar("_T")


async def wait_for_future(future: Future[_T]) -> _T:
    """Wait for ``future`` without blocking the running event loop.

    Args:
        future: A future completed by another thread, e.g. ``portal.start_task_soon(...)``.

    Returns:
        The future's result (its exception is raised).
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # not asyncio, e.g. trio
        return await wait_in_thread(future)
    # PERF(h4): wrap_future wakes this loop with a callback, no worker thread needed.
    return await asyncio.wrap_future(future)


async def wait_in_thread(future: Future[_T]) -> _T:
    """Wait for ``future`` in a worker thread (works on every anyio backend).

    Args:
        future: A future completed by another thread.

    Returns:
        The future's result (its exception is raised).
    """
    return await anyio.to_thread.run_sync(future.result)
