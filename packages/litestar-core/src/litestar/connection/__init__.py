"""Connection objects: ``ASGIConnection``, ``Request`` and ``WebSocket``."""

from __future__ import annotations

from litestar.connection.base import ASGIConnection
from litestar.connection.request import Request
from litestar.connection.websocket import WebSocket

__all__ = ("ASGIConnection", "Request", "WebSocket")
