"""Response classes returned by route handlers.

``Response`` (and ``ASGIResponse``, for framework use) are imported eagerly; the other
classes on first access, so an app that never streams or sends files does not load them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from litestar.response.base import ASGIResponse as ASGIResponse  # framework use; not in the reference __all__
from litestar.response.base import Response

if TYPE_CHECKING:
    from litestar.response.file import File
    from litestar.response.redirect import Redirect
    from litestar.response.sse import ServerSentEvent, ServerSentEventMessage
    from litestar.response.streaming import Stream
    from litestar.response.template import Template

__all__ = (
    "File",
    "Redirect",
    "Response",
    "ServerSentEvent",
    "ServerSentEventMessage",
    "Stream",
    "Template",
)

_LAZY = {
    "File": "litestar.response.file",
    "Redirect": "litestar.response.redirect",
    "ServerSentEvent": "litestar.response.sse",
    "ServerSentEventMessage": "litestar.response.sse",
    "Stream": "litestar.response.streaming",
    "Template": "litestar.response.template",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
