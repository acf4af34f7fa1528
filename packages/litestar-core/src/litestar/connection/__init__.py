"""Connection objects: ``ASGIConnection``, ``Request`` and ``WebSocket``.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar._lazy import lazy_attributes
from litestar.connection.base import ASGIConnection
from litestar.connection.request import Request

if TYPE_CHECKING:
    from litestar.connection.websocket import WebSocket

__all__ = (
    "ASGIConnection",
    "Request",
    "WebSocket",
)

_LAZY: dict[str, tuple[str, str]] = {
    "WebSocket": ("litestar.connection.websocket", "WebSocket"),
}


__getattr__ = lazy_attributes(__name__, _LAZY)
