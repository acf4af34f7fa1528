"""Response compression: the middleware and the compressor facades."""

from __future__ import annotations

from litestar.middleware.compression.facade import CompressionFacade
from litestar.middleware.compression.middleware import CompressionMiddleware

__all__ = ("CompressionFacade", "CompressionMiddleware")
