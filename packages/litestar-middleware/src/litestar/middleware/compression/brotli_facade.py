"""``BrotliCompression``: the brotli facade (needs the ``brotli`` package)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from litestar.enums import CompressionEncoding
from litestar.exceptions import MissingDependencyException

try:
    import brotli  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    raise MissingDependencyException("brotli") from exc

if TYPE_CHECKING:
    from io import BytesIO

    from litestar.middleware.compression.facade import CompressionSettings

__all__ = ("BrotliCompression",)

_MODES = {"generic": brotli.MODE_GENERIC, "text": brotli.MODE_TEXT, "font": brotli.MODE_FONT}


class BrotliCompression:
    """Compress with brotli at ``brotli_quality``, ``brotli_mode``, ``brotli_lgwin`` and ``brotli_lgblock``."""

    __slots__ = ("buffer", "compression_encoding", "compressor")

    encoding = CompressionEncoding.BROTLI

    def __init__(
        self,
        buffer: BytesIO,
        compression_encoding: Literal[CompressionEncoding.BROTLI] | str,
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
        self.compressor = brotli.Compressor(
            quality=config.brotli_quality,
            mode=_MODES[config.brotli_mode],
            lgwin=config.brotli_lgwin,
            lgblock=config.brotli_lgblock,
        )

    def write(self, body: bytes) -> None:
        """Compress ``body`` into the buffer and flush it."""
        self.buffer.write(self.compressor.process(body))
        self.buffer.write(self.compressor.flush())

    def close(self) -> None:
        """Finish the brotli stream."""
        self.buffer.write(self.compressor.finish())
