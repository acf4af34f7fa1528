"""Channels backends on Redis: Pub/Sub (fire and forget) and streams (with history).

Both share one Redis client with the application. Events published by any process
reach the subscribers of every process connected to the same Redis.

- :class:`RedisChannelsPubSubBackend` maps each channel to a Redis Pub/Sub channel of the
  same name: nothing is stored, so there is no history.
- :class:`RedisChannelsStreamBackend` appends each event to a Redis stream per channel
  (key ``{key_prefix}_{CHANNEL}``), capped at ``history`` entries and expiring
  ``stream_ttl`` after the last publication; late joiners can read the history.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from litestar.channels.backends.base import ChannelsBackend

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Iterable

    from redis.asyncio import Redis
    from redis.asyncio.client import PubSub

__all__ = ("RedisChannelsBackend", "RedisChannelsPubSubBackend", "RedisChannelsStreamBackend")

_STREAM_BLOCK_MS = 100
"""How long one XREAD waits for events before the subscribed streams are read again.

It bounds the delay between subscribing to a new channel and its events flowing; no
event is lost meanwhile, since each stream is read from the id it had when subscribed.
"""


class RedisChannelsBackend(ChannelsBackend):
    """Common state of the Redis backends: the client, the key prefix and the idle pause."""

    def __init__(self, *, redis: Redis, key_prefix: str, stream_sleep_no_subscriptions: int) -> None:
        """Create the backend.

        Args:
            redis: The ``redis.asyncio.Redis`` client to use.
            key_prefix: Prefix of the keys the backend creates.
            stream_sleep_no_subscriptions: Milliseconds to pause between checks while
                nothing is subscribed.
        """
        self._redis = redis
        self._key_prefix = key_prefix
        self._stream_sleep_no_subscriptions = stream_sleep_no_subscriptions

    def _make_key(self, channel: str) -> str:
        return f"{self._key_prefix}_{channel.upper()}"


class RedisChannelsPubSubBackend(RedisChannelsBackend):
    """Redis Pub/Sub: events reach the processes subscribed at the time; no history."""

    def __init__(
        self,
        *,
        redis: Redis,
        stream_sleep_no_subscriptions: int = 1,
        key_prefix: str = "LITESTAR_CHANNELS",
    ) -> None:
        """Create the backend.

        Args:
            redis: The ``redis.asyncio.Redis`` client to use.
            stream_sleep_no_subscriptions: Milliseconds to pause between checks while
                nothing is subscribed.
            key_prefix: Prefix of the keys the backend creates (Pub/Sub creates none).
        """
        super().__init__(
            redis=redis, stream_sleep_no_subscriptions=stream_sleep_no_subscriptions, key_prefix=key_prefix
        )
        self._pub_sub_client: PubSub | None = None

    @property
    def _pub_sub(self) -> PubSub:
        if self._pub_sub_client is None:
            self._pub_sub_client = self._redis.pubsub()
        return self._pub_sub_client

    async def on_startup(self) -> None:
        """Nothing to do: the Pub/Sub connection opens with the first subscription."""

    async def on_shutdown(self) -> None:
        """Close the Pub/Sub connection."""
        if self._pub_sub_client is not None:
            await self._pub_sub_client.aclose()
            self._pub_sub_client = None

    async def subscribe(self, channels: Iterable[str]) -> None:
        """Subscribe the Pub/Sub connection to ``channels``.

        Args:
            channels: The channels.
        """
        names = list(channels)
        if names:
            await self._pub_sub.subscribe(*names)

    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """Unsubscribe the Pub/Sub connection from ``channels``.

        Args:
            channels: The channels.
        """
        names = list(channels)
        if names:
            await self._pub_sub.unsubscribe(*names)

    async def publish(self, data: bytes, channels: Iterable[str]) -> None:
        """Publish the event on each channel (one round trip).

        Args:
            data: The encoded event.
            channels: The channels to publish to.
        """
        async with self._redis.pipeline(transaction=False) as pipe:
            for channel in channels:
                pipe.publish(channel, data)
            await pipe.execute()

    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        """Yield ``(channel, data)`` for each message of the subscribed channels.

        Yields:
            The events, in the order Redis delivers them.
        """
        pause = self._stream_sleep_no_subscriptions / 1000
        while True:
            pub_sub = self._pub_sub
            if not pub_sub.subscribed:
                await asyncio.sleep(pause)
                continue
            message = await pub_sub.get_message(ignore_subscribe_messages=True, timeout=1.0)
            if message is None or message["type"] != "message":
                continue
            channel = message["channel"]
            yield (channel.decode() if isinstance(channel, bytes) else channel), message["data"]

    async def get_history(self, channel: str, limit: int | None = None) -> list[bytes]:
        """Pub/Sub keeps no history.

        Raises:
            NotImplementedError: Always.
        """
        raise NotImplementedError()


class RedisChannelsStreamBackend(RedisChannelsBackend):
    """Redis streams: one capped, expiring stream per channel, so history is available."""

    def __init__(
        self,
        history: int,
        *,
        redis: Redis,
        stream_sleep_no_subscriptions: int = 1,
        cap_streams_approximate: bool = True,
        stream_ttl: int | timedelta = timedelta(seconds=60),
        key_prefix: str = "LITESTAR_CHANNELS",
    ) -> None:
        """Create the backend.

        Args:
            history: How many events each stream keeps.
            redis: The ``redis.asyncio.Redis`` client to use.
            stream_sleep_no_subscriptions: Milliseconds to pause between checks while
                nothing is subscribed.
            cap_streams_approximate: Trim streams approximately (``MAXLEN ~``), which
                Redis does much faster; a stream may then hold a few more entries.
            stream_ttl: How long a stream lives after its last event (an ``int`` is in
                milliseconds).
            key_prefix: Prefix of the stream keys.
        """
        super().__init__(
            redis=redis, stream_sleep_no_subscriptions=stream_sleep_no_subscriptions, key_prefix=key_prefix
        )
        self._history_limit = history
        self._cap_streams_approximate = cap_streams_approximate
        self._stream_ttl_ms = (
            int(stream_ttl.total_seconds() * 1000) if isinstance(stream_ttl, timedelta) else stream_ttl
        )
        self._last_ids: dict[str, bytes | str] = {}
        """Stream key -> id of the last entry delivered (or present when subscribed)."""

    def _get_subscribed_channels(self) -> set[str]:
        return set(self._last_ids)

    async def on_startup(self) -> None:
        """Nothing to do: streams are created by the first publication."""

    async def on_shutdown(self) -> None:
        """Forget the subscriptions."""
        self._last_ids.clear()

    async def subscribe(self, channels: Iterable[str]) -> None:
        """Read ``channels`` from their current end on.

        Args:
            channels: The channels.
        """
        for channel in channels:
            key = self._make_key(channel)
            if key in self._last_ids:
                continue
            last: Any = await self._redis.xrevrange(key, count=1)
            self._last_ids[key] = last[0][0] if last else "0-0"

    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """Stop reading ``channels``.

        Args:
            channels: The channels.
        """
        for channel in channels:
            self._last_ids.pop(self._make_key(channel), None)

    async def publish(self, data: bytes, channels: Iterable[str]) -> None:
        """Append the event to each channel's stream and renew the stream's expiry.

        Args:
            data: The encoded event.
            channels: The channels to publish to.
        """
        async with self._redis.pipeline(transaction=True) as pipe:
            for channel in channels:
                key = self._make_key(channel)
                pipe.xadd(
                    key,
                    {"data": data, "channel": channel},
                    maxlen=max(self._history_limit, 1),
                    approximate=self._cap_streams_approximate,
                )
                pipe.pexpire(key, self._stream_ttl_ms)
            await pipe.execute()

    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        """Yield ``(channel, data)`` for each entry added to a subscribed stream.

        Yields:
            The events, in stream order per channel.
        """
        pause = self._stream_sleep_no_subscriptions / 1000
        while True:
            if not self._last_ids:
                await asyncio.sleep(pause)
                continue
            streams = dict(self._last_ids)
            results: Any = await self._redis.xread(streams, block=_STREAM_BLOCK_MS)  # type: ignore[arg-type]
            for raw_key, entries in results or ():
                key = raw_key.decode() if isinstance(raw_key, bytes) else raw_key
                for entry_id, fields in entries:
                    if key not in self._last_ids:
                        # Unsubscribed while the previous events were handled.
                        break
                    self._last_ids[key] = entry_id
                    channel = _field(fields, "channel")
                    yield (
                        (channel.decode() if isinstance(channel, bytes) else channel),
                        _field(fields, "data"),
                    )

    async def get_history(self, channel: str, limit: int | None = None) -> list[bytes]:
        """Return the last events of ``channel``, oldest first.

        Args:
            channel: The channel.
            limit: The most events returned; ``None`` for the stream's ``history``.

        Returns:
            The events.
        """
        count = self._history_limit if limit is None else limit
        if count <= 0:
            return []
        entries: Any = await self._redis.xrevrange(self._make_key(channel), count=count)
        return [_field(fields, "data") for _, fields in reversed(entries)]

    async def flush_all(self) -> int:
        """Delete every key of this backend's prefix.

        Returns:
            The number of keys deleted.
        """
        keys = [key async for key in self._redis.scan_iter(match=f"{self._key_prefix}*")]
        if not keys:
            return 0
        return int(await self._redis.delete(*keys))


def _field(fields: dict[Any, Any], name: str) -> Any:
    """Read a stream entry field, whether the client decodes responses or not."""
    value = fields.get(name.encode())
    return fields.get(name) if value is None else value
