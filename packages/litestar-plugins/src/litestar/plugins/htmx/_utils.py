"""Building the values of htmx response headers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.exceptions import ImproperlyConfiguredException
from litestar.plugins.htmx._types import HTMXHeaders
from msgspec.json import encode

if TYPE_CHECKING:
    from litestar.plugins.htmx._types import EventAfterType, PushUrlType

__all__ = ("merge_headers", "push_url_value", "trigger_header")

_AFTER_HEADERS = {
    None: HTMXHeaders.TRIGGER_EVENT,
    "receive": HTMXHeaders.TRIGGER_EVENT,
    "settle": HTMXHeaders.TRIGGER_AFTER_SETTLE,
    "swap": HTMXHeaders.TRIGGER_AFTER_SWAP,
}


def push_url_value(url: PushUrlType) -> str:
    """Render an ``HX-Push-Url``/``HX-Replace-Url`` value (``False`` becomes ``"false"``)."""
    return "false" if url is False else str(url)


def trigger_header(name: str, params: dict[str, Any] | None, after: EventAfterType) -> tuple[str, str]:
    """Return the ``HX-Trigger*`` header for an event and its JSON value.

    Raises:
        ImproperlyConfiguredException: If ``after`` is not ``receive``, ``settle`` or ``swap``.
    """
    try:
        header = _AFTER_HEADERS[after]
    except KeyError:
        raise ImproperlyConfiguredException(
            "invalid value for 'after' param- allowed values are 'receive', 'settle' or 'swap'."
        ) from None
    return header.value, encode({name: params or {}}).decode()


def merge_headers(headers: Any, extra: dict[str, str]) -> dict[str, Any]:
    """Put htmx headers before the user's ``headers`` (a mapping or ``ResponseHeader`` list)."""
    if not headers:
        return extra
    if hasattr(headers, "items"):
        return {**extra, **headers}
    return {**extra, **{header.name: header.value for header in headers}}
