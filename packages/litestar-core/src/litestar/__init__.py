__path__ = __import__("pkgutil").extend_path(__path__, __name__)

from litestar.app import Litestar
from litestar.connection import Request, WebSocket
from litestar.controller import Controller
from litestar.enums import HttpMethod, MediaType
from litestar.handlers import (
    asgi,
    delete,
    get,
    head,
    patch,
    post,
    put,
    route,
    websocket,
    websocket_listener,
    websocket_stream,
)
from litestar.response import Response
from litestar.router import Router
from litestar.utils.version import get_version

__version__ = get_version()

__all__ = (
    "Controller",
    "HttpMethod",
    "Litestar",
    "MediaType",
    "Request",
    "Response",
    "Router",
    "WebSocket",
    "__version__",
    "asgi",
    "delete",
    "get",
    "head",
    "patch",
    "post",
    "put",
    "route",
    "websocket",
    "websocket_listener",
    "websocket_stream",
)
