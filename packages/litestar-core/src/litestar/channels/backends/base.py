"""The interface every channels backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Iterable

__all__ = ("ChannelsBackend",)


class ChannelsBackend(ABC):
    """Carries published events to the processes subscribed to their channels.

    The plugin subscribes the backend to a channel when the channel gets its first local
    subscriber and unsubscribes it when the last one leaves; :meth:`stream_events` yields
    every event of the subscribed channels, once per process.
    """

    @abstractmethod
    async def on_startup(self) -> None:
        """Connect; called when the app (or the plugin's ``async with``) starts."""

    @abstractmethod
    async def on_shutdown(self) -> None:
        """Disconnect; called when the app stops."""

    @abstractmethod
    async def publish(self, data: bytes, channels: Iterable[str]) -> None:
        """Publish one event to several channels.

        Args:
            data: The encoded event.
            channels: The channels to publish to.
        """

    @abstractmethod
    async def subscribe(self, channels: Iterable[str]) -> None:
        """Start receiving the events of ``channels``.

        Args:
            channels: The channels.
        """

    @abstractmethod
    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """Stop receiving the events of ``channels``.

        Args:
            channels: The channels.
        """

    @abstractmethod
    def stream_events(self) -> AsyncGenerator[tuple[str, bytes], None]:
        """Yield ``(channel, data)`` for every event of the subscribed channels."""

    @abstractmethod
    async def get_history(self, channel: str, limit: int | None = None) -> list[bytes]:
        """Return the last events of ``channel``, oldest first.

        Args:
            channel: The channel.
            limit: The most events returned; ``None`` for all that are kept.

        Returns:
            The events.
        """
