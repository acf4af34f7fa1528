"""Route objects: a path template and the handlers that serve it."""

from __future__ import annotations

from litestar.routes.asgi import ASGIRoute
from litestar.routes.base import BaseRoute
from litestar.routes.http import HTTPRoute
from litestar.routes.websocket import WebSocketRoute

__all__ = ("ASGIRoute", "BaseRoute", "HTTPRoute", "WebSocketRoute")
