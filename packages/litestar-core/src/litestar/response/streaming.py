"""Streaming responses: a body sent chunk by chunk from a sync or async iterable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from litestar.response._layered import layered_kwargs
from litestar.response.base import ASGIResponse, Response
from litestar.utils.sync import AsyncIteratorWrapper

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from anyio import CancelScope

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.enums import MediaType, OpenAPIMediaType
    from litestar.types._composites import TypeEncodersMap
    from litestar.types._protocols import AppProtocol
    from litestar.types.asgi_types import Receive, Send
    from litestar.types.helper_types import StreamType

__all__ = ("ASGIStreamingResponse", "Stream")

# NOTE: ready-made sequences are iterated on the event loop; any other sync iterator
# may block (a generator reading a file), so it is advanced in a worker thread.
_IN_LOOP_TYPES = (list, tuple, str, bytes)


def to_async_iterable(iterator: Any) -> AsyncIterable[Any] | Iterable[Any]:
    """Return ``iterator`` ready for :meth:`ASGIStreamingResponse.send_body`.

    Args:
        iterator: A sync or async iterable.

    Raises:
        TypeError: If ``iterator`` is not iterable.

    Returns:
        The async iterable, the in-memory sequence, or a thread-backed async wrapper.
    """
    if hasattr(iterator, "__aiter__") or isinstance(iterator, _IN_LOOP_TYPES):
        return iterator  # type: ignore[no-any-return]
    return AsyncIteratorWrapper(iterator)


class ASGIStreamingResponse(ASGIResponse):
    """An ASGI response streaming its body from an iterator, without ``content-length``.

    The stream stops early when the client disconnects.
    """

    __slots__ = ("iterator",)

    _announces_length: ClassVar[bool] = False

    def __init__(
        self,
        *,
        iterator: StreamType[Any],
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        body: bytes | str = b"",
        content_length: int | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        encoding: str = "utf-8",
        headers: dict[str, Any] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            iterator: The chunks (``str`` chunks are encoded with ``encoding``).
            background: A task (or tasks) run after the response is sent.
            body: Unused by streaming; kept for signature compatibility.
            content_length: Unused by streaming; no ``content-length`` is sent.
            cookies: Cookies sent as ``set-cookie`` headers.
            encoded_headers: Raw ``(name, value)`` byte pairs, sent first.
            encoding: The text encoding.
            headers: Headers to send.
            is_head_response: The response answers a ``HEAD`` request (no body).
            media_type: The media type; defaults to ``application/json``.
            status_code: The status code; defaults to 200.
        """
        super().__init__(
            background=background,
            body=body,
            content_length=content_length,
            cookies=cookies,
            encoded_headers=encoded_headers,
            encoding=encoding,
            headers=headers,
            is_head_response=is_head_response,
            media_type=media_type,
            status_code=status_code,
        )
        self.iterator: AsyncIterable[Any] | Iterable[Any] = to_async_iterable(iterator)

    async def _listen_for_disconnect(self, cancel_scope: CancelScope, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                cancel_scope.cancel()
                return

    async def _stream(self, send: Send, cancel_scope: CancelScope) -> None:
        encoding = self.encoding
        iterator = self.iterator
        if hasattr(iterator, "__aiter__"):
            async for chunk in iterator:
                body = chunk if isinstance(chunk, bytes) else chunk.encode(encoding)
                await send({"type": "http.response.body", "body": body, "more_body": True})
        else:
            for chunk in iterator:
                body = chunk if isinstance(chunk, bytes) else chunk.encode(encoding)
                await send({"type": "http.response.body", "body": body, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        # NOTE: stop listening once everything is sent, so the response does not wait
        # for the client to disconnect.
        cancel_scope.cancel()

    async def send_body(self, send: Send, receive: Receive) -> None:
        """Stream the body, stopping if the client disconnects.

        Args:
            send: The ASGI send callable.
            receive: The ASGI receive callable.
        """
        if self.is_head_response:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        from anyio import create_task_group

        async with create_task_group() as task_group:
            task_group.start_soon(self._stream, send, task_group.cancel_scope)
            await self._listen_for_disconnect(task_group.cancel_scope, receive)


class Stream(Response[Any]):
    """A response streaming its content from a sync or async iterable."""

    __slots__ = ("iterator",)

    def __init__(
        self,
        content: StreamType[str | bytes] | Callable[[], StreamType[str | bytes]],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        headers: ResponseHeaders | None = None,
        media_type: MediaType | OpenAPIMediaType | str | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            content: An iterable of chunks, or a callable returning one.
            background: A task (or tasks) run after the response is sent.
            cookies: Cookies to set.
            encoding: The text encoding of ``str`` chunks.
            headers: Headers to send.
            media_type: The media type; the handler's when ``None``.
            status_code: The status code; the handler's when ``None``.
        """
        super().__init__(
            content=b"",
            background=background,
            cookies=cookies,
            encoding=encoding,
            headers=headers,
            media_type=media_type,
            status_code=status_code,
        )
        self.iterator = content

    def to_asgi_response(
        self,
        app: AppProtocol | None,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> ASGIResponse:
        """Create the streaming ASGI response, merging in the layered defaults.

        The arguments are those of :meth:`Response.to_asgi_response`; ``type_encoders``
        is unused (chunks are sent as they are).

        Returns:
            An :class:`ASGIStreamingResponse`.
        """
        iterator: Any = self.iterator
        if not hasattr(iterator, "__iter__") and not hasattr(iterator, "__aiter__") and callable(iterator):
            iterator = iterator()
        return ASGIStreamingResponse(
            content_length=0,
            iterator=iterator,
            media_type=self.media_type or media_type,
            status_code=self.status_code or status_code,
            **layered_kwargs(self, background, cookies, encoded_headers, headers, is_head_response),
        )
