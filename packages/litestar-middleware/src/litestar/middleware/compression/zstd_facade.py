"""``ZstdCompression``: the Zstandard facade (needs the ``zstandard`` package).

.. versionadded:: 2.17 (beyond litestar 2.17)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.exceptions import MissingDependencyException

try:
    import zstandard
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    raise MissingDependencyException("zstandard", extra="zstd") from exc

if TYPE_CHECKING:
    from io import BytesIO

    from litestar.middleware.compression.facade import CompressionSettings

__all__ = ("ZstdCompression",)

DEFAULT_LEVEL = 3
"""zstd level used unless ``backend_config={"level": n}`` says otherwise."""


class ZstdCompression:
    """Compress with Zstandard (``Content-Encoding: zstd``)."""

    __slots__ = ("buffer", "compression_encoding", "compressor")

    encoding = "zstd"

    def __init__(self, buffer: BytesIO, compression_encoding: str, config: CompressionSettings) -> None:
        """Initialise the compressor.

        Args:
            buffer: Where the compressed bytes go.
            compression_encoding: The negotiated encoding.
            config: The compression configuration; ``backend_config={"level": n}`` sets the level.
        """
        self.buffer = buffer
        self.compression_encoding = compression_encoding
        options = config.backend_config if isinstance(config.backend_config, dict) else {}
        level = int(options.get("level", DEFAULT_LEVEL))
        self.compressor = zstandard.ZstdCompressor(level=level).compressobj()

    def write(self, body: bytes) -> None:
        """Compress ``body`` into the buffer and flush it."""
        self.buffer.write(self.compressor.compress(body))
        self.buffer.write(self.compressor.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK))

    def close(self) -> None:
        """Finish the zstd frame."""
        self.buffer.write(self.compressor.flush())
