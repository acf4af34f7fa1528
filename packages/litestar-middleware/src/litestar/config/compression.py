"""``CompressionConfig``: response compression with gzip, brotli or zstd (``compression_config=``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from litestar.exceptions import ImproperlyConfiguredException
from litestar.middleware.compression.facade import CompressionFacade
from litestar.middleware.compression.gzip_facade import GzipCompression
from litestar.middleware.compression.middleware import CompressionMiddleware

if TYPE_CHECKING:
    from litestar.middleware.base import DefineMiddleware

__all__ = ("CompressionConfig",)


@dataclass
class CompressionConfig:
    """Configuration of response compression.

    The encoding is negotiated per request from ``Accept-Encoding`` (q-values are
    honoured) among the configured backend and, with :attr:`gzip_fallback`, gzip.
    Bodies under :attr:`minimum_size` are sent as they are; streamed bodies are
    compressed chunk by chunk, each chunk flushed so the client sees it at once.
    """

    backend: Literal["gzip", "brotli"] | str
    """``"gzip"``, ``"brotli"`` (the ``brotli`` package), ``"zstd"`` (``zstandard``) or a custom name."""
    minimum_size: int = field(default=500)
    """Bodies smaller than this many bytes are not compressed."""
    gzip_compress_level: int = field(default=9)
    """gzip level, 0 to 9."""
    brotli_quality: int = field(default=5)
    """brotli quality, 0 to 11."""
    brotli_mode: Literal["generic", "text", "font"] = "text"
    """brotli mode."""
    brotli_lgwin: int = 22
    """brotli window size (base-2 logarithm)."""
    brotli_lgblock: Literal[0, 16, 17, 18, 19, 20, 21, 22, 23, 24] = 0
    """brotli input block size (base-2 logarithm; 0: automatic)."""
    brotli_gzip_fallback: bool = True
    """Fall back to gzip for clients that do not accept brotli (see :attr:`gzip_fallback`)."""
    middleware_class: type[CompressionMiddleware] = CompressionMiddleware
    """The middleware class the config builds."""
    exclude: str | list[str] | None = None
    """Path patterns that are never compressed."""
    exclude_opt_key: str | None = None
    """Route ``opt`` key that, when truthy, disables compression."""
    compression_facade: type[CompressionFacade] = GzipCompression
    """The compressor class of :attr:`backend` (set automatically for the built-in backends)."""
    backend_config: Any = None
    """Options for a custom facade."""
    gzip_fallback: bool = True
    """Fall back to gzip for clients that do not accept the backend's encoding."""

    def __post_init__(self) -> None:
        """Validate the levels and pick the facade of a built-in backend.

        Raises:
            ImproperlyConfiguredException: For an out-of-range level or size.
        """
        if self.minimum_size <= 0:
            raise ImproperlyConfiguredException("minimum_size must be greater than 0")
        if not 0 <= self.gzip_compress_level <= 9:
            raise ImproperlyConfiguredException("gzip_compress_level must be a value between 0 and 9")
        if not 0 <= self.brotli_quality <= 11:
            raise ImproperlyConfiguredException("brotli_quality must be a value between 0 and 11")
        if self.backend == "gzip":
            self.compression_facade = GzipCompression
        elif self.backend == "brotli":
            from litestar.middleware.compression.brotli_facade import BrotliCompression

            self.compression_facade = BrotliCompression
        elif self.backend == "zstd":
            from litestar.middleware.compression.zstd_facade import ZstdCompression

            self.compression_facade = ZstdCompression

    @property
    def middleware(self) -> DefineMiddleware:
        """The compression middleware for this configuration."""
        from litestar.middleware.base import DefineMiddleware

        return DefineMiddleware(self.middleware_class, config=self)
