"""The subscriber backlog: order, the two full-backlog strategies, and waiting on either side."""

from __future__ import annotations

import asyncio

import pytest
from litestar.channels._backlog import Backlog


def test_unbounded_backlog_keeps_everything_in_order() -> None:
    backlog: Backlog[int] = Backlog()
    assert all(backlog.put_nowait(number) for number in range(1000))
    assert backlog.qsize() == 1000
    assert [backlog.get_nowait() for _ in range(1000)] == list(range(1000))
    with pytest.raises(IndexError):
        backlog.get_nowait()


@pytest.mark.parametrize(
    ("dropleft", "accepted", "kept"), [(False, [True, True, False], [1, 2]), (True, [True] * 3, [2, 3])]
)
def test_a_full_backlog_refuses_or_evicts(dropleft: bool, accepted: list[bool], kept: list[int]) -> None:
    backlog: Backlog[int] = Backlog(2, dropleft=dropleft)
    assert [backlog.put_nowait(number) for number in (1, 2, 3)] == accepted
    assert [backlog.get_nowait() for _ in range(backlog.qsize())] == kept


async def test_get_waits_for_an_item() -> None:
    backlog: Backlog[str] = Backlog()
    getter = asyncio.create_task(backlog.get())
    await asyncio.sleep(0)
    assert not getter.done()
    backlog.put_nowait("event")
    assert await asyncio.wait_for(getter, 5) == "event"


async def test_put_waits_for_room_in_a_bounded_backlog() -> None:
    backlog: Backlog[int] = Backlog(1)
    backlog.put_nowait(1)
    putter = asyncio.create_task(backlog.put(2))
    await asyncio.sleep(0)
    assert not putter.done()
    assert backlog.get_nowait() == 1
    await asyncio.wait_for(putter, 5)
    assert backlog.get_nowait() == 2


async def test_a_cancelled_getter_passes_its_item_on() -> None:
    backlog: Backlog[str] = Backlog()
    first = asyncio.create_task(backlog.get())
    second = asyncio.create_task(backlog.get())
    await asyncio.sleep(0)
    backlog.put_nowait("event")  # wakes the first getter ...
    first.cancel()  # ... which is cancelled before it runs
    assert await asyncio.wait_for(second, 5) == "event"
    assert first.cancelled()


async def test_a_cancelled_putter_passes_the_room_on() -> None:
    backlog: Backlog[int] = Backlog(1)
    backlog.put_nowait(0)
    first = asyncio.create_task(backlog.put(1))
    second = asyncio.create_task(backlog.put(2))
    await asyncio.sleep(0)
    assert backlog.get_nowait() == 0  # wakes the first putter ...
    first.cancel()  # ... which is cancelled before it runs
    await asyncio.wait_for(second, 5)
    assert backlog.get_nowait() == 2
    assert first.cancelled()


async def test_cancelled_waiters_leave_no_trace() -> None:
    backlog: Backlog[int] = Backlog(1)
    getter = asyncio.create_task(backlog.get())
    await asyncio.sleep(0)
    getter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await getter
    backlog.put_nowait(1)
    putter = asyncio.create_task(backlog.put(2))
    await asyncio.sleep(0)
    putter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await putter
    assert backlog.get_nowait() == 1
    assert backlog.qsize() == 0
