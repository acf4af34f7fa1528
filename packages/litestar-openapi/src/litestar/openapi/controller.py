"""``OpenAPIController``: the controller-based way of serving the schema (kept for compatibility).

Render plugins (``OpenAPIConfig(render_plugins=[...])``) are the way to configure the pages;
a subclass of this controller passed as ``OpenAPIConfig(openapi_controller=...)`` is served
instead, with the pages named in ``enabled_endpoints`` and ``root_schema_site`` at its path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.controller import Controller
from litestar.enums import MediaType, OpenAPIMediaType
from litestar.exceptions import ImproperlyConfiguredException
from litestar.handlers import get
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    OpenAPIRenderPlugin,
    RapidocRenderPlugin,
    RedocRenderPlugin,
    StoplightRenderPlugin,
    SwaggerRenderPlugin,
    YamlRenderPlugin,
)
from litestar.response.base import ASGIResponse
from litestar.status_codes import HTTP_404_NOT_FOUND

if TYPE_CHECKING:
    from litestar.connection import Request
    from litestar.openapi.spec import OpenAPI
    from litestar.router import Router

__all__ = ("OpenAPIController",)

_NOT_FOUND = (
    '<!DOCTYPE html>\n<html>\n<head>\n<title>404 Not found</title>\n<meta charset="utf-8"/>\n'
    "</head>\n<body>\n<h1>Error 404</h1>\n</body>\n</html>\n"
)


class OpenAPIController(Controller):
    """Serves the OpenAPI document and its pages from a controller (``/schema``)."""

    path = "/schema"
    style = "body { margin: 0; padding: 0 }"
    redoc_version = "next"
    swagger_ui_version = "5.18.2"
    stoplight_elements_version = "7.7.18"
    rapidoc_version = "9.3.4"
    favicon_url = ""
    redoc_google_fonts = True
    redoc_js_url = f"https://cdn.jsdelivr.net/npm/redoc@{redoc_version}/bundles/redoc.standalone.js"
    swagger_css_url = f"https://cdn.jsdelivr.net/npm/swagger-ui-dist@{swagger_ui_version}/swagger-ui.css"
    swagger_ui_bundle_js_url = (
        f"https://cdn.jsdelivr.net/npm/swagger-ui-dist@{swagger_ui_version}/swagger-ui-bundle.js"
    )
    swagger_ui_standalone_preset_js_url = (
        f"https://cdn.jsdelivr.net/npm/swagger-ui-dist@{swagger_ui_version}/swagger-ui-standalone-preset.js"
    )
    swagger_ui_init_oauth: dict[Any, Any] | bytes = {}  # noqa: RUF012 - a documented class option
    stoplight_elements_css_url = (
        f"https://unpkg.com/@stoplight/elements@{stoplight_elements_version}/styles.min.css"
    )
    stoplight_elements_js_url = (
        f"https://unpkg.com/@stoplight/elements@{stoplight_elements_version}/web-components.min.js"
    )
    rapidoc_js_url = f"https://unpkg.com/rapidoc@{rapidoc_version}/dist/rapidoc-min.js"
    dto = None
    return_dto = None

    def __init__(self, owner: Router) -> None:
        super().__init__(owner)
        self.render_methods_map: dict[str, Any] = {
            "redoc": self.render_redoc,
            "swagger": self.render_swagger_ui,
            "elements": self.render_stoplight_elements,
            "rapidoc": self.render_rapidoc,
        }

    @staticmethod
    def get_schema_from_request(request: Request[Any, Any, Any]) -> OpenAPI:
        """The app's OpenAPI document.

        Args:
            request: A request to the app.

        Returns:
            The ``OpenAPI`` object.
        """
        schema: OpenAPI = request.app.openapi_schema
        return schema

    def should_serve_endpoint(self, request: Request[Any, Any, Any]) -> bool:
        """Whether the requested page is enabled in the app's ``OpenAPIConfig``.

        Args:
            request: The request.

        Returns:
            ``True`` if the last path segment (or the root page) is an enabled endpoint.
        """
        config = request.app.openapi_config
        if config is None:
            raise ImproperlyConfiguredException("Litestar has not been instantiated with an OpenAPIConfig")
        enabled = config.enabled_endpoints or set()
        last = request.url.path.rstrip("/").split("/")[-1]
        own = self.path.rstrip("/").split("/")[-1]
        if last == own:
            return True
        return last in enabled

    @property
    def favicon(self) -> str:
        """The ``<link rel="icon">`` element, or ``""`` without ``favicon_url``."""
        return f"<link rel='icon' type='image/x-icon' href='{self.favicon_url}'>" if self.favicon_url else ""

    def _kwargs(self) -> dict[str, Any]:
        return {"favicon": self.favicon, "style": f"<style>{self.style}</style>"}

    def _render(self, plugin: OpenAPIRenderPlugin, request: Request[Any, Any, Any]) -> bytes:
        return plugin.render(request, request.app.openapi_schema.to_schema())

    def render_swagger_ui_oauth2_redirect(self, request: Request[Any, Any, Any]) -> bytes:
        """The page Swagger UI's OAuth2 flows return to."""
        return SwaggerRenderPlugin.render_oauth2_redirect()

    def render_swagger_ui(self, request: Request[Any, Any, Any]) -> bytes:
        """Render the Swagger UI page."""
        plugin = SwaggerRenderPlugin(
            js_url=self.swagger_ui_bundle_js_url,
            css_url=self.swagger_css_url,
            standalone_preset_js_url=self.swagger_ui_standalone_preset_js_url,
            init_oauth=self.swagger_ui_init_oauth,
            **self._kwargs(),
        )
        return self._render(plugin, request)

    def render_stoplight_elements(self, request: Request[Any, Any, Any]) -> bytes:
        """Render the Stoplight Elements page."""
        plugin = StoplightRenderPlugin(
            js_url=self.stoplight_elements_js_url, css_url=self.stoplight_elements_css_url, **self._kwargs()
        )
        return self._render(plugin, request)

    def render_rapidoc(self, request: Request[Any, Any, Any]) -> bytes:
        """Render the RapiDoc page."""
        return self._render(RapidocRenderPlugin(js_url=self.rapidoc_js_url, **self._kwargs()), request)

    def render_redoc(self, request: Request[Any, Any, Any]) -> bytes:
        """Render the ReDoc page."""
        plugin = RedocRenderPlugin(
            js_url=self.redoc_js_url, google_fonts=self.redoc_google_fonts, **self._kwargs()
        )
        return self._render(plugin, request)

    def render_404_page(self) -> bytes:
        """The page of unknown or disabled endpoints."""
        return _NOT_FOUND.encode("utf-8")

    def _page(self, request: Request[Any, Any, Any], render: Any) -> ASGIResponse:
        if not self.should_serve_endpoint(request):
            return ASGIResponse(
                body=self.render_404_page(), status_code=HTTP_404_NOT_FOUND, media_type=MediaType.HTML
            )
        return ASGIResponse(body=render(request), media_type=MediaType.HTML)

    @get(
        "/openapi.yaml",
        media_type=OpenAPIMediaType.OPENAPI_YAML,
        include_in_schema=False,
        sync_to_thread=False,
    )
    def retrieve_schema_yaml(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The document as YAML."""
        if not self.should_serve_endpoint(request):
            return ASGIResponse(
                body=self.render_404_page(), status_code=HTTP_404_NOT_FOUND, media_type=MediaType.HTML
            )
        body = YamlRenderPlugin().render(request, request.app.openapi_schema.to_schema())
        return ASGIResponse(body=body, media_type=OpenAPIMediaType.OPENAPI_YAML)

    @get(
        "/openapi.json",
        media_type=OpenAPIMediaType.OPENAPI_JSON,
        include_in_schema=False,
        sync_to_thread=False,
    )
    def retrieve_schema_json(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The document as JSON."""
        if not self.should_serve_endpoint(request):
            return ASGIResponse(
                body=self.render_404_page(), status_code=HTTP_404_NOT_FOUND, media_type=MediaType.HTML
            )
        body = JsonRenderPlugin().render(request, request.app.openapi_schema.to_schema())
        return ASGIResponse(body=body, media_type=OpenAPIMediaType.OPENAPI_JSON)

    @get("/", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def root(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The page named by ``root_schema_site``."""
        site = request.app.openapi_config.root_schema_site or "redoc"
        return ASGIResponse(body=self.render_methods_map[site](request), media_type=MediaType.HTML)

    @get("/swagger", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def swagger_ui(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The Swagger UI page."""
        return self._page(request, self.render_swagger_ui)

    @get("/elements", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def stoplight_elements(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The Stoplight Elements page."""
        return self._page(request, self.render_stoplight_elements)

    @get("/rapidoc", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def rapidoc(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The RapiDoc page."""
        return self._page(request, self.render_rapidoc)

    @get("/redoc", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def redoc(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """The ReDoc page."""
        return self._page(request, self.render_redoc)

    @get("/oauth2-redirect.html", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
    def swagger_ui_oauth2_redirect(self, request: Request[Any, Any, Any]) -> ASGIResponse:
        """Swagger UI's OAuth2 redirect page."""
        return self._page(request, self.render_swagger_ui_oauth2_redirect)
