"""Background tasks: sync and async callables, sequential and task-group runs."""

from __future__ import annotations

import threading

import pytest
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.utils.sync import AsyncCallable


async def test_sync_task_runs_in_a_worker_thread_with_arguments() -> None:
    calls: list[tuple[int, int, bool]] = []
    main_thread = threading.get_ident()

    def record(a: int, b: int = 0) -> None:
        calls.append((a, b, threading.get_ident() == main_thread))

    task = BackgroundTask(record, 1, b=2)
    assert isinstance(task.fn, AsyncCallable)
    assert task.args == (1,)
    assert task.kwargs == {"b": 2}
    await task()
    assert calls == [(1, 2, False)]


async def test_async_task_is_awaited_directly() -> None:
    calls: list[str] = []

    async def record(value: str) -> None:
        calls.append(value)

    task = BackgroundTask(record, "x")
    assert task.fn is record
    await task()
    assert calls == ["x"]


@pytest.mark.parametrize("run_in_task_group", [False, True])
async def test_background_tasks_run_every_task(run_in_task_group: bool) -> None:
    calls: list[int] = []

    async def record(value: int) -> None:
        calls.append(value)

    tasks = BackgroundTasks([BackgroundTask(record, 1), BackgroundTask(record, 2)], run_in_task_group)
    assert tasks.run_in_task_group is run_in_task_group
    await tasks()
    assert sorted(calls) == [1, 2]


async def test_sequential_tasks_stop_at_the_first_error() -> None:
    calls: list[int] = []

    async def boom() -> None:
        raise ValueError("x")

    async def record(value: int) -> None:
        calls.append(value)

    with pytest.raises(ValueError, match="x"):
        await BackgroundTasks([BackgroundTask(boom), BackgroundTask(record, 3)])()
    assert calls == []


async def test_task_group_runs_the_others_and_raises_an_exception_group() -> None:
    calls: list[int] = []

    async def boom() -> None:
        raise ValueError("x")

    async def record(value: int) -> None:
        calls.append(value)

    with pytest.raises(ExceptionGroup) as exc_info:
        await BackgroundTasks([BackgroundTask(boom), BackgroundTask(record, 4)], run_in_task_group=True)()
    assert exc_info.group_contains(ValueError)
    assert calls == [4]
