"""``litestar.contrib.htmx.types``: the shapes of htmx header values."""

from __future__ import annotations

from litestar.plugins.htmx import HtmxHeaderType, LocationType, TriggerEventType

__all__ = ("HtmxHeaderType", "LocationType", "TriggerEventType")
