"""ChannelsPlugin with the in-memory backend: publish, subscribe, history, backlogs."""

from __future__ import annotations

import asyncio
import gc
import threading
import tracemalloc

import pytest
from litestar.channels import ChannelsPlugin, Subscriber
from litestar.channels.backends.memory import MemoryChannelsBackend
from litestar.channels.plugin import ChannelsException
from litestar.channels.subscriber import AsyncDeque
from litestar.exceptions import ImproperlyConfiguredException


async def _drain(subscriber: Subscriber) -> list[bytes]:
    return [event async for event in subscriber.iter_events()]


def test_plugin_needs_channels_or_arbitrary_channels() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="Must define either channels"):
        ChannelsPlugin(backend=MemoryChannelsBackend())


def test_publish_before_startup_is_a_runtime_error() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a"])
    with pytest.raises(RuntimeError, match="Plugin not yet initialized"):
        plugin.publish(b"x", "a")


async def test_events_reach_subscribers_in_order_and_encoded() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a", "b"])
    async with plugin:
        both = await plugin.subscribe(["a", "b"])
        only_b = await plugin.subscribe("b")
        plugin.publish(b"raw", "a")
        plugin.publish("text", ["a", "b"])
        plugin.publish({"k": [1, 2]}, "b")
        await asyncio.sleep(0.01)
        await plugin.wait_published(b"direct", "a")
        await asyncio.sleep(0.01)
        await plugin.unsubscribe(both)
        await plugin.unsubscribe(only_b)
        assert await _drain(both) == [b"raw", b"text", b"text", b'{"k":[1,2]}', b"direct"]
        assert await _drain(only_b) == [b"text", b'{"k":[1,2]}']


async def test_unknown_channel_is_refused() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a"])
    async with plugin:
        with pytest.raises(ChannelsException, match="Unknown channel: 'zz'"):
            await plugin.subscribe(["a", "zz"])


async def test_type_encoders_apply_to_published_objects() -> None:
    class Point:
        def __init__(self, x: int) -> None:
            self.x = x

    plugin = ChannelsPlugin(
        backend=MemoryChannelsBackend(), channels=["a"], type_encoders={Point: lambda p: {"x": p.x}}
    )
    assert plugin.encode_data([Point(3)]) == b'[{"x":3}]'


async def test_unsubscribing_from_some_channels_keeps_the_stream_open() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a", "b"])
    async with plugin:
        subscriber = await plugin.subscribe(["a", "b"])
        await plugin.unsubscribe(subscriber, "a")
        await plugin.wait_published(b"to-a", "a")
        await plugin.wait_published(b"to-b", "b")
        await asyncio.sleep(0.01)
        assert subscriber.qsize == 1
        await plugin.unsubscribe(subscriber, ["b"])
        assert await _drain(subscriber) == [b"to-b"]
        # Unsubscribing an unknown subscriber does nothing.
        await plugin.unsubscribe(subscriber)


async def test_history_is_served_first_and_exactly() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(history=3), channels=["a"])
    async with plugin:
        for i in range(5):
            await plugin.wait_published(f"m{i}", "a")
        assert await plugin._backend.get_history("a") == [b"m2", b"m3", b"m4"]
        assert await plugin._backend.get_history("a", 2) == [b"m3", b"m4"]
        assert await plugin._backend.get_history("a", 0) == []
        assert await plugin._backend.get_history("nothing") == []
        async with plugin.start_subscription("a", history=2) as late:
            await plugin.wait_published("live", "a")
            await asyncio.sleep(0.01)
        assert await _drain(late) == [b"m3", b"m4", b"live"]
        everything = await plugin.subscribe("a", history=-1)
        await plugin.put_subscriber_history(everything, "a", limit=1)
        await plugin.unsubscribe(everything)
        assert await _drain(everything) == [b"m3", b"m4", b"live", b"live"]


