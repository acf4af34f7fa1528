"""``CompressionMiddleware``: negotiate an encoding and compress the response body.

The ``http.response.start`` message is held back until the first body message: a
single body under ``minimum_size`` goes out as it is; otherwise the headers get
``Content-Encoding`` and ``Vary: Accept-Encoding`` and the body is compressed (a
complete body in one go with its new ``Content-Length``, a streamed one chunk by
chunk without one).
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal

from litestar.datastructures import Headers, MutableScopeHeaders
from litestar.enums import CompressionEncoding, ScopeType
from litestar.middleware._message import editable_start
from litestar.middleware.base import AbstractMiddleware
from litestar.utils.scope.state import ScopeState

if TYPE_CHECKING:
    from litestar.middleware.compression.facade import CompressionFacade, CompressionSettings
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("CompressionMiddleware",)


def parse_accept_encoding(value: str) -> dict[str, float]:
    """Parse ``Accept-Encoding`` into ``{coding: q}`` (lower-case codings, q defaults to 1).

    Args:
        value: The header value.

    Returns:
        The accepted codings and their weights.
    """
    accepted: dict[str, float] = {}
    for part in value.split(","):
        coding, _, params = part.partition(";")
        coding = coding.strip().lower()
        if not coding:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, raw = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(raw)
                except ValueError:
                    q = 0.0
        accepted[coding] = q
    return accepted


class CompressionMiddleware(AbstractMiddleware):
    """Compress HTTP responses with the encoding the client prefers among those configured."""

    scopes = {ScopeType.HTTP}  # noqa: RUF012

    def __init__(self, app: ASGIApp, config: CompressionSettings) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The compression configuration.
        """
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key, scopes=self.scopes
        )
        self.config = config
        facade = config.compression_facade
        encodings: list[tuple[str, type[CompressionFacade]]] = [(str(_encoding_of(facade, config)), facade)]
        fallback = config.gzip_fallback and config.brotli_gzip_fallback
        if fallback and encodings[0][0] != CompressionEncoding.GZIP.value:
            from litestar.middleware.compression.gzip_facade import GzipCompression

            encodings.append((CompressionEncoding.GZIP.value, GzipCompression))
        self._encodings = encodings

    def _negotiate(self, accept_encoding: str) -> tuple[str, type[CompressionFacade]] | None:
        accepted = parse_accept_encoding(accept_encoding)
        best: tuple[str, type[CompressionFacade]] | None = None
        best_q = 0.0
        for encoding, facade in self._encodings:
            q = accepted.get(encoding, 0.0)
            if q > best_q:
                best, best_q = (encoding, facade), q
        return best

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Compress the response if the client accepts one of the configured encodings."""
        accept_encoding = Headers.from_scope(scope).get("accept-encoding")
        chosen = self._negotiate(accept_encoding) if accept_encoding else None
        if chosen is None or scope.get("method") == "HEAD":
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, self.create_compression_send_wrapper(send, chosen[0], scope))

    def create_compression_send_wrapper(
        self,
        send: Send,
        compression_encoding: Literal[CompressionEncoding.BROTLI, CompressionEncoding.GZIP] | str,
        scope: Scope,
    ) -> Send:
        """Return a ``send`` that compresses the body with ``compression_encoding``.

        Args:
            send: The ASGI send callable.
            compression_encoding: The negotiated encoding.
            scope: The connection scope.

        Returns:
            The wrapped ``send``.
        """
        encoding = str(getattr(compression_encoding, "value", compression_encoding))
        facade_class = next((f for e, f in self._encodings if e == encoding), self.config.compression_facade)
        minimum_size = self.config.minimum_size
        buffer = BytesIO()
        facade: Any = None
        start: dict[str, Any] | None = None
        skip = False

        async def wrapped(message: Message) -> None:
            nonlocal facade, start, skip
            kind = message["type"]
            if kind == "http.response.start":
                start, start_headers = editable_start(message)
                existing = start_headers.get("content-encoding")
                skip = bool(existing) and str(existing).lower() != "identity"
                return
            if kind != "http.response.body":
                await send(message)
                return
            if skip:
                if start is not None:
                    await send(start)  # type: ignore[arg-type]
                    start = None
                await send(message)
                return
            body: bytes = message.get("body", b"")  # type: ignore[assignment]
            more_body = bool(message.get("more_body", False))
            if start is not None:
                headers = MutableScopeHeaders.from_message(start)  # type: ignore[arg-type]  # already a copy
                if not more_body and len(body) < minimum_size:
                    skip = True
                    await send(start)  # type: ignore[arg-type]
                    start = None
                    await send(message)
                    return
                facade = facade_class(
                    buffer=buffer, compression_encoding=compression_encoding, config=self.config
                )
                headers["Content-Encoding"] = encoding
                vary = headers.get("vary")
                headers["Vary"] = f"{vary},Accept-Encoding" if vary else "Accept-Encoding"
                ScopeState.from_scope(scope).response_compressed = True
                if more_body:
                    headers.pop("content-length", None)
                else:
                    facade.write(body)
                    facade.close()
                    compressed = buffer.getvalue()
                    headers["Content-Length"] = str(len(compressed))
                    await send(start)  # type: ignore[arg-type]
                    start = None
                    await send({"type": "http.response.body", "body": compressed, "more_body": False})
                    return
                await send(start)  # type: ignore[arg-type]
                start = None
            facade.write(body)
            if not more_body:
                facade.close()
            chunk = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            await send({"type": "http.response.body", "body": chunk, "more_body": more_body})

        return wrapped


def _encoding_of(facade: Any, config: CompressionSettings) -> str:
    encoding = getattr(facade, "encoding", None) or config.backend
    return str(getattr(encoding, "value", encoding))
