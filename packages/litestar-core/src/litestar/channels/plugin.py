"""``ChannelsPlugin``: publish events to named channels, fan them out to subscribers.

Publication goes through the backend (in memory, or Redis to reach other processes);
one task per app reads the backend's event stream and puts each event into the backlog
of every local subscriber of its channel. The plugin keeps, per channel, the set of
local subscribers: the backend is subscribed to a channel while that set is non-empty,
and for arbitrary channels the entry is dropped when its last subscriber leaves, so
short-lived channels leave nothing behind.
"""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from functools import partial
from typing import TYPE_CHECKING, Any, Self

from litestar.channels.subscriber import Subscriber
from litestar.connection.websocket import WebSocket
from litestar.exceptions.base_exceptions import LitestarException, MissingDependencyException
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.websocket_handlers.route_handler import WebsocketRouteHandler
from litestar.plugins.base import InitPlugin
from litestar.serialization.msgspec_hooks import encode_json, get_serializer

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
    from types import TracebackType

    from litestar.channels.backends.base import ChannelsBackend
    from litestar.channels.subscriber import BacklogStrategy
    from litestar.config.app import AppConfig
    from litestar.types._composites import TypeEncodersMap
    from litestar.types.asgi_types import WebSocketMode
    from litestar.types.serialization import LitestarEncodableType

__all__ = ("ChannelsException", "ChannelsPlugin")


class ChannelsException(LitestarException):
    """A channels operation was refused (for example an unknown channel)."""


def _as_list(channels: str | Iterable[str]) -> list[str]:
    return [channels] if isinstance(channels, str) else list(channels)


