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


def __getattr__(name: str) -> object:
    # PERF(lead): the version comes from package metadata, whose import is slow; read it
    # only when asked for.
    if name == "__version__":
        from litestar.utils.version import get_version

        value = get_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'litestar' has no attribute {name!r}")
