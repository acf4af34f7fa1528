"""Server-sent events: the ``text/event-stream`` streaming response and its messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.response.streaming import Stream, to_async_iterable

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.datastructures.cookie import ResponseCookies
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.types.helper_types import SSEData, StreamType

__all__ = ("ServerSentEvent", "ServerSentEventMessage")

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_SSE_HEADERS: Final = {"Cache-Control": "no-cache", "Connection": "keep-alive", "X-Accel-Buffering": "no"}


@dataclass
class ServerSentEventMessage:
    """One server-sent event; ``encode()`` gives its wire format."""

    data: str | int | bytes | None = ""
    """The payload; each line becomes a ``data:`` field. ``None`` sends no data."""
    event: str | None = None
    """The event type (``event:`` field)."""
    id: int | str | None = None
    """The event id (``id:`` field)."""
    retry: int | None = None
    """The reconnection time in milliseconds (``retry:`` field)."""
    comment: str | None = None
    """A comment; each line becomes a ``:`` line."""
    sep: str = "\r\n"
    """The line separator."""

    def encode(self) -> bytes:
        """Return the event in the ``text/event-stream`` format, ending with a blank line."""
        lines: list[str] = []
        if self.comment is not None:
            lines.extend(f": {line}" for line in _LINE_BREAK.split(self.comment))
        if self.id is not None:
            lines.append(_LINE_BREAK.sub("", f"id: {self.id}"))
        if self.event is not None:
            lines.append(_LINE_BREAK.sub("", f"event: {self.event}"))
        data = self.data
        if data is not None:
            text = data.decode() if isinstance(data, bytes) else str(data)
            lines.extend(f"data: {line}" for line in _LINE_BREAK.split(text))
        if self.retry is not None:
            lines.append(f"retry: {self.retry}")
        lines.append(self.sep)
        return self.sep.join(lines).encode("utf-8")


class _ServerSentEventIterator:
    """Async iterator turning the content of a :class:`ServerSentEvent` into wire chunks."""

    __slots__ = ("comment_message", "content", "event_id", "event_type", "retry_duration")

    def __init__(
        self,
        content: Any,
        event_type: str | None,
        event_id: int | str | None,
        retry_duration: int | None,
        comment_message: str | None,
    ) -> None:
        if isinstance(content, (str, bytes)):
            content = (content,)
        elif not hasattr(content, "__iter__") and not hasattr(content, "__aiter__"):
            if not callable(content):
                raise ImproperlyConfiguredException(f"Invalid type {type(content)} for ServerSentEvent")
            content = content()
        self.content = to_async_iterable(content)
        self.event_type = event_type
        self.event_id = event_id
        self.retry_duration = retry_duration
        self.comment_message = comment_message

    def _encode(self, item: Any) -> bytes:
        if isinstance(item, ServerSentEventMessage):
            return item.encode()
        if isinstance(item, dict):
            return ServerSentEventMessage(**item).encode()
        return ServerSentEventMessage(
            data=item, event=self.event_type, id=self.event_id, retry=self.retry_duration
        ).encode()

    async def _iterate(self) -> AsyncIterator[bytes]:
        if self.comment_message is not None:
            yield "".join(f": {line}\r\n" for line in _LINE_BREAK.split(self.comment_message)).encode()
        if self.event_id is not None:
            yield f"id: {self.event_id}\r\n".encode()
        if self.event_type is not None:
            yield f"event: {self.event_type}\r\n".encode()
        if self.retry_duration is not None:
            yield f"retry: {self.retry_duration}\r\n".encode()
        content = self.content
        if hasattr(content, "__aiter__"):
            async for item in content:
                yield self._encode(item)
        else:
            for item in content:
                yield self._encode(item)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()


class ServerSentEvent(Stream):
    """A ``text/event-stream`` response sending server-sent events."""

    __slots__ = ()

    def __init__(
        self,
        content: str | bytes | StreamType[SSEData],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        headers: ResponseHeaders | None = None,
        event_type: str | None = None,
        event_id: int | str | None = None,
        retry_duration: int | None = None,
        comment_message: str | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            content: One message (``str``/``bytes``), or an iterable (or a callable
                returning one) of values, dicts of message fields, or messages.
            background: A task (or tasks) run after the response is sent.
            cookies: Cookies to set.
            encoding: The text encoding.
            headers: Headers to send, before the event-stream ones.
            event_type: The ``event:`` of the stream and of plain-value messages.
            event_id: The ``id:`` of the stream and of plain-value messages.
            retry_duration: The ``retry:`` of the stream and of plain-value messages.
            comment_message: A comment sent when the stream opens.
            status_code: The status code; the handler's when ``None``.

        Raises:
            ImproperlyConfiguredException: If ``content`` is of an unsupported type.
        """
        super().__init__(
            content=_ServerSentEventIterator(content, event_type, event_id, retry_duration, comment_message),
            background=background,
            cookies=cookies,
            encoding=encoding,
            headers=headers,
            media_type="text/event-stream",
            status_code=status_code,
        )
        self.headers.update(_SSE_HEADERS)
