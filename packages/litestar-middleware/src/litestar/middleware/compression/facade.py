"""``CompressionFacade``: the interface of one streaming compressor, and what it reads of the config.

``CompressionSettings`` lets the facades and the middleware type their ``config`` without
importing ``litestar.config.compression``, which imports them for its defaults: the
config sits above this package, never beside it in an import cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from io import BytesIO

    from litestar.enums import CompressionEncoding

__all__ = ("CompressionFacade", "CompressionSettings")


class CompressionSettings(Protocol):
    """The fields of :class:`~litestar.config.compression.CompressionConfig`, read-only.

    ``CompressionConfig`` satisfies it; a facade or middleware receives the config as this.
    """

    @property
    def backend(self) -> str:
        """The backend name (``"gzip"``, ``"brotli"``, ``"zstd"`` or a custom one)."""
        ...

    @property
    def minimum_size(self) -> int:
        """Bodies smaller than this many bytes are not compressed."""
        ...

    @property
    def gzip_compress_level(self) -> int:
        """gzip level, 0 to 9."""
        ...

    @property
    def brotli_quality(self) -> int:
        """brotli quality, 0 to 11."""
        ...

    @property
    def brotli_mode(self) -> Literal["generic", "text", "font"]:
        """brotli mode."""
        ...

    @property
    def brotli_lgwin(self) -> int:
        """brotli window size (base-2 logarithm)."""
        ...

    @property
    def brotli_lgblock(self) -> Literal[0, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
        """brotli input block size (base-2 logarithm; 0: automatic)."""
        ...

    @property
    def brotli_gzip_fallback(self) -> bool:
        """Fall back to gzip for clients that do not accept brotli."""
        ...

    @property
    def middleware_class(self) -> type[Any]:
        """The middleware class the config builds."""
        ...

    @property
    def exclude(self) -> str | list[str] | None:
        """Path patterns that are never compressed."""
        ...

    @property
    def exclude_opt_key(self) -> str | None:
        """Route ``opt`` key that, when truthy, disables compression."""
        ...

    @property
    def compression_facade(self) -> type[CompressionFacade]:
        """The compressor class of the backend."""
        ...

    @property
    def backend_config(self) -> Any:
        """Options for a custom facade."""
        ...

    @property
    def gzip_fallback(self) -> bool:
        """Fall back to gzip for clients that do not accept the backend's encoding."""
        ...


class CompressionFacade(Protocol):
    """A compressor writing into a buffer; one instance per response.

    :meth:`write` must leave everything written so far decodable in the buffer (flush),
    so a streamed response reaches the client chunk by chunk.
    """

    @property
    def encoding(self) -> str:
        """The ``Content-Encoding`` this facade produces (a class attribute of the implementations)."""
        ...

    def __init__(
        self, buffer: BytesIO, compression_encoding: CompressionEncoding | str, config: CompressionSettings
    ) -> None:
        """Initialise the compressor.

        Args:
            buffer: Where the compressed bytes go.
            compression_encoding: The negotiated encoding.
            config: The compression configuration.
        """
        ...

    def write(self, body: bytes) -> None:
        """Compress ``body`` into the buffer and flush.

        Args:
            body: A chunk of the response body.
        """
        ...

    def close(self) -> None:
        """Finish the stream (writing its trailer into the buffer)."""
        ...
