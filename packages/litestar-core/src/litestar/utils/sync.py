"""Run synchronous callables and iterators from async code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from typing_extensions import ParamSpec

from litestar.utils.predicates import is_async_callable

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Iterator

__all__ = ("AsyncCallable", "AsyncIteratorWrapper", "ensure_async_callable", "is_async_callable")

P = ParamSpec("P")
T = TypeVar("T")

_STOP: Final = object()


def _sync_to_thread() -> Callable[..., Awaitable[Any]]:
    # NOTE: ``litestar.concurrency`` sits above utils on the import ladder.
    from litestar.concurrency import sync_to_thread

    return sync_to_thread


class AsyncCallable(Generic[P, T]):
    """Wrap a synchronous callable so that calling it returns an awaitable.

    The callable runs in a worker thread, so it may block.
    """

    __slots__ = ("_run", "func")

    def __init__(self, fn: Callable[P, T]) -> None:
        """Initialise the wrapper.

        Args:
            fn: The synchronous callable.
        """
        self.func = fn
        self._run = _sync_to_thread()

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Awaitable[T]:
        """Run the wrapped callable in a worker thread.

        Args:
            *args: Positional arguments for the callable.
            **kwargs: Keyword arguments for the callable.

        Returns:
            An awaitable of the callable's result.
        """
        return self._run(self.func, *args, **kwargs)


def ensure_async_callable(fn: Callable[P, T]) -> Callable[P, Awaitable[T]]:
    """Return ``fn`` if it is asynchronous, else an :class:`AsyncCallable` around it.

    Args:
        fn: A sync or async callable.

    Returns:
        An async callable.
    """
    if is_async_callable(fn):
        return fn
    return AsyncCallable(fn)


class AsyncIteratorWrapper(Generic[T]):
    """Iterate a synchronous iterator asynchronously, fetching each item in a worker thread."""

    __slots__ = ("generator", "iterator")

    def __init__(self, iterator: Iterator[T] | Iterable[T]) -> None:
        """Initialise the wrapper.

        Args:
            iterator: The synchronous iterator or iterable.
        """
        self.iterator = iterator if hasattr(iterator, "__next__") else iter(iterator)
        self.generator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        run = _sync_to_thread()
        iterator = self.iterator
        while (item := await run(next, iterator, _STOP)) is not _STOP:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        """Return the async generator over the items."""
        return self.generator
