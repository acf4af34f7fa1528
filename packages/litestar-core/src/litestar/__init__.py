__path__ = __import__("pkgutil").extend_path(__path__, __name__)

from litestar.app import Litestar
from litestar.connection import Request
from litestar.controller import Controller
from litestar.enums import HttpMethod, MediaType
from litestar.handlers import asgi, delete, get, head, patch, post, put, route
from litestar.response import Response
from litestar.router import Router

if __import__("typing").TYPE_CHECKING:
    from litestar.connection import WebSocket
    from litestar.handlers.websocket_handlers import websocket, websocket_listener, websocket_stream

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


_WEBSOCKET_DECORATORS = frozenset({"websocket", "websocket_listener", "websocket_stream"})


def __getattr__(name: str) -> object:
    # PERF: WebSocket handlers load on first use, and the version comes from package
    # metadata, whose import is slow: read them only when asked for.
    if name == "WebSocket":
        from litestar.connection import WebSocket

        globals()["WebSocket"] = WebSocket
        return WebSocket
    if name in _WEBSOCKET_DECORATORS:
        import litestar.handlers

        value = getattr(litestar.handlers, name)
        globals()[name] = value
        return value
    if name == "__version__":
        from litestar.utils.version import get_version

        value = get_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'litestar' has no attribute {name!r}")
