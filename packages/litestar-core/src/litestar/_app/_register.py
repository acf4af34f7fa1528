"""Compile route handlers and enter them in the routing table (startup only).

Each handler kind compiles itself (``handler.compile_endpoint(app, route)`` returns its
terminal ASGI app); this module wraps the result in the handler's middleware and puts
it in the slot of the table that its kind names (``handler.table_slot``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from litestar._routing._path import PathParameter
from litestar._routing._table import Endpoint, Leaf, RouteTable
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.middleware._features import handler_middleware
from litestar.middleware._stack import ExceptionResponder, build_middleware_stack
from litestar.routes.base import handle_is_replaced

if TYPE_CHECKING:
    from litestar._app._index import HandlerIndexMap
    from litestar.handlers.base import BaseRouteHandler
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.routes.base import BaseRoute
    from litestar.types.asgi_types import Receive, Scope, Send

__all__ = ("build_options_endpoint", "is_compiled", "register_handler")


def _served_keys(handler: BaseRouteHandler) -> tuple[str, ...] | set[str]:
    slot = handler.table_slot
    return handler.http_methods if slot == "http" else (slot,)  # type: ignore[attr-defined]


def is_compiled(route: BaseRoute, handler: BaseRouteHandler) -> bool:
    """Whether ``handler`` was compiled for ``route`` already.

    A route serves each HTTP method (or its one WebSocket or ASGI slot) with at most one
    handler, so what it serves for the handler's keys was compiled from that handler.
    """
    return all(route._serves(key) for key in _served_keys(handler))


def register_handler(
    app: Any,
    table: RouteTable,
    index: HandlerIndexMap,
    route: BaseRoute,
    handler: BaseRouteHandler,
    respond_to_exception: ExceptionResponder,
) -> None:
    """Compile ``handler`` for ``route`` and enter it in ``table`` and ``index``.

    Args:
        app: The app the handler is registered on (handlers read layered options from it).
        table: The app's routing table.
        index: The app's handler index (reverse routing by name).
        route: The route the handler serves.
        handler: The handler to compile.
        respond_to_exception: Answers an exception raised inside the middleware stack.
    """
    from litestar._app._index import index_handler
    from litestar._discovery import require_piece

    handler.on_registration(app)
    if handler.resolve_dependencies():
        require_piece("di", feature="dependencies=")
    index_handler(index, route, handler)
    terminal = handler.compile_endpoint(app, route)
    slot = handler.table_slot
    for key in _served_keys(handler):
        route._serve_with(key, terminal)
    inner = route.handle if handle_is_replaced(route) else terminal
    # Plain ASGI apps (mounts included) are served as they are: they get no middleware.
    asgi_app = (
        inner
        if slot == "asgi"
        else build_middleware_stack(inner, handler_middleware(app, handler), respond_to_exception)
    )
    handler._asgi_app = asgi_app
    params = list(route.path_parameters.values())
    endpoint = Endpoint(handler, asgi_app, params, handler.resolve_exception_handlers(), route.path_format)
    _PLACE[slot](table, route, handler, endpoint, params, respond_to_exception)


_SHARED_ASGI_PATH = "ASGI handlers must have a unique path not shared by other route handlers."


def _check_no_asgi(table: RouteTable, route: BaseRoute, leaf: Any) -> None:
    mount = table.existing_leaf(route.path_components, mount=True)
    if leaf.asgi is not None or (mount is not None and mount.asgi is not None):
        raise ImproperlyConfiguredException(_SHARED_ASGI_PATH)


def _place_http(
    table: RouteTable,
    route: BaseRoute,
    handler: BaseRouteHandler,
    endpoint: Endpoint,
    params: list[PathParameter],
    respond_to_exception: ExceptionResponder,
) -> None:
    leaf = table.leaf_for(route.path, route.path_components)
    _check_no_asgi(table, route, leaf)
    for method in handler.http_methods:  # type: ignore[attr-defined]
        existing = leaf.http.get(method)
        if existing is not None and not existing.handler._is_auto_options:
            raise ImproperlyConfiguredException(
                f"Duplicate route: {method} {route.path} is served by both {existing.handler.location} "
                f"and {handler.location}."
            )
        leaf.http[method] = endpoint
    _remember_options_source(leaf, route, handler, params, respond_to_exception)
    leaf.finish()
    handler._release_startup_state()


def _place_asgi(
    table: RouteTable,
    route: BaseRoute,
    handler: BaseRouteHandler,
    endpoint: Endpoint,
    params: list[PathParameter],
    respond_to_exception: ExceptionResponder,
) -> None:
    is_mount = handler.is_mount  # type: ignore[attr-defined]
    leaf = table.leaf_for(route.path, route.path_components, mount=is_mount)
    for shared in (leaf, table.existing_leaf(route.path_components) if is_mount else None):
        if shared is not None and (
            shared.websocket is not None or any(not e.handler._is_auto_options for e in shared.http.values())
        ):
            raise ImproperlyConfiguredException(_SHARED_ASGI_PATH)
    leaf.asgi = endpoint


def _place_websocket(
    table: RouteTable,
    route: BaseRoute,
    handler: BaseRouteHandler,
    endpoint: Endpoint,
    params: list[PathParameter],
    respond_to_exception: ExceptionResponder,
) -> None:
    leaf = table.leaf_for(route.path, route.path_components)
    _check_no_asgi(table, route, leaf)
    leaf.websocket = endpoint


_PLACE: dict[str, Callable[..., None]] = {
    "asgi": _place_asgi,
    "http": _place_http,
    "websocket": _place_websocket,
}
"""Where each handler kind (``handler.table_slot``) goes in a leaf of the table."""


def _remember_options_source(
    leaf: Leaf,
    route: BaseRoute,
    handler: BaseRouteHandler,
    params: list[PathParameter],
    respond_to_exception: ExceptionResponder,
) -> None:
    """Remember how to answer OPTIONS on this path; the endpoint is built on first use.

    PERF: most paths never see an OPTIONS request; building a handler and its
    middleware stack per path at startup cost time and memory for nothing.
    """
    existing = leaf.http.get("OPTIONS")
    if existing is not None and not existing.handler._is_auto_options:
        return
    if existing is not None:
        del leaf.http["OPTIONS"]
    # Whether the route serves through a replaced ``handle`` is decided now, at registration.
    through_handle = handle_is_replaced(route)
    leaf.options_source = (route, handler, params, respond_to_exception, through_handle)


def build_options_endpoint(leaf: Leaf) -> Endpoint | None:
    """Build (once) the automatic OPTIONS endpoint of a path: 204 with ``Allow``.

    The handler is the route's own :meth:`~litestar.routes.HTTPRoute.create_options_handler`
    (so layered options, guards and middleware apply as to any handler); the endpoint
    behind it sends the two precomputed messages directly.
    """
    source = leaf.options_source
    if source is None:
        return None
    route, handler, params, respond_to_exception, through_handle = source
    allow = ", ".join(sorted(set(leaf.http) | {"OPTIONS"}))
    headers: list[tuple[bytes, bytes]] = [(b"allow", allow.encode("latin-1"))]

    async def options_endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    auto: HTTPRouteHandler = route.create_options_handler(route.path)
    auto.owner = handler.owner
    auto.resolve_opts()
    route._serve_with("OPTIONS", options_endpoint)
    inner = route.handle if through_handle else options_endpoint
    asgi_app = build_middleware_stack(inner, handler_middleware(None, auto), respond_to_exception)
    auto._asgi_app = asgi_app
    endpoint = Endpoint(auto, asgi_app, params, auto.resolve_exception_handlers(), route.path_format)
    leaf.http["OPTIONS"] = endpoint
    return endpoint
