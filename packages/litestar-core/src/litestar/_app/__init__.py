"""The app's private machinery, used by ``litestar.app`` only.

``litestar.app`` keeps the configuration and the ASGI entry point; what it delegates
lives here and receives what it needs as arguments (the routing table, the handler
index, the exception dispatch), never by reaching into the app's private attributes:

- ``_config``: ``Litestar(...)`` arguments -> :class:`~litestar.config.app.AppConfig`;
- ``_register``: compile each handler and enter it in the routing table;
- ``_index``: handler names -> paths, for reverse routing;
- ``_exceptions``: exceptions -> responses (layered handlers, 404/405, logging);
- ``_lifespan``: startup/shutdown and the ASGI ``lifespan`` protocol.
"""

from __future__ import annotations

from litestar._app._exceptions import ExceptionDispatcher, lookup_exception_handler
from litestar._app._index import HandlerIndex, HandlerIndexMap, index_handler
from litestar._app._lifespan import app_lifespan, serve_lifespan
from litestar._app._register import build_options_endpoint, register_handler

__all__ = (
    "ExceptionDispatcher",
    "HandlerIndex",
    "HandlerIndexMap",
    "app_lifespan",
    "build_options_endpoint",
    "index_handler",
    "lookup_exception_handler",
    "register_handler",
    "serve_lifespan",
)
