"""A subscriber: one consumer's backlog of channel events, and how it is drained.

A :class:`Subscriber` is handed out by :meth:`ChannelsPlugin.subscribe
<litestar.channels.plugin.ChannelsPlugin.subscribe>`. The plugin's fan-out task puts each
event into the backlog of every subscriber of the event's channel without waiting
(:meth:`Subscriber.put_nowait`), so one slow consumer never holds up the others: when its
backlog is full, the ``"backoff"`` strategy drops the new event and ``"dropleft"`` the
oldest one. ``None`` in the backlog marks the end of the stream (the subscriber left all
its channels).
"""

from __future__ import annotations

import asyncio
from collections import deque
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from litestar.channels._backlog import Backlog

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Callable
    from typing import TypeAlias

    from litestar.channels.plugin import ChannelsPlugin

__all__ = ("AsyncDeque", "BacklogStrategy", "EventCallback", "Subscriber")

T = TypeVar("T")

BacklogStrategy: TypeAlias = Literal["backoff", "dropleft"]
"""What happens to a new event when a subscriber's backlog is full."""

EventCallback: TypeAlias = "Callable[[bytes], Any]"
"""A callback receiving each event of a subscriber; it may be async."""


class AsyncDeque(asyncio.Queue[T], Generic[T]):
    """An :class:`asyncio.Queue` that drops its oldest item instead of blocking when full.

    ``put_nowait`` on a full deque appends the item and evicts the oldest one, which is the
    ``"dropleft"`` backlog strategy.
    """

    def __init__(self, maxsize: int | None) -> None:
        """Create the deque.

        Args:
            maxsize: The most items held; ``None`` (or ``0``) for no limit.
        """
        self._deque_maxlen = maxsize or None
        super().__init__(maxsize=0)

    def _init(self, maxsize: int) -> None:
        self._queue: deque[T] = deque(maxlen=self._deque_maxlen)

    def _get(self) -> T:
        return self._queue.popleft()

    def _put(self, item: T) -> None:
        self._queue.append(item)


class Subscriber:
    """Events of the channels a consumer subscribed to, in the order they were published."""

    __slots__ = ("_backend", "_plugin", "_queue", "_task")

    def __init__(
        self,
        plugin: ChannelsPlugin,
        max_backlog: int | None = None,
        backlog_strategy: BacklogStrategy = "backoff",
    ) -> None:
        """Create a subscriber (use :meth:`ChannelsPlugin.subscribe` instead of calling this).

        Args:
            plugin: The plugin the subscriber belongs to.
            max_backlog: The most events waiting to be consumed; ``None`` for no limit.
            backlog_strategy: ``"backoff"`` drops new events while the backlog is full,
                ``"dropleft"`` drops the oldest waiting event to make room.
        """
        self._plugin = plugin
        self._backend = plugin._backend
        self._queue: Backlog[bytes | None] = Backlog(max_backlog, dropleft=backlog_strategy == "dropleft")
        self._task: asyncio.Task[None] | None = None

    async def put(self, item: bytes | None) -> None:
        """Add an event to the backlog, waiting for room if it is full.

        Args:
            item: The event, or ``None`` to end the stream.
        """
        await self._queue.put(item)

    def put_nowait(self, item: bytes | None) -> bool:
        """Add an event to the backlog without waiting.

        Args:
            item: The event, or ``None`` to end the stream.

        Returns:
            ``False`` if the backlog was full and the event was dropped.
        """
        return self._queue.put_nowait(item)

    def _end_stream(self) -> None:
        """Mark the end of the stream, making room in a full backlog if needed."""
        queue = self._queue
        while not self.put_nowait(None):
            queue.get_nowait()

    @property
    def qsize(self) -> int:
        """The number of events waiting to be consumed."""
        return self._queue.qsize()

    async def iter_events(self) -> AsyncGenerator[bytes, None]:
        """Yield the events as they arrive, until the subscriber leaves its channels.

        Yields:
            The events (encoded as bytes), in publication order.
        """
        queue = self._queue
        while True:
            item = await queue.get()
            if item is None:
                return
            yield item

    async def _run(self, on_event: EventCallback) -> None:
        # PERF: the loop of iter_events without its async generator, taking what is already
        # in the backlog without a coroutine per event; it only suspends when empty.
        queue = self._queue
        iscoroutine = asyncio.iscoroutine
        while True:
            try:
                event = queue.get_nowait()
            except IndexError:
                event = await queue.get()
            if event is None:
                return
            result = on_event(event)
            if iscoroutine(result):
                await result

    @asynccontextmanager
    async def run_in_background(
        self, on_event: EventCallback, join: bool = True
    ) -> AsyncGenerator[None, None]:
        """Call ``on_event`` for each event in a background task while the block runs.

        Args:
            on_event: Called with each event; awaited if it returns an awaitable.
            join: On leaving the block, wait until the stream ends (the subscriber was
                unsubscribed from all its channels) and every event was handled; when
                ``False`` the task is cancelled at once.

        Yields:
            Nothing; the task runs while the block runs.
        """
        self._task = asyncio.create_task(self._run(on_event))
        try:
            yield
        finally:
            await self.stop(join=join)

    @property
    def is_running(self) -> bool:
        """Whether a background task started by :meth:`run_in_background` is running."""
        return self._task is not None and not self._task.done()

    async def stop(self, join: bool = False) -> None:
        """Stop the background task, if any.

        Args:
            join: Wait for the task to handle the rest of the stream instead of cancelling it.
        """
        task = self._task
        if task is None:
            return
        self._task = None
        if join:
            await task
            return
        if not task.done():
            task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise
