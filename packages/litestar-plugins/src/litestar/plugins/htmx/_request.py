"""``HTMXRequest``: a request that exposes the htmx request headers as ``request.htmx``."""

from __future__ import annotations

from contextlib import suppress
from functools import cached_property
from json import JSONDecodeError, loads
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from litestar.connection import Request
from litestar.connection.base import empty_receive, empty_send
from litestar.plugins.htmx._types import HTMXHeaders

if TYPE_CHECKING:
    from litestar.types import Receive, Scope, Send

__all__ = ("HTMXDetails", "HTMXRequest")


class HTMXDetails:
    """The htmx headers of a request, decoded; falsy when the request is not from htmx."""

    def __init__(self, request: Request[Any, Any, Any]) -> None:
        """Read from ``request``'s headers.

        Args:
            request: The request.
        """
        self.request = request

    def _get_header_value(self, name: HTMXHeaders) -> str | None:
        headers = self.request.headers
        value = headers.get(name.value.lower())
        if value is not None and headers.get(f"{name.value.lower()}-uri-autoencoded") == "true":
            return unquote(value)
        return value

    def __bool__(self) -> bool:
        """Tell whether the request was made by htmx (``HX-Request: true``)."""
        return self._get_header_value(HTMXHeaders.REQUEST) == "true"

    @cached_property
    def boosted(self) -> bool:
        """The request comes from an element using ``hx-boost``."""
        return self._get_header_value(HTMXHeaders.BOOSTED) == "true"

    @cached_property
    def current_url(self) -> str | None:
        """The current URL of the browser."""
        return self._get_header_value(HTMXHeaders.CURRENT_URL)

    @cached_property
    def current_url_abs_path(self) -> str | None:
        """The path (and query) of :attr:`current_url` when it lies on this server."""
        url = self.current_url
        if url is None:
            return None
        split = urlsplit(url)
        base = urlsplit(str(self.request.base_url))
        if (split.scheme, split.netloc) != (base.scheme, base.netloc):
            return None
        return urlunsplit(("", "", split.path, split.query, split.fragment))

    @cached_property
    def history_restore_request(self) -> bool:
        """The request restores history after a miss in the local history cache."""
        return self._get_header_value(HTMXHeaders.HISTORY_RESTORE_REQUEST) == "true"

    @cached_property
    def prompt(self) -> str | None:
        """The user's answer to an ``hx-prompt``."""
        return self._get_header_value(HTMXHeaders.PROMPT)

    @cached_property
    def target(self) -> str | None:
        """The id of the target element."""
        return self._get_header_value(HTMXHeaders.TARGET)

    @cached_property
    def trigger(self) -> str | None:
        """The id of the triggered element."""
        return self._get_header_value(HTMXHeaders.TRIGGER_ID)

    @cached_property
    def trigger_name(self) -> str | None:
        """The name of the triggered element."""
        return self._get_header_value(HTMXHeaders.TRIGGER_NAME)

    @cached_property
    def triggering_event(self) -> Any:
        """The triggering event, JSON-decoded (needs the ``event-header`` extension)."""
        value = self._get_header_value(HTMXHeaders.TRIGGERING_EVENT)
        if value is None:
            return None
        with suppress(JSONDecodeError):
            return loads(value)
        return None


class HTMXRequest(Request[Any, Any, Any]):
    """A request with an :attr:`htmx` attribute describing the htmx headers."""

    __slots__ = ("htmx",)

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send) -> None:
        """Initialise the request.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        super().__init__(scope, receive, send)
        self.htmx = HTMXDetails(self)
