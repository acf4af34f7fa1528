"""Run blocking callables in worker threads, on asyncio or trio.

On asyncio the callable runs in the configured :class:`~concurrent.futures.ThreadPoolExecutor`
(the loop's default executor when none is set); on trio in ``trio.to_thread`` with the
configured capacity limiter. Context variables are propagated to the worker thread.
"""

from __future__ import annotations

import contextvars
from functools import partial
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import ThreadPoolExecutor

    import trio  # type: ignore[import-not-found,unused-ignore]

__all__ = (
    "get_asyncio_executor",
    "get_trio_capacity_limiter",
    "set_asyncio_executor",
    "set_trio_capacity_limiter",
    "sync_to_thread",
)

P = ParamSpec("P")
T = TypeVar("T")


class _State:
    __slots__ = ("executor", "limiter")

    def __init__(self) -> None:
        self.executor: ThreadPoolExecutor | None = None
        self.limiter: Any = None


_state = _State()


async def _run_in_trio(fn: Callable[[], T]) -> T:
    import trio

    result: T = await trio.to_thread.run_sync(fn, limiter=_state.limiter)
    return result


async def sync_to_thread(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a blocking callable in a worker thread and return its result.

    Args:
        fn: The synchronous callable.
        *args: Positional arguments for ``fn``.
        **kwargs: Keyword arguments for ``fn``.

    Returns:
        The result of ``fn``.
    """
    call = partial(contextvars.copy_context().run, fn, *args, **kwargs)
    try:
        import asyncio

        loop = asyncio.get_running_loop()
    except RuntimeError:  # not asyncio: trio
        return await _run_in_trio(call)
    return await loop.run_in_executor(_state.executor, call)


def get_asyncio_executor() -> ThreadPoolExecutor | None:
    """Return the executor used by :func:`sync_to_thread` on asyncio, if one was set.

    Returns:
        The executor, or ``None`` for the loop's default executor.
    """
    return _state.executor


def set_asyncio_executor(executor: ThreadPoolExecutor | None) -> None:
    """Set the executor used by :func:`sync_to_thread` on asyncio.

    Args:
        executor: The executor; ``None`` for the loop's default executor.
    """
    _state.executor = executor


def get_trio_capacity_limiter() -> trio.CapacityLimiter | None:
    """Return the capacity limiter used by :func:`sync_to_thread` on trio, if one was set.

    Returns:
        The limiter, or ``None`` for trio's default.
    """
    return _state.limiter  # type: ignore[no-any-return,unused-ignore]


def set_trio_capacity_limiter(limiter: trio.CapacityLimiter | None) -> None:
    """Set the capacity limiter used by :func:`sync_to_thread` on trio.

    Args:
        limiter: The limiter; ``None`` for trio's default.
    """
    _state.limiter = limiter
