"""``GzipCompression``: the gzip facade (standard library)."""

from __future__ import annotations

from gzip import GzipFile
from typing import TYPE_CHECKING, Literal

from litestar.enums import CompressionEncoding

if TYPE_CHECKING:
    from io import BytesIO

    from litestar.middleware.compression.facade import CompressionSettings

__all__ = ("GzipCompression",)


class GzipCompression:
    """Compress with gzip at ``gzip_compress_level``."""

    __slots__ = ("buffer", "compression_encoding", "compressor")

    encoding = CompressionEncoding.GZIP

    def __init__(
        self,
        buffer: BytesIO,
        compression_encoding: Literal[CompressionEncoding.GZIP] | str,
        config: CompressionSettings,
    ) -> None:
        """Initialise the compressor.

        Args:
            buffer: Where the compressed bytes go.
            compression_encoding: The negotiated encoding.
            config: The compression configuration.
        """
        self.buffer = buffer
        self.compression_encoding = compression_encoding
        self.compressor = GzipFile(mode="wb", fileobj=buffer, compresslevel=config.gzip_compress_level)

    def write(self, body: bytes) -> None:
        """Compress ``body`` into the buffer and flush it."""
        self.compressor.write(body)
        self.compressor.flush()

    def close(self) -> None:
        """Write the gzip trailer."""
        self.compressor.close()