@pytest.mark.parametrize(
    ("strategy", "accepted", "kept"),
    [("backoff", [True, True, False], [b"1", b"2"]), ("dropleft", [True, True, True], [b"2", b"3"])],
)
async def test_backlog_strategies(strategy: str, accepted: list[bool], kept: list[bytes]) -> None:
    plugin = ChannelsPlugin(
        backend=MemoryChannelsBackend(),
        channels=["a"],
        subscriber_max_backlog=2,
        subscriber_backlog_strategy=strategy,  # type: ignore[arg-type]
    )
    async with plugin:
        subscriber = await plugin.subscribe("a")
        assert [subscriber.put_nowait(item) for item in (b"1", b"2", b"3")] == accepted
        assert subscriber.qsize == 2
        # Leaving ends the stream even when the backlog is full: the oldest event makes room.
        await plugin.unsubscribe(subscriber)
        assert await _drain(subscriber) == kept[1:]


async def test_async_deque_drops_oldest() -> None:
    deque: AsyncDeque[int] = AsyncDeque(maxsize=2)
    for item in (1, 2, 3):
        deque.put_nowait(item)
    assert [deque.get_nowait(), deque.get_nowait()] == [2, 3]
    unbounded: AsyncDeque[int] = AsyncDeque(maxsize=None)
    for item in range(100):
        await unbounded.put(item)
    assert unbounded.qsize() == 100


async def test_run_in_background_joins_until_the_stream_ends() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a"])
    got: list[bytes] = []

    async def on_event(event: bytes) -> None:
        got.append(event)

    async with plugin:
        subscriber = await plugin.subscribe("a")
        async with subscriber.run_in_background(on_event):
            assert subscriber.is_running
            await plugin.wait_published(b"1", "a")
            await plugin.wait_published(b"2", "a")
            await asyncio.sleep(0.01)
            await plugin.unsubscribe(subscriber)
        assert got == [b"1", b"2"]
        assert not subscriber.is_running


async def test_run_in_background_without_join_cancels() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a"])
    got: list[bytes] = []
    async with plugin:
        subscriber = await plugin.subscribe("a")
        async with subscriber.run_in_background(got.append, join=False):
            await plugin.wait_published(b"1", "a")
            await asyncio.sleep(0.01)
        await plugin.wait_published(b"2", "a")
        await asyncio.sleep(0.01)
        assert got == [b"1"]
        assert not subscriber.is_running
        await subscriber.stop()


async def test_publish_from_another_thread_wakes_the_loop() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), channels=["a"])
    async with plugin:
        subscriber = await plugin.subscribe("a")
        thread = threading.Thread(target=plugin.publish, args=(b"from-thread", "a"))
        thread.start()
        thread.join()
        events = subscriber.iter_events()
        assert await asyncio.wait_for(anext(events), 5) == b"from-thread"


async def test_short_lived_channels_leave_no_state_behind() -> None:
    """10,000 channels each joined and left: the plugin and backend memory is back to start."""
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(), arbitrary_channels_allowed=True)
    async with plugin:

        async def churn(prefix: str, count: int) -> None:
            for i in range(count):
                async with plugin.start_subscription([f"{prefix}-{i}", f"{prefix}-{i}-b"]) as subscriber:
                    await plugin.wait_published(b"x", f"{prefix}-{i}")
                    await asyncio.sleep(0)
                    assert subscriber.qsize == 1

        await churn("warmup", 200)
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            await churn("chan", 10_000)
            await asyncio.sleep(0)
            gc.collect()
            after = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert plugin._channels == {}
        assert plugin._subscriber_channels == {}
        assert plugin._backend._channels == set()
        assert after - before < 64 * 1024, after - before


async def test_shutdown_sends_pending_publications() -> None:
    backend = MemoryChannelsBackend(history=10)
    plugin = ChannelsPlugin(backend=backend, channels=["a"])
    async with plugin:
        for i in range(5):
            plugin.publish(str(i), "a")
    await backend.on_startup()
    assert await backend.get_history("a") == [b"0", b"1", b"2", b"3", b"4"]


async def test_backend_must_be_started() -> None:
    backend = MemoryChannelsBackend()
    with pytest.raises(RuntimeError, match="Backend not yet initialized"):
        await backend.publish(b"x", ["a"])
    with pytest.raises(RuntimeError, match="Backend not yet initialized"):
        await anext(backend.stream_events())
