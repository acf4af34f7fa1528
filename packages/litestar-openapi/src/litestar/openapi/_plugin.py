"""``OpenAPIPlugin``: serves the document of an app and builds it once, on first use.

Core finds this plugin through the ``openapi`` entry point when an app is constructed.
The plugin adds a router (``/schema`` by default) with one route per render plugin path,
the schema path itself (answered by the first plugin) and a catch-all 404 page. The
document is generated on the first request (or first ``app.openapi_schema`` access) and
kept: its dict, and each page rendered from it, are computed once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.connection import Request
from litestar.enums import MediaType
from litestar.exceptions import ImproperlyConfiguredException
from litestar.handlers import get
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    OpenAPIRenderPlugin,
    RapidocRenderPlugin,
    RedocRenderPlugin,
    ScalarRenderPlugin,
    StoplightRenderPlugin,
    SwaggerRenderPlugin,
    YamlRenderPlugin,
)
from litestar.response.base import ASGIResponse
from litestar.router import Router
from litestar.status_codes import HTTP_404_NOT_FOUND

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.handlers import HTTPRouteHandler
    from litestar.openapi.spec import OpenAPI

__all__ = ("OpenAPIPlugin",)

_CACHEABLE = frozenset(
    {
        JsonRenderPlugin,
        YamlRenderPlugin,
        SwaggerRenderPlugin,
        RedocRenderPlugin,
        ScalarRenderPlugin,
        RapidocRenderPlugin,
        StoplightRenderPlugin,
    }
)
"""Built-in plugins render the same bytes for the same document and JSON URL."""

_DOCUMENT_ONLY = frozenset({JsonRenderPlugin, YamlRenderPlugin})
"""Built-in plugins whose output does not depend on the request at all."""

_NOT_FOUND_PAGE = (
    b'<!DOCTYPE html>\n<html>\n<head>\n<title>404 Not found</title>\n<meta charset="utf-8"/>\n'
    b'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
    b"<body>\n<h1>Error 404</h1>\n</body>\n</html>\n"
)


def default_config() -> OpenAPIConfig:
    """The configuration served when an app does not pass ``openapi_config``."""
    return OpenAPIConfig(title="Litestar API", version="1.0.0")


class OpenAPIPlugin:
    """Serves and caches the OpenAPI document of one application.

    Args:
        openapi_config: The configuration; ``None`` means the default one.
        app: The application.
    """

    __slots__ = ("_document", "_pages", "_schema", "app", "openapi_config")

    default_config = staticmethod(default_config)
    """What an app without ``openapi_config`` serves; core asks for it through the piece."""

    def __init__(self, openapi_config: OpenAPIConfig | None, app: Litestar) -> None:
        if openapi_config is not None and not isinstance(openapi_config, OpenAPIConfig):
            raise ImproperlyConfiguredException(
                f"openapi_config must be a litestar.openapi.OpenAPIConfig or None, got {openapi_config!r}"
            )
        self.openapi_config = openapi_config if openapi_config is not None else default_config()
        self.app = app
        self._document: OpenAPI | None = None
        self._schema: dict[str, Any] | None = None
        self._pages: list[dict[str, bytes]] = []

    # -- the document -----------------------------------------------------------------

    @property
    def _openapi_config(self) -> OpenAPIConfig:
        """The configuration (2.17's attribute; litestar-vite reads it to find the schema)."""
        return self.openapi_config

    def provide_openapi(self) -> OpenAPI:
        """The document object, generated on first use.

        Returns:
            The ``OpenAPI`` object.
        """
        if self._document is None:
            from litestar.openapi._schema._document import build_document

            self._document = build_document(self.app, self.openapi_config)
        return self._document

    def provide_openapi_schema(self) -> dict[str, Any]:
        """The document as a JSON-ready dict, generated on first use.

        Returns:
            The dict.
        """
        if self._schema is None:
            self._schema = self.provide_openapi().to_schema()
        return self._schema

    def invalidate(self) -> None:
        """Forget the generated document (routes were added); it is rebuilt on next use."""
        self._document = None
        self._schema = None
        for pages in self._pages:
            pages.clear()

    # -- serving ----------------------------------------------------------------------

    def install(self, app: Litestar) -> None:
        """Register the routes that serve the document on ``app``.

        Args:
            app: The application (already holding its own routes).
        """
        config = self.openapi_config
        if config.openapi_controller is not None:
            controller = config.openapi_controller
            if config.path:
                controller = type(controller.__name__, (controller,), {"path": config.path})
            app.register(controller)
            return
        router = config.openapi_router or Router(path=config.path or "/schema", route_handlers=[])
        for handler in self._handlers():
            router.register(handler)
        for plugin in config.render_plugins:
            plugin.receive_router(router)
        app.register(router)

    def _plugins(self) -> list[OpenAPIRenderPlugin]:
        plugins = list(self.openapi_config.render_plugins)
        if not any(p.has_path("/openapi.json") for p in plugins):
            plugins.append(JsonRenderPlugin())
        return plugins

    def _handlers(self) -> list[HTTPRouteHandler]:
        plugins = self._plugins()
        handlers = []
        root_taken = any(p.has_path("/") for p in plugins)
        for index, plugin in enumerate(plugins):
            paths = list(plugin.paths)
            if index == 0 and not root_taken:
                paths.insert(0, "/")
            handlers.append(self._serve(plugin, paths))
        handlers.append(_not_found_handler())
        return handlers

    def _serve(self, plugin: OpenAPIRenderPlugin, paths: list[str]) -> HTTPRouteHandler:
        media_type = str(getattr(plugin.media_type, "value", plugin.media_type))
        provide = self.provide_openapi_schema
        if type(plugin) not in _CACHEABLE:

            def serve_openapi(request: Request[Any, Any, Any]) -> ASGIResponse:
                return ASGIResponse(body=plugin.render(request, provide()), media_type=media_type)

        else:
            # PERF: a built-in page is rendered once per ASGI root path and kept as bytes; an
            # async handler returning bytes takes core's fast response path (headers encoded
            # at startup, no Request object), so serving it costs what a static response does.
            pages: dict[str, bytes] = {}
            self._pages.append(pages)

            if type(plugin) in _DOCUMENT_ONLY:
                # The JSON and YAML files do not depend on the request: no argument at all.

                async def serve_document() -> bytes:
                    body = pages.get("")
                    if body is None:
                        body = pages[""] = plugin.render(None, provide())  # type: ignore[arg-type]
                    return body

                return self._route(serve_document, plugin, paths, media_type)

            # The scope is annotated as the plain dict it is: ``litestar.types.Scope`` would
            # have to resolve at run time, loading every ASGI TypedDict at startup.
            async def serve_openapi(scope: dict[str, Any]) -> bytes:  # type: ignore[misc]
                key = scope.get("root_path") or ""
                body = pages.get(key)
                if body is None:
                    body = pages[key] = plugin.render(Request(scope), provide())  # type: ignore[arg-type]
                return body

        return self._route(serve_openapi, plugin, paths, media_type)

    @staticmethod
    def _route(fn: Any, plugin: OpenAPIRenderPlugin, paths: list[str], media_type: str) -> HTTPRouteHandler:
        fn.__name__ = fn.__qualname__ = f"serve_{type(plugin).__name__}"
        return get(paths, media_type=media_type, include_in_schema=False, sync_to_thread=False)(fn)


def _not_found_handler() -> HTTPRouteHandler:
    def openapi_not_found(path: str) -> ASGIResponse:
        return ASGIResponse(body=_NOT_FOUND_PAGE, status_code=HTTP_404_NOT_FOUND, media_type=MediaType.HTML)

    return get("/{path:str}", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)(
        openapi_not_found
    )
