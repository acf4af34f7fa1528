"""Tasks run after the response has been sent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from litestar.utils.sync import ensure_async_callable

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterable

__all__ = ("BackgroundTask", "BackgroundTasks")

P = ParamSpec("P")
T = TypeVar("T")


class BackgroundTask(Generic[P]):
    """A callable and its arguments, called after the response is sent.

    Synchronous callables run in a worker thread.
    """

    __slots__ = ("args", "fn", "kwargs")

    def __init__(self, fn: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> None:
        """Initialise the task.

        Args:
            fn: The callable, sync or async.
            *args: Positional arguments for ``fn``.
            **kwargs: Keyword arguments for ``fn``.
        """
        self.fn: Callable[..., Awaitable[Any]] = ensure_async_callable(fn)
        self.args = args
        self.kwargs = kwargs

    async def __call__(self) -> None:
        """Run the task."""
        await self.fn(*self.args, **self.kwargs)


class BackgroundTasks:
    """Several background tasks, run one after another or concurrently."""

    __slots__ = ("run_in_task_group", "tasks")

    def __init__(self, tasks: Iterable[BackgroundTask[Any]], run_in_task_group: bool = False) -> None:
        """Initialise the tasks.

        Args:
            tasks: The tasks, run in order.
            run_in_task_group: Run them concurrently in an anyio task group. Then one
                failing task does not stop the others; failures are raised together as an
                ``ExceptionGroup``. Otherwise the first failure stops the rest.
        """
        self.tasks = tasks
        self.run_in_task_group = run_in_task_group

    async def __call__(self) -> None:
        """Run the tasks."""
        if self.run_in_task_group:
            from anyio import create_task_group

            async with create_task_group() as task_group:
                for task in self.tasks:
                    task_group.start_soon(task)
        else:
            for task in self.tasks:
                await task()
