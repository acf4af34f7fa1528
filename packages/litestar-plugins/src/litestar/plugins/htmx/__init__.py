"""htmx support: ``HTMXRequest`` (``request.htmx``), htmx responses and ``HTMXPlugin``."""

from __future__ import annotations

from litestar.plugins.htmx._plugin import HTMXConfig, HTMXPlugin
from litestar.plugins.htmx._request import HTMXDetails, HTMXRequest
from litestar.plugins.htmx._response import (
    ClientRedirect,
    ClientRefresh,
    HTMXTemplate,
    HXLocation,
    HXStopPolling,
    PushUrl,
    ReplaceUrl,
    Reswap,
    Retarget,
    TriggerEvent,
)
from litestar.plugins.htmx._types import (
    EventAfterType,
    HTMXHeaders,
    HtmxHeaderType,
    LocationType,
    PushUrlType,
    ReSwapMethod,
    TriggerEventType,
)

__all__ = (
    "ClientRedirect",
    "ClientRefresh",
    "EventAfterType",
    "HTMXConfig",
    "HTMXDetails",
    "HTMXHeaders",
    "HTMXPlugin",
    "HTMXRequest",
    "HTMXTemplate",
    "HXLocation",
    "HXStopPolling",
    "HtmxHeaderType",
    "LocationType",
    "PushUrl",
    "PushUrlType",
    "ReSwapMethod",
    "ReplaceUrl",
    "Reswap",
    "Retarget",
    "TriggerEvent",
    "TriggerEventType",
)
