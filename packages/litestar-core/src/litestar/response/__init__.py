"""Response classes returned by route handlers."""

from __future__ import annotations

from litestar.response.base import ASGIResponse as ASGIResponse  # framework use; not in the reference __all__
from litestar.response.base import Response
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
