from litestar._split_package import extend_path

__path__ = extend_path(__path__, __name__)

from litestar.app import Litestar
from litestar.connection.request import Request
from litestar.controller import Controller
from litestar.enums import HttpMethod, MediaType
from litestar.handlers.asgi_handlers import asgi
from litestar.handlers.http_handlers.base import route
from litestar.handlers.http_handlers.decorators import delete, get, head, patch, post, put
from litestar.response.base import Response
from litestar.router import Router

if __import__("typing").TYPE_CHECKING:
    from litestar.connection.websocket import WebSocket
    from litestar.handlers.websocket_handlers.listener import websocket_listener
    from litestar.handlers.websocket_handlers.route_handler import websocket
    from litestar.handlers.websocket_handlers.stream import websocket_stream

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
        from litestar.connection.websocket import WebSocket

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