class ChannelsPlugin(InitPlugin, AbstractAsyncContextManager["ChannelsPlugin"]):
    """Publish/subscribe on named channels, with optional WebSocket routes per channel.

    Use it as a plugin (``Litestar(plugins=[ChannelsPlugin(...)])``: it starts and stops
    with the app and handlers receive it as the ``channels`` dependency) or on its own
    with ``async with plugin:``.
    """

    def __init__(
        self,
        backend: ChannelsBackend,
        *,
        channels: Iterable[str] | None = None,
        arbitrary_channels_allowed: bool = False,
        create_ws_route_handlers: bool = False,
        ws_handler_send_history: int = 0,
        ws_handler_base_path: str = "/",
        ws_send_mode: WebSocketMode = "text",
        subscriber_max_backlog: int | None = None,
        subscriber_backlog_strategy: BacklogStrategy = "backoff",
        subscriber_class: type[Subscriber] = Subscriber,
        type_encoders: TypeEncodersMap | None = None,
    ) -> None:
        """Configure the plugin.

        Args:
            backend: The backend carrying the events.
            channels: The channels that may be used.
            arbitrary_channels_allowed: Allow any channel name (channels are then created
                on first subscription and dropped with their last subscriber).
            create_ws_route_handlers: Add a WebSocket route per channel (or one route
                ``{ws_handler_base_path}/{channel_name:str}`` with arbitrary channels) that
                streams the channel's events to the client.
            ws_handler_send_history: How many past events those routes send on connect.
            ws_handler_base_path: The path those routes are mounted under.
            ws_send_mode: Send events as ``"text"`` or ``"binary"`` WebSocket messages.
            subscriber_max_backlog: The most events waiting per subscriber.
            subscriber_backlog_strategy: What to drop when a backlog is full.
            subscriber_class: The class of the subscribers handed out.
            type_encoders: Extra encoders used to turn published objects into JSON.

        Raises:
            ImproperlyConfiguredException: If neither ``channels`` nor
                ``arbitrary_channels_allowed`` is given.
        """
        if not (channels or arbitrary_channels_allowed):
            raise ImproperlyConfiguredException(
                "Must define either channels or set arbitrary_channels_allowed=True"
            )
        self._backend = backend
        self._channels: dict[str, set[Subscriber]] = {channel: set() for channel in channels or ()}
        self._fixed_channels: frozenset[str] = frozenset(self._channels)
        self._subscriber_channels: dict[Subscriber, set[str]] = {}
        self._arbitrary_channels_allowed = arbitrary_channels_allowed
        self._create_route_handlers = create_ws_route_handlers
        self._handler_root_path = ws_handler_base_path.rstrip("/")
        self._handler_should_send_history = bool(ws_handler_send_history)
        self._history_limit = None if ws_handler_send_history < 0 else ws_handler_send_history
        self._socket_send_mode: WebSocketMode = ws_send_mode
        self._max_backlog = subscriber_max_backlog
        self._backlog_strategy: BacklogStrategy = subscriber_backlog_strategy
        self._subscriber_class = subscriber_class
        self._encode_json = partial(encode_json, serializer=get_serializer(type_encoders))
        self._pub_queue: asyncio.Queue[tuple[bytes, list[str]]] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pub_task: asyncio.Task[None] | None = None
        self._sub_task: asyncio.Task[None] | None = None

    # -- app integration --------------------------------------------------------------

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Start with the app, offer the ``channels`` dependency, add the WebSocket routes.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.
        """
        app_config.lifespan.append(self)
        app_config.signature_namespace["ChannelsPlugin"] = ChannelsPlugin
        if _di_installed():
            app_config.dependencies["channels"] = self._provide
        if self._create_route_handlers:
            app_config.route_handlers.extend(self._create_ws_handlers())
        return app_config

    async def _provide(self) -> ChannelsPlugin:
        return self

    def _create_ws_handlers(self) -> list[WebsocketRouteHandler]:
        namespace = {"WebSocket": WebSocket}
        if self._arbitrary_channels_allowed:
            path = f"{self._handler_root_path}/{{channel_name:str}}"
            return [WebsocketRouteHandler(path, signature_namespace=namespace)(self._ws_handler_func)]
        return [
            WebsocketRouteHandler(f"{self._handler_root_path}/{channel}", signature_namespace=namespace)(
                self._create_ws_handler_func(channel)
            )
            for channel in self._channels
        ]

    def _create_ws_handler_func(self, channel_name: str) -> Any:
        async def ws_handler_func(socket: WebSocket[Any, Any, Any]) -> None:
            await self._ws_handler_func(channel_name=channel_name, socket=socket)

        return ws_handler_func

    async def _ws_handler_func(self, channel_name: str, socket: WebSocket[Any, Any, Any]) -> None:
        await socket.accept()
        history = self._history_limit if self._handler_should_send_history else None
        subscriber = await self.subscribe(channel_name, history=history)
        try:
            async with subscriber.run_in_background(
                _event_sender(socket, self._socket_send_mode), join=False
            ):
                while (await socket.receive())["type"] != "websocket.disconnect":
                    pass
        finally:
            await self.unsubscribe(subscriber)

    # -- lifetime ---------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self._on_startup()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._on_shutdown()

    async def _on_startup(self) -> None:
        await self._backend.on_startup()
        self._pub_queue = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        self._pub_task = asyncio.create_task(self._pub_worker())
        self._sub_task = asyncio.create_task(self._sub_worker())

    async def _on_shutdown(self) -> None:
        if self._pub_queue is not None and self._pub_task is not None and not self._pub_task.done():
            # Events published before shutdown still go out.
            await self._pub_queue.join()
        for task in (self._pub_task, self._sub_task):
            if task is not None:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
        self._pub_task = self._sub_task = None
        self._pub_queue = None
        self._loop = None
        await self._backend.on_shutdown()

    async def _pub_worker(self) -> None:
        queue = self._pub_queue
        assert queue is not None
        while True:
            data, channels = await queue.get()
            try:
                await self._backend.publish(data, channels)
            except Exception:
                import logging

                logging.getLogger("litestar.channels").exception("Publishing to channels %r failed", channels)
            finally:
                queue.task_done()

    async def _sub_worker(self) -> None:
        channels = self._channels
        async for channel, payload in self._backend.stream_events():
            for subscriber in channels.get(channel, ()):
                subscriber.put_nowait(payload)

    # -- publishing -------------------------------------------------------------------

    def encode_data(self, data: LitestarEncodableType) -> bytes:
        """Encode an event: bytes as they are, strings as UTF-8, anything else as JSON.

        Args:
            data: The event.

        Returns:
            The encoded event.
        """
        if isinstance(data, bytes):
            return data
        if isinstance(data, str):
            return data.encode()
        return self._encode_json(data)

    def publish(self, data: LitestarEncodableType, channels: str | Iterable[str]) -> None:
        """Publish an event without waiting (a background task hands it to the backend).

        Safe to call from any thread (for example a sync handler run in a thread).

        Args:
            data: The event.
            channels: One channel or several.

        Raises:
            RuntimeError: If the plugin was not started.
        """
        queue = self._pub_queue
        if queue is None:
            raise RuntimeError("Plugin not yet initialized. Did you forget to call on_startup?")
        item = (self.encode_data(data), _as_list(channels))
        if _running_loop() is self._loop:
            queue.put_nowait(item)
        else:
            self._loop.call_soon_threadsafe(queue.put_nowait, item)  # type: ignore[union-attr]

    async def wait_published(self, data: LitestarEncodableType, channels: str | Iterable[str]) -> None:
        """Publish an event and wait until the backend has it.

        Args:
            data: The event.
            channels: One channel or several.
        """
        await self._backend.publish(self.encode_data(data), _as_list(channels))

    # -- subscribing ------------------------------------------------------------------

    async def subscribe(self, channels: str | Iterable[str], history: int | None = None) -> Subscriber:
        """Create a subscriber receiving the events of ``channels`` from now on.

        Args:
            channels: One channel or several.
            history: Put this many past events of each channel into the backlog first
                (``-1`` for all the backend keeps).

        Returns:
            The subscriber.

        Raises:
            ChannelsException: If a channel is unknown and arbitrary channels are not allowed.
        """
        names = _as_list(channels)
        if not self._arbitrary_channels_allowed:
            for channel in names:
                if channel not in self._fixed_channels:
                    raise ChannelsException(
                        f"Unknown channel: {channel!r}. Either explicitly defined the channel or set "
                        "arbitrary_channels_allowed=True"
                    )
        subscriber = self._subscriber_class(
            plugin=self, max_backlog=self._max_backlog, backlog_strategy=self._backlog_strategy
        )
        if history:
            # The past comes first: queued before the subscriber can receive live events.
            await self.put_subscriber_history(subscriber, names, limit=None if history < 0 else history)
        joined = self._subscriber_channels.setdefault(subscriber, set())
        new_channels = []
        for channel in names:
            subscribers = self._channels.get(channel)
            if subscribers is None:
                subscribers = self._channels[channel] = set()
            if not subscribers:
                new_channels.append(channel)
            subscribers.add(subscriber)
            joined.add(channel)
        if new_channels:
            await self._backend.subscribe(new_channels)
        return subscriber

    async def unsubscribe(self, subscriber: Subscriber, channels: str | Iterable[str] | None = None) -> None:
        """Remove a subscriber from some (or all) of its channels.

        When it leaves its last channel its stream ends: :meth:`Subscriber.iter_events`
        finishes once the backlog is drained.

        Args:
            subscriber: The subscriber.
            channels: The channels to leave; all of them when ``None``.
        """
        joined = self._subscriber_channels.get(subscriber)
        if joined is None:
            return
        names = list(joined) if channels is None else [c for c in _as_list(channels) if c in joined]
        emptied = []
        for channel in names:
            joined.discard(channel)
            subscribers = self._channels.get(channel)
            if subscribers is None:
                continue
            subscribers.discard(subscriber)
            if not subscribers:
                emptied.append(channel)
                if channel not in self._fixed_channels:
                    del self._channels[channel]
        if not joined:
            del self._subscriber_channels[subscriber]
            subscriber._end_stream()
        if emptied:
            await self._backend.unsubscribe(emptied)

    @asynccontextmanager
    async def start_subscription(
        self, channels: str | Iterable[str], history: int | None = None
    ) -> AsyncGenerator[Subscriber, None]:
        """Subscribe for the duration of the block.

        Args:
            channels: One channel or several.
            history: Past events to put into the backlog first.

        Yields:
            The subscriber; it is unsubscribed from all its channels on exit.
        """
        subscriber = await self.subscribe(channels, history=history)
        try:
            yield subscriber
        finally:
            await self.unsubscribe(subscriber)

    async def put_subscriber_history(
        self, subscriber: Subscriber, channels: str | Iterable[str], limit: int | None = None
    ) -> None:
        """Put the past events of ``channels`` into a subscriber's backlog.

        Args:
            subscriber: The subscriber.
            channels: One channel or several.
            limit: The most events per channel; ``None`` for all the backend keeps.
        """
        for channel in _as_list(channels):
            for entry in await self._backend.get_history(channel, limit):
                await subscriber.put(entry)


def _event_sender(socket: WebSocket[Any, Any, Any], mode: str) -> Callable[[bytes], Awaitable[None]]:
    """Send each event as one frame: what ``socket.send_data(event, mode)`` does, minus its checks.

    The socket is accepted already and events are always bytes, so only the frame remains.
    """
    send = socket.send
    if mode == "binary":

        async def send_binary(event: bytes) -> None:
            await send({"type": "websocket.send", "bytes": event, "text": None})

        return send_binary

    async def send_text(event: bytes) -> None:
        await send({"type": "websocket.send", "bytes": None, "text": event.decode()})

    return send_text


def _di_installed() -> bool:
    from litestar._discovery import load_piece

    try:
        load_piece("di")
    except MissingDependencyException:
        return False
    return True


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
