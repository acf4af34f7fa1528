"""Channels: publish events to named channels and stream them to subscribers."""

from __future__ import annotations

from litestar.channels.backends.base import ChannelsBackend
from litestar.channels.plugin import ChannelsPlugin
from litestar.channels.subscriber import Subscriber

__all__ = ("ChannelsBackend", "ChannelsPlugin", "Subscriber")
