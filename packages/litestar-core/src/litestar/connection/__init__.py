"""Connection objects: ``ASGIConnection``, ``Request`` and ``WebSocket``.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(target[0]), target[1])
    globals()[name] = value
    return value
