"""Responses that drive htmx on the client through ``HX-*`` response headers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.plugins.htmx._types import HTMXHeaders
from litestar.plugins.htmx._utils import merge_headers, push_url_value, trigger_header
from litestar.response import Response, Template
from msgspec.json import encode

if TYPE_CHECKING:
    from litestar.plugins.htmx._types import EventAfterType, PushUrlType, ReSwapMethod

__all__ = (
    "ClientRedirect",
    "ClientRefresh",
    "HTMXTemplate",
    "HXLocation",
    "HXStopPolling",
    "PushUrl",
    "ReplaceUrl",
    "Reswap",
    "Retarget",
    "TriggerEvent",
)

T = TypeVar("T")


class HXStopPolling(Response[Any]):
    """Tell htmx to stop polling (status ``286``)."""

    def __init__(self) -> None:
        """Initialise the response."""
        super().__init__(content=None, status_code=286)


class ClientRedirect(Response[Any]):
    """Make the browser load another page (``HX-Redirect``, a full page load)."""

    def __init__(self, redirect_to: str) -> None:
        """Initialise the response.

        Args:
            redirect_to: The URL to load.
        """
        super().__init__(content=None, headers={HTMXHeaders.REDIRECT.value: redirect_to})


class ClientRefresh(Response[Any]):
    """Make the browser reload the page (``HX-Refresh: true``)."""

    def __init__(self) -> None:
        """Initialise the response."""
        super().__init__(content=None, headers={HTMXHeaders.REFRESH.value: "true"})


class PushUrl(Response[T], Generic[T]):
    """Send content and push a URL into the browser history (``HX-Push-Url``)."""

    def __init__(self, content: T, push_url: PushUrlType, **kwargs: Any) -> None:
        """Initialise the response.

        Args:
            content: The response content.
            push_url: The URL to push, or ``False`` to prevent pushing.
            **kwargs: Other arguments of :class:`~litestar.Response`.
        """
        headers = merge_headers(
            kwargs.pop("headers", None), {HTMXHeaders.PUSH_URL.value: push_url_value(push_url)}
        )
        super().__init__(content=content, headers=headers, **kwargs)


class ReplaceUrl(Response[T], Generic[T]):
    """Send content and replace the current URL in the browser history (``HX-Replace-Url``)."""

    def __init__(self, content: T, replace_url: PushUrlType, **kwargs: Any) -> None:
        """Initialise the response.

        Args:
            content: The response content.
            replace_url: The new URL, or ``False`` to prevent replacing.
            **kwargs: Other arguments of :class:`~litestar.Response`.
        """
        headers = merge_headers(
            kwargs.pop("headers", None), {HTMXHeaders.REPLACE_URL.value: push_url_value(replace_url)}
        )
        super().__init__(content=content, headers=headers, **kwargs)


class Reswap(Response[T], Generic[T]):
    """Send content and choose how htmx swaps it in (``HX-Reswap``)."""

    def __init__(self, content: T, method: ReSwapMethod, **kwargs: Any) -> None:
        """Initialise the response.

        Args:
            content: The response content.
            method: The swap method.
            **kwargs: Other arguments of :class:`~litestar.Response`.
        """
        headers = merge_headers(kwargs.pop("headers", None), {HTMXHeaders.RE_SWAP.value: str(method)})
        super().__init__(content=content, headers=headers, **kwargs)


class Retarget(Response[T], Generic[T]):
    """Send content into another element than the requested target (``HX-Retarget``)."""

    def __init__(self, content: T, target: str, **kwargs: Any) -> None:
        """Initialise the response.

        Args:
            content: The response content.
            target: A CSS selector of the new target.
            **kwargs: Other arguments of :class:`~litestar.Response`.
        """
        headers = merge_headers(kwargs.pop("headers", None), {HTMXHeaders.RE_TARGET.value: target})
        super().__init__(content=content, headers=headers, **kwargs)


class TriggerEvent(Response[T], Generic[T]):
    """Send content and trigger a client-side event (``HX-Trigger*``)."""

    def __init__(
        self,
        content: T,
        name: str,
        after: EventAfterType,
        params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Initialise the response.

        Args:
            content: The response content.
            name: The event name.
            after: When the event fires: ``receive``, ``settle`` or ``swap``.
            params: The event's detail.
            **kwargs: Other arguments of :class:`~litestar.Response`.

        Raises:
            ImproperlyConfiguredException: If ``after`` is not one of the three.
        """
        header, value = trigger_header(name, params, after)
        headers = merge_headers(kwargs.pop("headers", None), {header: value})
        super().__init__(content=content, headers=headers, **kwargs)


class HXLocation(Response[Any]):
    """Make htmx load another location without a full page reload (``HX-Location``)."""

    def __init__(
        self,
        redirect_to: str,
        source: str | None = None,
        event: str | None = None,
        target: str | None = None,
        select: str | None = None,
        swap: ReSwapMethod | None = None,
        hx_headers: dict[str, Any] | None = None,
        values: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Initialise the response.

        Args:
            redirect_to: The path to load.
            source: The source element of the request.
            event: The event that triggered the request.
            target: The element to swap the response into.
            select: The part of the response to keep.
            swap: How to swap it in.
            hx_headers: Headers to send with the request.
            values: Values to send with the request.
            **kwargs: Other arguments of :class:`~litestar.Response`.
        """
        optional = (
            ("source", source),
            ("event", event),
            ("target", target),
            ("select", select),
            ("swap", swap),
            ("values", values),
            ("hx_headers", hx_headers),
        )
        location: dict[str, Any] = {"path": redirect_to, **{k: v for k, v in optional if v is not None}}
        headers = merge_headers(
            kwargs.pop("headers", None), {HTMXHeaders.LOCATION.value: encode(location).decode()}
        )
        super().__init__(content=None, headers=headers, **kwargs)


class HTMXTemplate(Template):
    """A template response that can also set htmx headers."""

    def __init__(
        self,
        push_url: PushUrlType | None = None,
        re_swap: ReSwapMethod | None = None,
        re_target: str | None = None,
        trigger_event: str | None = None,
        params: dict[str, Any] | None = None,
        after: EventAfterType | None = None,
        **kwargs: Any,
    ) -> None:
        """Initialise the response.

        Args:
            push_url: A URL to push into the history (``False`` prevents pushing).
            re_swap: How htmx swaps the response in.
            re_target: A CSS selector of the element to swap into.
            trigger_event: An event to trigger on the client.
            params: The event's detail.
            after: When the event fires: ``receive``, ``settle`` or ``swap``.
            **kwargs: Other arguments of :class:`~litestar.response.Template`.

        Raises:
            ImproperlyConfiguredException: If ``after`` is not one of the three.
        """
        extra: dict[str, str] = {}
        if push_url is not None:
            extra[HTMXHeaders.PUSH_URL.value] = push_url_value(push_url)
        if re_swap is not None:
            extra[HTMXHeaders.RE_SWAP.value] = re_swap
        if re_target is not None:
            extra[HTMXHeaders.RE_TARGET.value] = re_target
        if trigger_event is not None:
            header, value = trigger_header(trigger_event, params, after)
            extra[header] = value
        kwargs["headers"] = merge_headers(kwargs.get("headers"), extra)
        super().__init__(**kwargs)
