"""``CompressionFacade``: the interface of one streaming compressor."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from io import BytesIO

    from litestar.config.compression import CompressionConfig
    from litestar.enums import CompressionEncoding

__all__ = ("CompressionFacade",)


class CompressionFacade(Protocol):
    """A compressor writing into a buffer; one instance per response.

    :meth:`write` must leave everything written so far decodable in the buffer (flush),
    so a streamed response reaches the client chunk by chunk.
    """

    encoding: ClassVar[str]
    """The ``Content-Encoding`` this facade produces."""

    def __init__(
        self, buffer: BytesIO, compression_encoding: CompressionEncoding | str, config: CompressionConfig
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
