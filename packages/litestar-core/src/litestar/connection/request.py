"""``Request``: an HTTP connection with lazily read and cached body, JSON and form."""

from __future__ import annotations

import warnings
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any, Generic, cast

from litestar import _scope_keys
from litestar._parsers import parse_content_header, parse_url_encoded_form
from litestar.connection.base import ASGIConnection, AuthT, StateT, UserT, empty_receive, empty_send
from litestar.datastructures.headers import Accept
from litestar.datastructures.multi_dicts import FormMultiDict
from litestar.exceptions.base_exceptions import LitestarException, LitestarWarning
from litestar.exceptions.http_exceptions import (
    ClientException,
    InternalServerException,
    RequestEntityTooLarge,
)
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.types.asgi_types import Receive, Scope, Send

__all__ = ("Request",)

BODY_SCOPE_KEY = _scope_keys.BODY
FORM_SCOPE_KEY = _scope_keys.FORM
JSON_SCOPE_KEY = _scope_keys.JSON
MSGPACK_SCOPE_KEY = _scope_keys.MSGPACK
STREAM_CONSUMED_SCOPE_KEY = _scope_keys.STREAM_CONSUMED

_PUSH_HEADERS = ("accept", "accept-encoding", "accept-language", "cache-control", "user-agent")
_PUSH_WARNING = (
    "Attempted to send a push promise but the server does not support it. In a future version, this will raise "
    "an exception. To enable this behaviour in the current version, set raise_if_unavailable=True. To prevent "
    "this behaviour, make sure that the server you are using supports the 'http.response.push' ASGI extension, "
    "or check this dynamically via :attr:`~litestar.connection.Request.supports_push_promise`"
)


def _too_large() -> ClientException:
    return RequestEntityTooLarge()


