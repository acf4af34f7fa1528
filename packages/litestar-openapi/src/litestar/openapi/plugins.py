"""Render plugins: the pages and files that serve the OpenAPI document.

Each plugin answers one or more paths under the schema path (``/schema`` by default):
the JSON and YAML documents, and the HTML pages of Swagger UI, ReDoc, Scalar, RapiDoc and
Stoplight Elements. The script and style URLs of every UI are options, so the pages can
be served from a local copy of the assets (offline, or behind a strict CSP).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

import msgspec
from litestar.enums import MediaType, OpenAPIMediaType
from litestar.exceptions import MissingDependencyException
from litestar.response.base import ASGIResponse

if TYPE_CHECKING:
    from litestar.connection import Request
    from litestar.router import Router

__all__ = (
    "OpenAPIRenderPlugin",
    "RapidocRenderPlugin",
    "RedocRenderPlugin",
    "ScalarRenderPlugin",
    "StoplightRenderPlugin",
    "SwaggerRenderPlugin",
    "YamlRenderPlugin",
)

_FAVICON_URL = (
    "https://cdn.jsdelivr.net/gh/litestar-org/branding@main/assets/"
    "Branding%20-%20PNG%20-%20Transparent/Badge%20-%20Blue%20and%20Yellow.png"
)
_DEFAULT_FAVICON = f"<link rel='icon' type='image/png' href='{_FAVICON_URL}'>"
_DEFAULT_STYLE = "<style>body { margin: 0; padding: 0 }</style>"


def _normalize_paths(path: str | Sequence[str]) -> list[str]:
    paths = [path] if isinstance(path, str) else list(path)
    return ["/" + p.strip("/") for p in paths]


def _escape(text: str) -> str:
    """``html.escape(text, quote=True)``, without importing :mod:`html` (and its entity tables) at startup."""
    from html import escape

    return escape(text, quote=True)


def _script_json(value: Any) -> str:
    """JSON safe to embed in a ``<script>`` element (no ``</script>`` can close it early)."""
    return msgspec.json.encode(value).decode().replace("</", "<\\/")


class OpenAPIRenderPlugin(ABC):
    """Base of the plugins that render the OpenAPI document at one or more paths.

    Args:
        path: The path(s), relative to the schema path, this plugin answers.
        media_type: The media type of the rendered content.
        favicon: The ``<link rel="icon">`` element of HTML pages.
        style: The ``<style>`` element of HTML pages.
    """

    def __init__(
        self,
        *,
        path: str | Sequence[str],
        media_type: MediaType | OpenAPIMediaType = MediaType.HTML,
        favicon: str = _DEFAULT_FAVICON,
        style: str = _DEFAULT_STYLE,
    ) -> None:
        self.paths = _normalize_paths(path)
        self.media_type = media_type
        self.favicon = favicon
        self.style = style

    @staticmethod
    def render_json(request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Encode the document as JSON.

        Args:
            request: The request being answered.
            openapi_schema: The document as a dict.

        Returns:
            The JSON bytes.
        """
        return msgspec.json.encode(openapi_schema)

    @abstractmethod
    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the page or file this plugin serves.

        Args:
            request: The request being answered.
            openapi_schema: The document as a dict.

        Returns:
            The response body.
        """

    @staticmethod
    def get_openapi_json_route(request: Request[Any, Any, Any]) -> str:
        """The URL of the JSON document next to the page being served.

        Args:
            request: The request being answered.

        Returns:
            E.g. ``/schema/openapi.json``, including the ASGI ``root_path``.
        """
        config = getattr(request.app, "openapi_config", None)
        base = getattr(config, "path", None) or "/schema"
        root = request.scope.get("root_path") or ""
        return f"{root}{base.rstrip('/')}/openapi.json"

    def receive_router(self, router: Router) -> None:  # noqa: B027 - an optional hook
        """Add extra routes to the schema router (e.g. Swagger's OAuth2 redirect page).

        Args:
            router: The router serving the schema.
        """

    def has_path(self, path: str) -> bool:
        """Whether this plugin answers ``path`` (relative to the schema path).

        Args:
            path: A path such as ``/swagger``.

        Returns:
            ``True`` if it is one of :attr:`paths`.
        """
        return path in self.paths

    def _head(self, title: str, extra: str = "") -> str:
        return (
            "<!DOCTYPE html>\n<html>\n<head>\n"
            f"<title>{_escape(title)}</title>\n"
            '<meta charset="utf-8"/>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{self.favicon}\n{extra}{self.style}\n</head>\n"
        )


def _title(openapi_schema: dict[str, Any]) -> str:
    return str(openapi_schema.get("info", {}).get("title", "API"))


class JsonRenderPlugin(OpenAPIRenderPlugin):
    """Serves the document as JSON (``/openapi.json``); always present."""

    def __init__(
        self,
        *,
        path: str | Sequence[str] = "/openapi.json",
        media_type: MediaType | OpenAPIMediaType = OpenAPIMediaType.OPENAPI_JSON,
        **kwargs: Any,
    ) -> None:
        super().__init__(path=path, media_type=media_type, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Encode the document as JSON."""
        return self.render_json(request, openapi_schema)


class YamlRenderPlugin(OpenAPIRenderPlugin):
    """Serves the document as YAML (``/openapi.yaml`` and ``/openapi.yml``; needs PyYAML)."""

    def __init__(
        self,
        *,
        path: str | Sequence[str] = ("/openapi.yaml", "/openapi.yml"),
        media_type: MediaType | OpenAPIMediaType = OpenAPIMediaType.OPENAPI_YAML,
        **kwargs: Any,
    ) -> None:
        super().__init__(path=path, media_type=media_type, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Dump the document as YAML.

        Raises:
            MissingDependencyException: If PyYAML is not installed.
        """
        try:
            import yaml  # type: ignore[import-untyped,unused-ignore]
        except ImportError as exc:
            raise MissingDependencyException("yaml", "pyyaml", "yaml") from exc
        dumped: str = yaml.dump(openapi_schema, default_flow_style=False)
        return dumped.encode("utf-8")


class SwaggerRenderPlugin(OpenAPIRenderPlugin):
    """Serves Swagger UI (``/swagger``) and its OAuth2 redirect page.

    Args:
        version: Version of ``swagger-ui-dist`` used in the default asset URLs.
        js_url: URL of ``swagger-ui-bundle.js``.
        css_url: URL of ``swagger-ui.css``.
        standalone_preset_js_url: URL of ``swagger-ui-standalone-preset.js``.
        init_oauth: Options of ``ui.initOAuth`` (a dict, or JSON bytes).
        path: The path(s) of the page.
        **kwargs: Options of :class:`OpenAPIRenderPlugin`.
    """

    def __init__(
        self,
        version: str = "5.18.2",
        js_url: str | None = None,
        css_url: str | None = None,
        standalone_preset_js_url: str | None = None,
        init_oauth: dict[str, Any] | bytes | None = None,
        path: str | Sequence[str] = "/swagger",
        **kwargs: Any,
    ) -> None:
        base = f"https://cdn.jsdelivr.net/npm/swagger-ui-dist@{version}"
        self.version = version
        self.js_url = js_url or f"{base}/swagger-ui-bundle.js"
        self.css_url = css_url or f"{base}/swagger-ui.css"
        self.standalone_preset_js_url = standalone_preset_js_url or f"{base}/swagger-ui-standalone-preset.js"
        self.init_oauth = init_oauth or {}
        super().__init__(path=path, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the Swagger UI page with the document embedded."""
        oauth = self.init_oauth
        oauth_json = oauth.decode() if isinstance(oauth, bytes) else _script_json(oauth)
        head = self._head(
            _title(openapi_schema),
            f'<link href="{self.css_url}" rel="stylesheet">\n'
            f'<script src="{self.js_url}" crossorigin></script>\n'
            f'<script src="{self.standalone_preset_js_url}" crossorigin></script>\n',
        )
        body = (
            "<body>\n<div id='swagger-container'></div>\n<script type='text/javascript'>\n"
            "const ui = SwaggerUIBundle({\n"
            f"  spec: {_script_json(openapi_schema)},\n"
            "  dom_id: '#swagger-container',\n"
            "  deepLinking: true,\n"
            "  showExtensions: true,\n"
            "  showCommonExtensions: true,\n"
            "  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],\n"
            "});\n"
            f"ui.initOAuth({oauth_json});\n"
            "</script>\n</body>\n</html>\n"
        )
        return (head + body).encode("utf-8")

    def receive_router(self, router: Router) -> None:
        """Add the ``/oauth2-redirect.html`` page Swagger UI's OAuth2 flows return to."""
        from litestar.handlers import get

        page = self.render_oauth2_redirect()

        @get(
            "/oauth2-redirect.html", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False
        )
        def oauth2_redirect() -> ASGIResponse:
            return ASGIResponse(body=page, media_type=MediaType.HTML)

        router.register(oauth2_redirect)

    @staticmethod
    def render_oauth2_redirect() -> bytes:
        """The page an OAuth2 provider redirects to; it hands the result back to Swagger UI.

        Returns:
            The HTML page.
        """
        return _OAUTH2_REDIRECT.encode("utf-8")


# The page reads the authorization response from the URL, checks the state parameter
# Swagger UI stored in its opener window, and passes the code (or error) back to it.
_OAUTH2_REDIRECT = """<!doctype html>
<html lang="en-US">
<head><title>Swagger UI: OAuth2 Redirect</title></head>
<body>
<script>
'use strict';
function run () {
  var oauth2 = window.opener.swaggerUIRedirectOauth2;
  var sentState = oauth2.state;
  var redirectUrl = oauth2.redirectUrl;
  var raw = /code|token|error/.test(window.location.hash) ? window.location.hash.substring(1)
                                                          : location.search.substring(1);
  var params = {};
  raw.replace(/\\+/g, ' ').split('&').forEach(function (pair) {
    if (!pair) { return; }
    var kv = pair.split('=');
    params[decodeURIComponent(kv[0])] = decodeURIComponent(kv.slice(1).join('='));
  });
  var isValid = params.state === sentState;
  var flow = oauth2.auth.schema.get('flow');
  if ((flow === 'accessCode' || flow === 'authorizationCode' || flow === 'authorization_code')
      && !oauth2.auth.code) {
    if (!isValid) {
      oauth2.errCb({authId: oauth2.auth.name, source: 'auth', level: 'warning',
                    message: 'Authorization may be unsafe: the returned state differs from the sent one.'});
    }
    if (params.code) {
      delete oauth2.state;
      oauth2.auth.code = params.code;
      oauth2.callback({auth: oauth2.auth, redirectUrl: redirectUrl});
    } else {
      var message = params.error ? '[' + params.error + ']: ' + (params.error_description || '')
                                 : 'No authorization code was received from the server.';
      oauth2.errCb({authId: oauth2.auth.name, source: 'auth', level: 'error', message: message});
    }
  } else {
    oauth2.callback({auth: oauth2.auth, token: params, isValid: isValid, redirectUrl: redirectUrl});
  }
  window.close();
}
if (document.readyState !== 'loading') { run(); }
else { document.addEventListener('DOMContentLoaded', run); }
</script>
</body>
</html>
"""


class RedocRenderPlugin(OpenAPIRenderPlugin):
    """Serves ReDoc (``/redoc``).

    Args:
        version: Version of ``redoc`` used in the default script URL.
        js_url: URL of ``redoc.standalone.js``.
        google_fonts: Whether to load the Montserrat and Roboto fonts from Google Fonts.
        path: The path(s) of the page.
        **kwargs: Options of :class:`OpenAPIRenderPlugin`.
    """

    def __init__(
        self,
        *,
        version: str = "next",
        js_url: str | None = None,
        google_fonts: bool = True,
        path: str | Sequence[str] = "/redoc",
        **kwargs: Any,
    ) -> None:
        self.version = version
        self.js_url = js_url or f"https://cdn.jsdelivr.net/npm/redoc@{version}/bundles/redoc.standalone.js"
        self.google_fonts = google_fonts
        super().__init__(path=path, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the ReDoc page with the document embedded."""
        fonts = (
            '<link href="https://fonts.googleapis.com/css?family=Montserrat:300,400,700|Roboto:300,400,700" '
            'rel="stylesheet">\n'
            if self.google_fonts
            else ""
        )
        head = self._head(
            _title(openapi_schema), f'{fonts}<script src="{self.js_url}" crossorigin></script>\n'
        )
        body = (
            "<body>\n<div id='redoc-container'></div>\n<script type='text/javascript'>\n"
            f"Redoc.init({_script_json(openapi_schema)}, undefined, "
            "document.getElementById('redoc-container'));\n"
            "</script>\n</body>\n</html>\n"
        )
        return (head + body).encode("utf-8")


class ScalarRenderPlugin(OpenAPIRenderPlugin):
    """Serves Scalar's API reference (``/scalar``).

    Args:
        version: Version of ``@scalar/api-reference`` used in the default script URL.
        js_url: URL of the Scalar script.
        css_url: URL of an extra stylesheet (Litestar's theme by default).
        path: The path(s) of the page.
        options: Scalar configuration, passed as ``data-configuration``.
        **kwargs: Options of :class:`OpenAPIRenderPlugin`.
    """

    _default_css_url = "https://cdn.jsdelivr.net/gh/litestar-org/branding@main/assets/openapi/scalar.css"

    def __init__(
        self,
        *,
        version: str = "latest",
        js_url: str | None = None,
        css_url: str | None = None,
        path: str | Sequence[str] = "/scalar",
        options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.version = version
        self.js_url = js_url or f"https://cdn.jsdelivr.net/npm/@scalar/api-reference@{version}"
        self.css_url = css_url or self._default_css_url
        self.options = options
        super().__init__(path=path, **kwargs)

    def render_options(self) -> str:
        """The ``data-configuration`` attribute of the Scalar script, or ``""`` without options.

        Returns:
            The attribute, HTML-escaped.
        """
        if not self.options:
            return ""
        return f"data-configuration='{_escape(msgspec.json.encode(self.options).decode())}'"

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the Scalar page; it loads the JSON document by URL."""
        head = self._head(
            _title(openapi_schema), f'<link rel="stylesheet" type="text/css" href="{self.css_url}">\n'
        )
        body = (
            "<body>\n<noscript>Scalar needs JavaScript to show the API documentation.</noscript>\n"
            f'<script id="api-reference" data-url="{self.get_openapi_json_route(request)}" '
            f"{self.render_options()}></script>\n"
            f'<script src="{self.js_url}" crossorigin></script>\n'
            "</body>\n</html>\n"
        )
        return (head + body).encode("utf-8")


class RapidocRenderPlugin(OpenAPIRenderPlugin):
    """Serves RapiDoc (``/rapidoc``).

    Args:
        version: Version of ``rapidoc`` used in the default script URL.
        js_url: URL of ``rapidoc-min.js``.
        path: The path(s) of the page.
        **kwargs: Options of :class:`OpenAPIRenderPlugin`.
    """

    def __init__(
        self,
        *,
        version: str = "9.3.4",
        js_url: str | None = None,
        path: str | Sequence[str] = "/rapidoc",
        **kwargs: Any,
    ) -> None:
        self.version = version
        self.js_url = js_url or f"https://unpkg.com/rapidoc@{version}/dist/rapidoc-min.js"
        super().__init__(path=path, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the RapiDoc page; it loads the JSON document by URL."""
        head = self._head(_title(openapi_schema), f'<script type="module" src="{self.js_url}"></script>\n')
        body = f'<body>\n<rapi-doc spec-url="{self.get_openapi_json_route(request)}" />\n</body>\n</html>\n'
        return (head + body).encode("utf-8")


class StoplightRenderPlugin(OpenAPIRenderPlugin):
    """Serves Stoplight Elements (``/elements``).

    Args:
        version: Version of ``@stoplight/elements`` used in the default asset URLs.
        js_url: URL of ``web-components.min.js``.
        css_url: URL of ``styles.min.css``.
        path: The path(s) of the page.
        **kwargs: Options of :class:`OpenAPIRenderPlugin`.
    """

    def __init__(
        self,
        *,
        version: str = "7.7.18",
        js_url: str | None = None,
        css_url: str | None = None,
        path: str | Sequence[str] = "/elements",
        **kwargs: Any,
    ) -> None:
        base = f"https://unpkg.com/@stoplight/elements@{version}"
        self.version = version
        self.js_url = js_url or f"{base}/web-components.min.js"
        self.css_url = css_url or f"{base}/styles.min.css"
        super().__init__(path=path, **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        """Render the Elements page; it loads the JSON document by URL."""
        head = self._head(
            _title(openapi_schema),
            f'<link rel="stylesheet" href="{self.css_url}">\n<script src="{self.js_url}" crossorigin></script>\n',
        )
        body = (
            f'<body>\n<elements-api apiDescriptionUrl="{self.get_openapi_json_route(request)}" '
            'router="hash" layout="sidebar" />\n</body>\n</html>\n'
        )
        return (head + body).encode("utf-8")


_SITES: dict[str, Any] = {
    "redoc": RedocRenderPlugin,
    "swagger": SwaggerRenderPlugin,
    "elements": StoplightRenderPlugin,
    "rapidoc": RapidocRenderPlugin,
}


def default_render_plugins(root_schema_site: str, enabled_endpoints: set[str]) -> list[OpenAPIRenderPlugin]:
    """The plugins served when ``render_plugins`` is not set: every enabled page and file.

    Args:
        root_schema_site: The page that also answers the schema path itself.
        enabled_endpoints: The enabled endpoints (``"swagger"``, ``"openapi.json"``...).

    Returns:
        The plugins, the root page first.
    """
    plugins: list[OpenAPIRenderPlugin] = []
    root_cls = _SITES.get(root_schema_site, RedocRenderPlugin)
    for name, cls in _SITES.items():
        if name not in enabled_endpoints and cls is not root_cls:
            continue
        plugin = cls()
        if cls is root_cls:
            plugin.paths = ["/", *plugin.paths] if name in enabled_endpoints else ["/"]
            plugins.insert(0, plugin)
        else:
            plugins.append(plugin)
    yaml_paths = [f"/{p}" for p in ("openapi.yaml", "openapi.yml") if p in enabled_endpoints]
    # The YAML document needs PyYAML (the ``yaml`` extra); without it the path is not served.
    if yaml_paths and find_spec("yaml") is not None:
        plugins.append(YamlRenderPlugin(path=yaml_paths))
    plugins.append(JsonRenderPlugin())
    return plugins
