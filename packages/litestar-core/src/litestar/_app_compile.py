"""Compile route handlers and enter them in the app's routing table (startup only)."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from litestar._routing import Endpoint, Leaf
from litestar._routing._path import PathParameter
from litestar.exceptions import ImproperlyConfiguredException
from litestar.handlers.asgi_handlers import ASGIRouteHandler
from litestar.handlers.http_handlers import HTTPRouteHandler
from litestar.routes import HTTPRoute

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.handlers.base import BaseRouteHandler
    from litestar.routes import BaseRoute

__all__ = ("build_options_endpoint", "compile_handler")


def compile_handler(app: Litestar, route: BaseRoute, handler: BaseRouteHandler) -> None:
    """Compile ``handler`` for ``route`` and enter it in the app's routing table."""
    from litestar._discovery import require_piece
    from litestar.middleware._stack import build_middleware_stack

    handler.on_registration(app)
    if handler.resolve_dependencies():
        require_piece("di", feature="dependencies=")
    _index_handler(app, route, handler)
    params = [c for c in route.path_components if isinstance(c, PathParameter)]
    if isinstance(handler, HTTPRouteHandler):
        from litestar.handlers.http_handlers._endpoint import compile_http_endpoint

        plan = handler.create_kwargs_model(
            {p.name: (str if p.type_name == "path" else p.type) for p in params}
        )
        handler._kwargs_plan = plan  # type: ignore[attr-defined]
        asgi_app = build_middleware_stack(
            compile_http_endpoint(handler, app, plan), _middleware_of(app, handler)
        )
        handler._asgi_app = asgi_app  # type: ignore[attr-defined]
        leaf = app._table.leaf_for(route.path, route.path_components)
        endpoint = Endpoint(
            handler, asgi_app, params, handler.resolve_exception_handlers(), route.path_format
        )
        for method in handler.http_methods:
            existing = leaf.http.get(method)
            if existing is not None and not getattr(existing.handler, "_is_auto_options", False):
                raise ImproperlyConfiguredException(
                    f"Duplicate route: {method} {route.path} is served by both {existing.handler.location} "
                    f"and {handler.location}."
                )
            leaf.http[method] = endpoint
        _add_options_endpoint(leaf, route, handler, params)
        leaf.finish()
        handler._release_startup_state()
    elif isinstance(handler, ASGIRouteHandler):
        asgi_app = _compile_asgi(app, handler)
        handler._asgi_app = asgi_app  # type: ignore[attr-defined]
        leaf = app._table.leaf_for(route.path, route.path_components, mount=handler.is_mount)
        leaf.asgi = Endpoint(
            handler, asgi_app, params, handler.resolve_exception_handlers(), route.path_format
        )
    else:
        compile_ws = getattr(handler, "compile_endpoint", None)
        if compile_ws is None:
            raise ImproperlyConfiguredException(f"Cannot register {handler!r}")
        asgi_app = build_middleware_stack(compile_ws(app, route), _middleware_of(app, handler))
        handler._asgi_app = asgi_app  # type: ignore[attr-defined]
        leaf = app._table.leaf_for(route.path, route.path_components)
        leaf.websocket = Endpoint(
            handler, asgi_app, params, handler.resolve_exception_handlers(), route.path_format
        )


def _add_options_endpoint(
    leaf: Leaf, route: BaseRoute, handler: HTTPRouteHandler, params: list[PathParameter]
) -> None:
    """Remember how to answer OPTIONS on this path; the endpoint is built on first use.

    PERF(lead): most paths never see an OPTIONS request; building a handler and its
    middleware stack per path at startup cost time and memory for nothing.
    """
    existing = leaf.http.get("OPTIONS")
    if existing is not None and not getattr(existing.handler, "_is_auto_options", False):
        return
    if existing is not None:
        del leaf.http["OPTIONS"]
    if isinstance(route, HTTPRoute):
        leaf.options_source = (route, handler, params)


def build_options_endpoint(leaf: Leaf) -> Endpoint | None:
    """Build (once) the automatic OPTIONS endpoint of a path: 204 with ``Allow``."""
    from litestar.middleware._stack import build_middleware_stack

    source = leaf.options_source
    if source is None:
        return None
    route, handler, params = source
    methods = set(leaf.http) - {"OPTIONS"}
    allow = ", ".join(sorted(methods | {"OPTIONS"}))
    headers = [(b"allow", allow.encode("latin-1"))]

    async def options_endpoint(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def options_handler() -> None:
        return None

    auto = HTTPRouteHandler(
        path=route.path, http_method=["OPTIONS"], include_in_schema=False, sync_to_thread=False
    )
    auto(options_handler)
    auto._is_auto_options = True  # type: ignore[attr-defined]
    auto.owner = handler.owner
    auto.resolve_opts()
    asgi_app = build_middleware_stack(options_endpoint, _middleware_of(_root_of(handler), auto))
    auto._asgi_app = asgi_app  # type: ignore[attr-defined]
    endpoint = Endpoint(auto, asgi_app, params, auto.resolve_exception_handlers(), route.path_format)
    leaf.http["OPTIONS"] = endpoint
    return endpoint


def _root_of(handler: BaseRouteHandler) -> Any:
    layer: Any = handler.owner
    while getattr(layer, "owner", None) is not None:
        layer = layer.owner
    return layer


def _middleware_of(app: Any, handler: BaseRouteHandler) -> list[Any]:
    """The handler's middleware stack: the app's built-in middleware outermost, response cache innermost."""
    middleware = handler.resolve_middleware()
    features = getattr(app, "_middleware_features", None)
    if getattr(handler, "cache", False):
        from litestar.middleware._features import cache_features

        features = cache_features(app)
        middleware = [*middleware, features.cache_middleware(handler)]
    if features is not None and features.route_middleware:
        middleware = [*features.route_middleware, *middleware]
    return middleware


def _compile_asgi(app: Litestar, handler: ASGIRouteHandler) -> Any:
    fn = handler.fn
    guards = tuple(handler.resolve_guards())
    copy_scope = handler.copy_scope
    if not guards and not copy_scope:
        return fn
    request_class = app.request_class
    if request_class is None:
        from litestar.connection import Request

        request_class = Request

    async def guarded(scope: Any, receive: Any, send: Any) -> None:
        if guards:
            connection = request_class(scope, receive, send)
            for guard in guards:
                outcome = guard(connection, handler)
                if inspect.isawaitable(outcome):
                    await outcome
        await fn(dict(scope) if copy_scope else scope, receive, send)

    return guarded


def _index_handler(app: Litestar, route: BaseRoute, handler: BaseRouteHandler) -> None:
    name = handler.name or handler.handler_id.partition("::")[0]
    if getattr(handler, "_is_auto_options", False):
        return
    entry = app._handler_index.get(name)
    if entry is None:
        app._handler_index[name] = {"paths": [route.path], "handler": handler, "identifier": name}
        return
    other = entry["handler"]
    if (
        other is not handler
        and handler.name
        and other.handler_id != handler.handler_id
        and other.name == handler.name
        and other._fn is not handler._fn
    ):
        raise ImproperlyConfiguredException(
            f"Handler name {handler.name!r} is used by both {other.location} and "
            f"{handler.location}: route handler names must be unique."
        )
    if route.path not in entry["paths"]:
        entry["paths"].append(route.path)