class Request(ASGIConnection[Any, UserT, AuthT, StateT], Generic[UserT, AuthT, StateT]):
    """An HTTP request."""

    __slots__ = ("_accept", "_content_type", "is_connected")

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send) -> None:
        """Initialise the request.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        super().__init__(scope, receive, send)
        self.is_connected: bool = True
        """``False`` once the client was seen disconnecting."""
        self._accept: Accept | None = None
        self._content_type: tuple[str, dict[str, str]] | None = None

    @property
    def method(self) -> str:
        """The HTTP method, upper-case."""
        return cast("str", self.scope["method"])  # type: ignore[typeddict-item]

    @property
    def content_type(self) -> tuple[str, dict[str, str]]:
        """The parsed ``Content-Type``: lower-cased media type and its parameters."""
        content_type = self._content_type
        if content_type is None:
            content_type = self._content_type = parse_content_header(self.headers.get("content-type", ""))
        return content_type

    @property
    def accept(self) -> Accept:
        """The parsed ``Accept`` header (``*/*`` when absent)."""
        accept = self._accept
        if accept is None:
            accept = self._accept = Accept(self.headers.get("accept", "*/*"))
        return accept

    @property
    def content_length(self) -> int | None:
        """The ``Content-Length`` header as an int, or ``None`` if absent.

        Raises:
            ClientException: If the header is not a valid integer.
        """
        value = self.headers.get("content-length")
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            raise ClientException(f"Invalid content-length: {value!r}") from None

    @property
    def supports_push_promise(self) -> bool:
        """Whether the server supports the ``http.response.push`` extension."""
        extensions = self.scope.get("extensions") or {}
        return "http.response.push" in extensions

    def _max_body_size(self) -> int | None:
        """Return how many body bytes may arrive: the handler's limit and ``Content-Length``.

        Raises:
            ClientException: 413 if the declared length exceeds the handler's limit; 400
                ("Malformed request") if it is negative.
        """
        content_length = self.content_length
        if content_length is not None and content_length < 0:
            raise ClientException("Malformed request")
        handler = self.scope.get("route_handler")
        resolve = getattr(handler, "resolve_request_max_body_size", None)
        max_size = resolve() if resolve is not None else None
        if not isinstance(max_size, int):
            return content_length
        if content_length is not None:
            if content_length > max_size:
                raise _too_large()
            return content_length
        return max_size

    def _overflow(self) -> ClientException:
        """More bytes arrived than allowed: a lying ``Content-Length`` (400) or too large (413)."""
        if self.content_length is not None:
            return ClientException("Malformed request")
        return _too_large()

    def _claim_stream(self) -> None:
        scope = cast("dict[str, Any]", self.scope)
        if scope.get(STREAM_CONSUMED_SCOPE_KEY):
            raise InternalServerException("stream consumed")
        scope[STREAM_CONSUMED_SCOPE_KEY] = True

    async def stream(self) -> AsyncGenerator[bytes, None]:
        """Yield the body chunk by chunk, then a final ``b""``.

        If the body was already read with :meth:`body`, it is yielded in one chunk.

        Raises:
            ClientException: 413 if the body is larger than the handler allows.
            InternalServerException: If the stream was already consumed or the client
                disconnected before the body was complete.
        """
        scope = cast("dict[str, Any]", self.scope)
        body = scope.get(BODY_SCOPE_KEY)
        if body is not None:
            yield body
            yield b""
            return
        self._claim_stream()
        max_size = self._max_body_size()
        received = 0
        receive = self.receive
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                if chunk:
                    received += len(chunk)
                    if max_size is not None and received > max_size:
                        raise self._overflow()
                    yield chunk
                if not message.get("more_body", False):
                    break
            elif message["type"] == "http.disconnect":
                self.is_connected = False
                raise InternalServerException("client disconnected prematurely")
        yield b""

    async def body(self) -> bytes:
        """Read and return the whole body; it is cached on the scope.

        Raises:
            ClientException: 413 if the body is larger than the handler allows.
            InternalServerException: If the stream was already consumed or the client
                disconnected before the body was complete.
        """
        scope = cast("dict[str, Any]", self.scope)
        body = scope.get(BODY_SCOPE_KEY)
        if body is not None:
            return cast("bytes", body)
        self._claim_stream()
        max_size = self._max_body_size()
        receive = self.receive
        # PERF: a single-message body (the common case) is stored without a join.
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                if chunk:
                    received += len(chunk)
                    if max_size is not None and received > max_size:
                        raise self._overflow()
                    chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            elif message["type"] == "http.disconnect":
                self.is_connected = False
                raise InternalServerException("client disconnected prematurely")
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        scope[BODY_SCOPE_KEY] = body
        return body

    async def json(self) -> Any:
        """Decode the body as JSON (``None`` for an empty body); cached on the scope.

        Raises:
            SerializationException: If the body is not valid JSON.
        """
        scope = cast("dict[str, Any]", self.scope)
        value = scope.get(JSON_SCOPE_KEY, Empty)
        if value is Empty:
            from litestar.serialization.msgspec_hooks import decode_json

            body = await self.body()
            value = scope[JSON_SCOPE_KEY] = decode_json(body) if body else None
        return value

    async def msgpack(self) -> Any:
        """Decode the body as MessagePack (``None`` for an empty body); cached on the scope.

        Raises:
            SerializationException: If the body is not valid MessagePack.
        """
        scope = cast("dict[str, Any]", self.scope)
        value = scope.get(MSGPACK_SCOPE_KEY, Empty)
        if value is Empty:
            from litestar.serialization.msgspec_hooks import decode_msgpack

            body = await self.body()
            value = scope[MSGPACK_SCOPE_KEY] = decode_msgpack(body) if body else None
        return value

    async def form(self) -> FormMultiDict:
        """Parse a url-encoded or multipart form body; cached on the scope.

        Other content types give an empty form.

        Raises:
            ClientException: 400 for malformed multipart data or too many parts, 413
                for a body larger than the handler allows.
        """
        scope = cast("dict[str, Any]", self.scope)
        form = scope.get(FORM_SCOPE_KEY)
        if form is None:
            media_type, options = self.content_type
            if media_type == "multipart/form-data":
                from litestar._multipart import parse_multipart_form

                app = scope.get("app")
                limit = getattr(app, "multipart_form_part_limit", 1000)
                form = await parse_multipart_form(self.stream(), options.get("boundary"), limit)
            elif media_type == "application/x-www-form-urlencoded":
                body = await self.body()
                form = FormMultiDict(parse_url_encoded_form(body))  # UTF-8, as the reference
            else:
                form = FormMultiDict()
            scope[FORM_SCOPE_KEY] = form
        return cast("FormMultiDict", form)

    async def send_push_promise(self, path: str, raise_if_unavailable: bool = False) -> None:
        """Send an HTTP/2 server push promise for ``path``.

        Args:
            path: The path of the resource to push.
            raise_if_unavailable: Raise instead of warning if the server cannot push.

        Raises:
            LitestarException: If pushing is unsupported and ``raise_if_unavailable``.
        """
        if not self.supports_push_promise:
            if raise_if_unavailable:
                raise LitestarException("Attempted to send a push promise but the server does not support it")
            warnings.warn(_PUSH_WARNING, LitestarWarning, stacklevel=2)
            return
        headers = self.headers
        raw_headers = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name in _PUSH_HEADERS
            for value in headers.getall(name, [])
        ]
        await self.send({"type": "http.response.push", "path": path, "headers": raw_headers})
