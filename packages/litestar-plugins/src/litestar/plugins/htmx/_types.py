"""The htmx header names and the shapes of the values some headers carry."""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal, Required, TypeAlias, TypedDict

__all__ = (
    "EventAfterType",
    "HTMXHeaders",
    "HtmxHeaderType",
    "LocationType",
    "PushUrlType",
    "ReSwapMethod",
    "TriggerEventType",
)

ReSwapMethod: TypeAlias = Literal[
    "innerHTML", "outerHTML", "beforebegin", "afterbegin", "beforeend", "afterend", "delete", "none", None
]
"""How htmx swaps the response into the page (``HX-Reswap``)."""

EventAfterType: TypeAlias = Literal["receive", "settle", "swap", None]
"""When a triggered event fires: on receipt, after settling or after swapping."""

PushUrlType: TypeAlias = str | bool
"""A URL to push into the browser history, or ``False`` to prevent it."""


class HTMXHeaders(str, Enum):
    """The request and response headers of the htmx protocol."""

    REDIRECT = "HX-Redirect"
    REFRESH = "HX-Refresh"
    PUSH_URL = "HX-Push-Url"
    REPLACE_URL = "HX-Replace-Url"
    RE_SWAP = "HX-Reswap"
    RE_TARGET = "HX-Retarget"
    LOCATION = "HX-Location"

    TRIGGER_EVENT = "HX-Trigger"
    TRIGGER_AFTER_SETTLE = "HX-Trigger-After-Settle"
    TRIGGER_AFTER_SWAP = "HX-Trigger-After-Swap"

    REQUEST = "HX-Request"
    BOOSTED = "HX-Boosted"
    CURRENT_URL = "HX-Current-URL"
    HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request"
    PROMPT = "HX-Prompt"
    TARGET = "HX-Target"
    TRIGGER_ID = "HX-Trigger"  # the request header shares its name with the response one
    TRIGGER_NAME = "HX-Trigger-Name"
    TRIGGERING_EVENT = "Triggering-Event"


class LocationType(TypedDict):
    """The JSON object of an ``HX-Location`` header."""

    path: Required[str]
    source: str | None
    event: str | None
    target: str | None
    select: str | None
    swap: ReSwapMethod | None
    values: dict[str, str] | None
    hx_headers: dict[str, Any] | None


class TriggerEventType(TypedDict):
    """An event for the client to trigger, with its parameters and timing."""

    name: Required[str]
    params: dict[str, Any] | None
    after: EventAfterType | None


class HtmxHeaderType(TypedDict, total=False):
    """Every htmx response header, by purpose."""

    location: LocationType | None
    redirect: str | None
    refresh: bool
    push_url: PushUrlType | None
    replace_url: PushUrlType | None
    re_swap: ReSwapMethod | None
    re_target: str | None
    trigger_event: TriggerEventType | None
