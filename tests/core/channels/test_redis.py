"""The Redis channels backends against a real redis-server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from litestar.channels import ChannelsPlugin, Subscriber
from litestar.channels.backends.redis import (
    RedisChannelsBackend,
    RedisChannelsPubSubBackend,
    RedisChannelsStreamBackend,
)
from redis.asyncio import Redis


@pytest.fixture(params=["pubsub", "stream"])
async def backend(request: pytest.FixtureRequest, redis_client: Redis) -> AsyncIterator[RedisChannelsBackend]:
    if request.param == "pubsub":
        yield RedisChannelsPubSubBackend(redis=redis_client)
    else:
        yield RedisChannelsStreamBackend(history=10, redis=redis_client)


async def _take(subscriber: Subscriber, count: int) -> list[bytes]:
    events = subscriber.iter_events()
    return [await asyncio.wait_for(anext(events), 5) for _ in range(count)]


async def _until_subscribed(client: Redis, wanted: dict[str, int]) -> None:
    """Wait until Redis counts ``wanted`` Pub/Sub subscribers per channel."""
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        counts = dict(await client.pubsub_numsub(*wanted))
        if all(counts.get(name.encode(), 0) >= n for name, n in wanted.items()):
            return
        assert asyncio.get_running_loop().time() < deadline, counts
        await asyncio.sleep(0.01)


async def test_events_cross_plugins_sharing_redis(backend: RedisChannelsBackend, redis_port: int) -> None:
    """Two plugins (as two processes would) each see what either publishes, in order."""
    other_client = Redis(port=redis_port)
    other_backend: RedisChannelsBackend = (
        RedisChannelsPubSubBackend(redis=other_client)
        if isinstance(backend, RedisChannelsPubSubBackend)
        else RedisChannelsStreamBackend(history=10, redis=other_client)
    )
    one = ChannelsPlugin(backend=backend, channels=["news", "other"])
    two = ChannelsPlugin(backend=other_backend, channels=["news", "other"])
    async with one, two:
        first = await one.subscribe("news")
        second = await two.subscribe(["news", "other"])
        if isinstance(backend, RedisChannelsPubSubBackend):
            # Pub/Sub delivers only what is published after Redis registered a subscription.
            await _until_subscribed(other_client, {"news": 2, "other": 1})
        for i in range(5):
            await (one if i % 2 else two).wait_published(f"m{i}", "news")
        one.publish({"other": True}, "other")
        expected = [f"m{i}".encode() for i in range(5)]
        assert await _take(first, 5) == expected
        assert await _take(second, 6) == [*expected, b'{"other":true}']
        await one.unsubscribe(first)
        await two.unsubscribe(second)
    await other_client.aclose()


async def test_pubsub_has_no_history(redis_client: Redis) -> None:
    with pytest.raises(NotImplementedError):
        await RedisChannelsPubSubBackend(redis=redis_client).get_history("a")


async def test_pubsub_uses_the_channel_name(redis_client: Redis) -> None:
    monitor = redis_client.pubsub()
    await monitor.psubscribe("*")
    backend = RedisChannelsPubSubBackend(redis=redis_client)
    await backend.on_startup()
    await backend.publish(b"hi", ["room-1"])
    messages = [await monitor.get_message(timeout=1) for _ in range(2)]
    assert messages[1] is not None
    assert (messages[1]["channel"], messages[1]["data"]) == (b"room-1", b"hi")
    await monitor.aclose()
    await backend.on_shutdown()


async def test_stream_history_ttl_and_flush(redis_client: Redis) -> None:
    backend = RedisChannelsStreamBackend(
        history=3, redis=redis_client, cap_streams_approximate=False, stream_ttl=timedelta(seconds=30)
    )
    plugin = ChannelsPlugin(backend=backend, arbitrary_channels_allowed=True)
    async with plugin:
        for i in range(5):
            await plugin.wait_published(f"m{i}", "Room")
        assert await redis_client.keys("*") == [b"LITESTAR_CHANNELS_ROOM"]
        assert 0 < await redis_client.pttl("LITESTAR_CHANNELS_ROOM") <= 30_000
        assert await backend.get_history("Room") == [b"m2", b"m3", b"m4"]
        assert await backend.get_history("Room", 1) == [b"m4"]
        assert await backend.get_history("Room", 0) == []
        async with plugin.start_subscription("Room", history=2) as late:
            await asyncio.sleep(0.05)
            await plugin.wait_published("live", "Room")
            assert await _take(late, 3) == [b"m3", b"m4", b"live"]
        await redis_client.set("unrelated", 1)
        assert await backend.flush_all() == 1
        assert await backend.flush_all() == 0
        assert await redis_client.keys("*") == [b"unrelated"]


async def test_stream_ttl_in_milliseconds(redis_client: Redis) -> None:
    backend = RedisChannelsStreamBackend(history=1, redis=redis_client, stream_ttl=60_000, key_prefix="P")
    await backend.on_startup()
    await backend.publish(b"x", ["a", "b"])
    assert sorted(await redis_client.keys("*")) == [b"P_A", b"P_B"]
    assert 0 < await redis_client.pttl("P_A") <= 60_000
    await backend.on_shutdown()


async def test_stream_decoded_client(redis_port: int) -> None:
    client = Redis(port=redis_port, decode_responses=True)
    await client.flushall()
    plugin = ChannelsPlugin(backend=RedisChannelsStreamBackend(history=2, redis=client), channels=["a"])
    async with plugin:
        subscriber = await plugin.subscribe("a")
        await plugin.wait_published(b"x", "a")
        assert await _take(subscriber, 1) == ["x"]  # type: ignore[comparison-overlap]
        await plugin.unsubscribe(subscriber)
    await client.aclose()


async def test_unsubscribed_stream_is_no_longer_read(redis_client: Redis) -> None:
    plugin = ChannelsPlugin(
        backend=RedisChannelsStreamBackend(history=5, redis=redis_client), channels=["a", "b"]
    )
    async with plugin:
        keep = await plugin.subscribe("b")
        leave = await plugin.subscribe("a")
        await plugin.unsubscribe(leave)
        await plugin.wait_published(b"for-a", "a")
        await plugin.wait_published(b"for-b", "b")
        assert await _take(keep, 1) == [b"for-b"]
        assert plugin._backend._get_subscribed_channels() == {"LITESTAR_CHANNELS_B"}  # type: ignore[attr-defined]
