"""An in-process channels backend: events never leave the process."""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING, Any

from litestar.channels.backends.base import ChannelsBackend

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Iterable

__all__ = ("MemoryChannelsBackend",)


class MemoryChannelsBackend(ChannelsBackend):
    """Events published in this process reach the subscribers of this process only.

    With ``history``, the last ``history`` events of each channel are kept (also for
    channels nobody listens to) and served to late joiners.
    """

    def __init__(self, history: int = 0) -> None:
        """Create the backend.

        Args:
            history: How many events per channel to keep; ``0`` keeps none.
        """
        self._max_history_length = history
        self._channels: set[str] = set()
        self._queue: asyncio.Queue[tuple[str, bytes]] | None = None
        self._history: dict[str, deque[bytes]] = {}

    async def on_startup(self) -> None:
        """Create the event queue of the running event loop."""
        self._queue = asyncio.Queue()

    async def on_shutdown(self) -> None:
        """Drop the event queue."""
        self._queue = None

    async def publish(self, data: bytes, channels: Iterable[str]) -> None:
        """Queue the event for the subscribed channels and record it in their history.

        Args:
            data: The encoded event.
            channels: The channels to publish to.

        Raises:
            RuntimeError: If the backend was not started.
        """
        if self._queue is None:
            raise RuntimeError("Backend not yet initialized. Did you forget to call on_startup?")
        for channel in channels:
            if channel in self._channels:
                self._queue.put_nowait((channel, data))
            if self._max_history_length:
                history = self._history.get(channel)
                if history is None:
                    history = self._history[channel] = deque(maxlen=self._max_history_length)
                history.append(data)

    async def subscribe(self, channels: Iterable[str]) -> None:
        """Deliver the events of ``channels`` from now on.

        Args:
            channels: The channels.
        """
        self._channels.update(channels)

    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """Stop delivering the events of ``channels``.

        Args:
            channels: The channels.
        """
        self._channels.difference_update(channels)

    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        """Yield ``(channel, data)`` for every event of the subscribed channels.

        Yields:
            The events, in publication order.

        Raises:
            RuntimeError: If the backend was not started.
        """
        if self._queue is None:
            raise RuntimeError("Backend not yet initialized. Did you forget to call on_startup?")
        queue = self._queue
        while True:
            channel, data = await queue.get()
            # An event queued before its channel was unsubscribed is not delivered.
            if channel in self._channels:
                yield channel, data

    async def get_history(self, channel: str, limit: int | None = None) -> list[bytes]:
        """Return the kept events of ``channel``, oldest first.

        Args:
            channel: The channel.
            limit: The most events returned; ``None`` for all that are kept.

        Returns:
            The events.
        """
        history = self._history.get(channel)
        if not history:
            return []
        if limit is None or limit >= len(history):
            return list(history)
        return list(history)[-limit:] if limit > 0 else []
